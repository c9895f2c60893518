package cn.taizhang.access;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit rows of changes that have already committed, written every {@value #INTERVAL_MS} ms as one
 * batch in a transaction that does not wait for the disk. A row per change in a transaction of its own
 * would cost each change a second commit; the change itself is durable either way. A crash can lose the
 * rows of the last fraction of a second. Sign-ins and views of personal data do not come this way:
 * they are written at once, synchronously.
 */
@Component
class ChangeLog {

    static final int INTERVAL_MS = 50;
    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;
    private final LinkedBlockingQueue<AuditRow> pending = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    ChangeLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.named = named;
        this.transaction = transaction;
        this.writer = new Thread(this::writeEvery, "audit-change-log");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    void append(AuditRow row) {
        pending.add(row);
    }

    /** Writes everything appended so far before returning. */
    synchronized void flush() {
        List<AuditRow> rows = new ArrayList<>();
        pending.drainTo(rows);
        if (!rows.isEmpty()) {
            transaction.executeWithoutResult(tx -> {
                jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
                named.batchUpdate(AuditRow.INSERT, rows.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new));
            });
        }
    }

    private void writeEvery() {
        while (running) {
            try {
                Thread.sleep(INTERVAL_MS);
                flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Audit rows could not be written; retrying", e);
            }
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(1000);
        flush();
    }
}
