package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DatabaseDurabilityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void acknowledgedCommitsAreFlushedToDisk() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void schemaIsMigrated() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class)).isPositive();
    }
}
