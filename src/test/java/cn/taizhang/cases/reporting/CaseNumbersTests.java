package cn.taizhang.cases.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.taizhang.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseNumbersTests {

    @Autowired
    HikariDataSource pool;

    @Autowired
    CaseNumbers numbers;

    /**
     * A caller may hold a connection of the main pool while it waits for a block of numbers (every report did);
     * if the block needed one too, a burst of as many such callers as the pool has connections would stall until
     * the pool's time-out.
     */
    @Test
    void aBlockOfNumbersIsTakenWhileEveryConnectionOfThePoolIsHeld() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            List<String> taken = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                List<String> list = new ArrayList<>();
                for (int i = 0; i <= CaseNumbers.BLOCK; i++) { // one more than a block: a second block is taken
                    list.add(numbers.next("522601", 2091));
                }
                return list;
            });
            assertThat(taken).doesNotHaveDuplicates().isSorted().allMatch(n -> n.startsWith("522601-2091-"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }
}
