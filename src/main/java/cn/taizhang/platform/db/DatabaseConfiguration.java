package cn.taizhang.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${taizhang.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgres(@Value("${taizhang.data-dir}") Path dataDir, DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(DatabaseProperties.embeddedDirectory(dataDir), properties.cleanEmbedded());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.getObject().jdbcUrl());
        }
        config.setMaximumPoolSize(properties.poolSize() > 0 ? properties.poolSize() : 20);
        config.setPoolName("taizhang");
        return new HikariDataSource(config);
    }
}
