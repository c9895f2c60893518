package cn.taizhang.cases;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which of some cases are closed (结案) now: for modules that count the cases they raised (an inspection's hazards are
 * rectified when their cases close), without reading the case tables themselves.
 */
@Service
public class ClosedCases {

    private final JdbcClient jdbc;

    ClosedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids among {@code ids} of the cases that are closed. */
    public Set<Long> among(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM case_record WHERE id = ANY(:ids) AND state = 'closed'")
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).list());
    }
}
