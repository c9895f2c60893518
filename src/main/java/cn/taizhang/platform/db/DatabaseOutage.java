package cn.taizhang.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure because the database is away (not answering, shutting down, restarting, no connection to be had
 * in time) from any other: the caller can retry it in a few seconds, so it is answered 503 with Retry-After, not 500.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: the embedded server is back within a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: admin or crash shutdown, cannot connect now
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
