package cn.taizhang.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of the application's schema as the catalogue describes them, and the version Flyway left it at. */
final class SchemaTables {

    /** Flyway's own table: each database keeps the history of its own migrations. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaTables() {
    }

    /** Table → its columns in order, generated columns left out (COPY neither writes nor reads them). */
    static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.relname, a.attname FROM pg_class t
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r' AND NOT t.relispartition
                  AND t.relname <> ?
                ORDER BY t.relname, a.attnum
                """)) {
            s.setString(1, FLYWAY_HISTORY);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return tables;
    }

    /** The version of the last successful migration. */
    static String version(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + FLYWAY_HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new BackupRefused("数据库尚未迁移", "the database has not been migrated");
            }
            return r.getString(1);
        }
    }

    /** Sets every sequence owned by a column (bigserial, identity) to that column's largest value. */
    static void resetSequences(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT format('SELECT setval(%L, COALESCE(max(%I), 1), max(%I) IS NOT NULL) FROM %I',
                              seq.oid::regclass::text, a.attname, a.attname, t.relname)
                FROM pg_class seq
                JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = seq.oid
                                AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                WHERE seq.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace
                """); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                statements.add(r.getString(1));
            }
        }
        for (String statement : statements) {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                s.execute();
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaTables::quote).toList());
    }
}
