package cn.taizhang.platform.db;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application starts its own PostgreSQL under
 * {@code <data-dir>/pg}; with one (env TAIZHANG_DB_URL) it uses that server instead.
 * Migrations run as the owner ({@code ownerUsername}, falling back to {@code username}); the
 * application itself works as {@code username}, a role that may not rewrite the audit trail.
 * {@code walArchiveDir} (env TAIZHANG_WAL_ARCHIVE_DIR) turns on WAL archiving of the embedded server.
 */
@ConfigurationProperties("taizhang.db")
public record DatabaseProperties(String url, String username, String password, String ownerUsername,
        String ownerPassword, boolean cleanEmbedded, int poolSize, String walArchiveDir) {

    /** The role the application works as on the embedded server; created at start-up. */
    static final String EMBEDDED_APP_ROLE = "taizhang_app";

    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** Where the embedded server copies each finished segment of its write-ahead log, if anywhere. */
    Optional<Path> walArchive() {
        return walArchiveDir == null || walArchiveDir.isBlank() ? Optional.empty() : Optional.of(Path.of(walArchiveDir));
    }

    boolean separateOwner() {
        return ownerUsername != null && !ownerUsername.isBlank();
    }

    static Path embeddedDirectory(Path dataDir) {
        return dataDir.resolve("pg");
    }
}
