package cn.taizhang.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Housekeeping after a bulk load, as the schema owner (the only role PostgreSQL lets vacuum and analyze
 * a table): without fresh statistics the planner takes a just-filled table for the small one it was and
 * picks its plans by that, until autovacuum comes round minutes later.
 */
@Component
public class Maintenance {

    private final DataSource owner;

    Maintenance(@Qualifier("ownerDataSource") DataSource owner) {
        this.owner = owner;
    }

    /** VACUUM (ANALYZE) of the named tables: fixed names from the caller's code, never user input. */
    public void vacuumAnalyze(String... tables) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM ANALYZE " + String.join(", ", tables) + ": " + e.getMessage(), e);
        }
    }
}
