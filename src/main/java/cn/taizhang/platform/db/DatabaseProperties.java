package cn.taizhang.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts its own PostgreSQL
 * under {@code <data-dir>/pg}; with one (env TAIZHANG_DB_URL) it uses that server instead.
 */
@ConfigurationProperties("taizhang.db")
public record DatabaseProperties(String url, String username, String password, boolean cleanEmbedded, int poolSize) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    static Path embeddedDirectory(Path dataDir) {
        return dataDir.resolve("pg");
    }
}
