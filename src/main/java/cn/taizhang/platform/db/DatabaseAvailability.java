package cn.taizhang.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, known without waiting: one connection of its own asks {@code SELECT 1} twice a second
 * (every quarter second while the answer is no), with a connect and query time-out of its own. Requests that need the
 * database are refused at once while it is down (503, {@code DatabaseGateFilter}) instead of each waiting out the
 * pool's time-out, and readiness reports DOWN so that an orchestrator sends traffic elsewhere. The pools' connections
 * are evicted at each change, so none broken by the outage is handed out after it. While the database is away the pools
 * keep no minimum of idle connections: filling it, a pool's connection adder backs off up to 5 s between attempts and
 * was still asleep seconds after the database came back and readiness said UP, while every request waited out the
 * pool's time-out. Back, a pool opens a connection for the first request at once, and fills up again.
 */
@Component("database")
public class DatabaseAvailability implements HealthIndicator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final Duration UP_INTERVAL = Duration.ofMillis(500);
    private static final Duration DOWN_INTERVAL = Duration.ofMillis(250);

    private final List<HikariDataSource> pools;
    private final List<Integer> minimumIdle; // each pool's own, zero while the database is away
    private final String url;
    private final Properties credentials = new Properties();
    private final Thread prober;
    private volatile boolean up = true; // the context started, so migrations reached it
    private volatile Instant since = Instant.now();
    private volatile String lastError;
    private volatile boolean stopped;
    private Connection connection; // the prober's own

    DatabaseAvailability(HikariDataSource main, @SidePool HikariDataSource side) {
        this.pools = List.of(main, side);
        this.minimumIdle = pools.stream().map(HikariDataSource::getMinimumIdle).toList();
        this.url = main.getJdbcUrl();
        if (main.getUsername() != null) {
            credentials.setProperty("user", main.getUsername());
        }
        if (main.getPassword() != null) {
            credentials.setProperty("password", main.getPassword());
        }
        credentials.setProperty("connectTimeout", "1");
        credentials.setProperty("loginTimeout", "2");
        credentials.setProperty("socketTimeout", "3");
        credentials.setProperty("ApplicationName", "taizhang-probe");
        prober = new Thread(this::run, "database-probe");
        prober.setDaemon(true);
        prober.start();
    }

    public boolean isUp() {
        return up;
    }

    @Override
    public Health health() {
        Health.Builder health = up ? Health.up() : Health.down().withDetail("error", String.valueOf(lastError));
        return health.withDetail("since", since.toString()).build();
    }

    private void run() {
        while (!stopped) {
            boolean answered = probe();
            if (answered != up) {
                up = answered;
                since = Instant.now();
                if (answered) {
                    log.info("The database answers again");
                } else {
                    log.error("The database does not answer: {}", lastError);
                }
                for (int i = 0; i < pools.size(); i++) {
                    pools.get(i).getHikariConfigMXBean().setMinimumIdle(answered ? minimumIdle.get(i) : 0);
                    pools.get(i).getHikariPoolMXBean().softEvictConnections();
                }
            }
            try {
                Thread.sleep((answered ? UP_INTERVAL : DOWN_INTERVAL).toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean probe() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url, credentials);
            }
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(2);
                s.execute("SELECT 1");
            }
            return true;
        } catch (SQLException e) {
            lastError = e.getMessage();
            closeConnection();
            return false;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public void destroy() {
        stopped = true;
        prober.interrupt();
        try {
            prober.join(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
