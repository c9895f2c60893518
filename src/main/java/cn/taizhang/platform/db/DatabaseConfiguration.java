package cn.taizhang.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.postgresql.Driver;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application's connection pool, as a role without the right to rewrite the audit trail, and
 * the schema owner's connections that Flyway migrates with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${taizhang.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(@Value("${taizhang.data-dir}") Path dataDir, DatabaseProperties properties,
            ApplicationContext context) {
        // a command (no web server) run beside the application works on the application's server
        return context instanceof WebApplicationContext
                ? EmbeddedPostgresServer.start(dataDir, properties.cleanEmbedded(), properties.walArchive())
                : EmbeddedPostgresServer.startOrAttach(dataDir, properties.cleanEmbedded(), properties.walArchive());
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = applicationRole(properties, embedded);
        config.setMaximumPoolSize(properties.poolSize() > 0 ? properties.poolSize() : 20);
        config.setPoolName("taizhang");
        return new HikariDataSource(config);
    }

    /** See {@link SidePool}; its users take turns (one block of numbers at a time), so two connections are plenty. */
    @Bean(destroyMethod = "close")
    @SidePool
    HikariDataSource sideDataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = applicationRole(properties, embedded);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setPoolName("taizhang-side");
        return new HikariDataSource(config);
    }

    private static HikariConfig applicationRole(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        return properties.external()
                ? connect(properties.url(), properties.username(), properties.password())
                : connect(embedded.getObject().jdbcUrl(DatabaseProperties.EMBEDDED_APP_ROLE), DatabaseProperties.EMBEDDED_APP_ROLE,
                        embedded.getObject().password(DatabaseProperties.EMBEDDED_APP_ROLE));
    }

    /** Unpooled: the owner's connections are needed only while migrating, at start-up. */
    @Bean
    @FlywayDataSource
    SimpleDriverDataSource ownerDataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        if (!properties.external()) {
            EmbeddedPostgresServer server = embedded.getObject();
            String superuser = EmbeddedPostgresServer.SUPERUSER;
            return new SimpleDriverDataSource(new Driver(), server.jdbcUrl(superuser), superuser, server.password(superuser));
        }
        return properties.separateOwner()
                ? new SimpleDriverDataSource(new Driver(), properties.url(), properties.ownerUsername(), properties.ownerPassword())
                : new SimpleDriverDataSource(new Driver(), properties.url(), properties.username(), properties.password());
    }

    /** Tells the grant script which role the application works as. */
    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseProperties properties) {
        String appRole = properties.external() ? properties.username() : DatabaseProperties.EMBEDDED_APP_ROLE;
        return flyway -> flyway.placeholders(Map.of("appRole", appRole == null ? "" : appRole));
    }

    private static HikariConfig connect(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        // a request waits at most this long for a connection: while the database is away it fails fast (503)
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        return config;
    }
}
