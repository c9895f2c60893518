package cn.taizhang.cases.tally;

import cn.taizhang.cases.Overdue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks the dispatched cases whose deadline has passed ({@code overdue_marked}, V11), so that the tallies
 * count them and a summary counts live only those overdue since the last sweep. The mark changes no
 * figure, only where it is counted: the update's tally delta moves the case from the live count into the
 * tallies in the same transaction. Rows another transaction holds are skipped (the save recomputes the mark
 * anyway, the next sweep takes the rest), so two instances never wait on each other; the case's version
 * does not change, because nothing a user acts on did.
 */
@Component
class OverdueSweep {

    static final int CHUNK = 10_000;

    private static final String MARK = """
            UPDATE case_record c SET overdue_marked = true
            FROM (SELECT id FROM case_record
                  WHERE NOT overdue_marked AND %s
                  ORDER BY deadline LIMIT :chunk FOR UPDATE SKIP LOCKED) due
            WHERE c.id = due.id
            """.formatted(Overdue.sql(""));

    private final JdbcClient jdbc;

    OverdueSweep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks every case overdue now, a chunk per transaction; answers how many were marked. */
    @Scheduled(fixedDelayString = "${taizhang.cases.overdue-sweep:30s}")
    long run() {
        long total = 0;
        int marked;
        do {
            marked = jdbc.sql(MARK).param("chunk", CHUNK).update();
            total += marked;
        } while (marked == CHUNK);
        return total;
    }
}
