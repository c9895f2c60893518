package cn.taizhang.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts its own PostgreSQL under
 * {@code <data-dir>/pg}; with one (env TAIZHANG_DB_URL) it uses that server instead.
 * Migrations run as the owner ({@code ownerUsername}, falling back to {@code username}); the
 * application itself works as {@code username}, a role that may not rewrite the audit trail.
 */
@ConfigurationProperties("taizhang.db")
public record DatabaseProperties(String url, String username, String password, String ownerUsername,
        String ownerPassword, boolean cleanEmbedded, int poolSize) {

    /** The role the application works as on the embedded server; created at start-up. */
    static final String EMBEDDED_APP_ROLE = "taizhang_app";

    public boolean external() {
        return url != null && !url.isBlank();
    }

    boolean separateOwner() {
        return ownerUsername != null && !ownerUsername.isBlank();
    }

    static Path embeddedDirectory(Path dataDir) {
        return dataDir.resolve("pg");
    }
}
