package cn.taizhang.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that give an application a test starts itself a database of its own, apart from the suite's shared one
 * (whose areas belong to the tests that own them, see {@link OwnedArea}): a fresh embedded server in its own data folder,
 * or, when the suite runs against an external PostgreSQL ({@code TAIZHANG_DB_URL}), a schema of its own in that
 * database, dropped first. There the schema owner ({@code TAIZHANG_DB_OWNER_USERNAME}, else {@code TAIZHANG_DB_USERNAME})
 * must be allowed to create schemas: it owns the database in the README's recipe.
 */
public final class DatabaseOfItsOwn {

    private DatabaseOfItsOwn() {
    }

    public static List<String> options(String dataDir, String schema) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException(schema);
        }
        List<String> options = new ArrayList<>(List.of("--taizhang.data-dir=" + dataDir, "--taizhang.db.clean-embedded=true"));
        String url = System.getenv("TAIZHANG_DB_URL");
        if (url != null && !url.isBlank()) {
            dropSchema(url, schema);
            options.add("--taizhang.db.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            options.add("--spring.flyway.schemas=" + schema); // Flyway creates it, as the owner
        }
        return options;
    }

    private static void dropSchema(String url, String schema) {
        String owner = System.getenv("TAIZHANG_DB_OWNER_USERNAME");
        boolean separateOwner = owner != null && !owner.isBlank();
        String user = separateOwner ? owner : System.getenv("TAIZHANG_DB_USERNAME");
        String password = System.getenv(separateOwner ? "TAIZHANG_DB_OWNER_PASSWORD" : "TAIZHANG_DB_PASSWORD");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the schema " + schema + " of a previous run as " + user, e);
        }
    }
}
