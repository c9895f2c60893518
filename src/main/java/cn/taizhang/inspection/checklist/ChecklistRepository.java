package cn.taizhang.inspection.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checklists and their versions in SQL. Versions are only ever added: the database refuses to change one. */
@Repository
class ChecklistRepository {

    /** A version of a checklist as the page lists them: when it was written and how many items it has. */
    record VersionLine(int version, String name, OffsetDateTime writtenAt, int items) {
    }

    /** Every item of the chosen versions, one row each, in display order: {version} picks the version. */
    private static final String ITEMS = """
            SELECT c.code, c.sector_code, v.name, v.version, i.code AS item_code, i.text, i.basis, i.major
            FROM checklist c
            JOIN checklist_version v ON v.checklist_code = c.code AND v.version = {version}
            JOIN checklist_item i ON i.checklist_code = v.checklist_code AND i.version = v.version
            """;

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Checklist> currentOf(String sectorOrNull) {
        return jdbc.sql(ITEMS.replace("{version}", "c.current_version") + """
                WHERE (CAST(:sector AS text) IS NULL OR c.sector_code = :sector)
                ORDER BY c.position, c.code, i.position
                """).param("sector", sectorOrNull).query(ChecklistRepository::checklists);
    }

    Optional<Checklist> current(String code) {
        return jdbc.sql(ITEMS.replace("{version}", "c.current_version") + " WHERE c.code = :code ORDER BY i.position")
                .param("code", code).query(ChecklistRepository::checklists).stream().findFirst();
    }

    Optional<Checklist> version(String code, int version) {
        return jdbc.sql(ITEMS.replace("{version}", ":version") + " WHERE c.code = :code ORDER BY i.position")
                .param("code", code).param("version", version).query(ChecklistRepository::checklists).stream().findFirst();
    }

    /** The current version's number: one row by its key, enough to answer "not modified". */
    Optional<Integer> currentVersion(String code) {
        return jdbc.sql("SELECT current_version FROM checklist WHERE code = :code").param("code", code).query(Integer.class).optional();
    }

    /** The current version's number, locking the checklist until the transaction ends so that edits take turns. */
    Optional<Integer> lockCurrentVersion(String code) {
        return jdbc.sql("SELECT current_version FROM checklist WHERE code = :code FOR UPDATE").param("code", code).query(Integer.class)
                .optional();
    }

    List<VersionLine> versions(String code) {
        return jdbc.sql("""
                SELECT v.version, v.name, v.written_at,
                       (SELECT count(*) FROM checklist_item i WHERE i.checklist_code = v.checklist_code AND i.version = v.version) AS items
                FROM checklist_version v WHERE v.checklist_code = :code ORDER BY v.version DESC
                """).param("code", code).query(VersionLine.class).list();
    }

    /** A new checklist at the end of the display order, whose version 1 is written next. */
    void insert(String code, String sector) {
        jdbc.sql("""
                INSERT INTO checklist (code, sector_code, position, current_version)
                VALUES (:code, :sector, (SELECT coalesce(max(position), 0) + 1 FROM checklist), 1)
                """).param("code", code).param("sector", sector).update();
    }

    /** Writes a version with all its items and makes it the current one. */
    void write(Checklist c) {
        jdbc.sql("INSERT INTO checklist_version (checklist_code, version, name) VALUES (:code, :version, :name)")
                .param("code", c.code()).param("version", c.version()).param("name", c.name()).update();
        int position = 0;
        for (ChecklistItem item : c.items()) {
            jdbc.sql("""
                    INSERT INTO checklist_item (checklist_code, version, code, text, basis, major, position)
                    VALUES (:checklist, :version, :code, :text, :basis, :major, :position)
                    """).param("checklist", c.code()).param("version", c.version()).param("code", item.code()).param("text", item.text())
                    .param("basis", item.basis()).param("major", item.major()).param("position", ++position).update();
        }
        jdbc.sql("UPDATE checklist SET current_version = :version WHERE code = :code").param("code", c.code()).param("version", c.version())
                .update();
    }

    /** Groups the item rows (ordered by checklist) into checklists. */
    private static List<Checklist> checklists(ResultSet rs) throws SQLException {
        List<Checklist> found = new ArrayList<>();
        String code = null;
        String sector = null;
        String name = null;
        int version = 0;
        List<ChecklistItem> items = new ArrayList<>();
        while (rs.next()) {
            if (!rs.getString("code").equals(code)) {
                if (code != null) {
                    found.add(new Checklist(code, sector, name, version, items));
                }
                code = rs.getString("code");
                sector = rs.getString("sector_code");
                name = rs.getString("name");
                version = rs.getInt("version");
                items = new ArrayList<>();
            }
            items.add(new ChecklistItem(rs.getString("item_code"), rs.getString("text"), rs.getString("basis"), rs.getBoolean("major")));
        }
        if (code != null) {
            found.add(new Checklist(code, sector, name, version, items));
        }
        return found;
    }
}
