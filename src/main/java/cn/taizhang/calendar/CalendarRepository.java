package cn.taizhang.calendar;

import cn.taizhang.calendar.rules.DayKind;
import cn.taizhang.calendar.rules.DaySource;
import cn.taizhang.calendar.rules.SpecialDay;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The listed days in the {@code calendar_day} table. */
@Repository
class CalendarRepository {

    /** The user recorded for the bundled official data. */
    static final String SYSTEM = "system";

    // Any number will do, as long as only calendar changes use it.
    private static final long CHANGE_LOCK = 0x63616c656e646172L;

    /** Every listed day, and what identifies this state of the table (to notice changes made elsewhere). */
    record Snapshot(List<SpecialDay> days, Fingerprint fingerprint) {
    }

    /** The row count and the latest write: changes with every insert, replacement and deletion. */
    record Fingerprint(long rows, Instant latest) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CalendarRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One change at a time, so that each is checked against the calendar as the previous one left it. */
    void lockForChange() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(CHANGE_LOCK).query(Integer.class).single();
    }

    Snapshot load() {
        record Row(SpecialDay day, Instant at) {
        }
        List<Row> rows = jdbc.sql("SELECT day, kind, name, source, created_at FROM calendar_day ORDER BY day, source")
                .query((rs, n) -> new Row(day(rs), rs.getTimestamp("created_at").toInstant())).list();
        Instant latest = rows.stream().map(Row::at).max(Instant::compareTo).orElse(null);
        return new Snapshot(rows.stream().map(Row::day).toList(), new Fingerprint(rows.size(), latest));
    }

    Fingerprint fingerprint() {
        return jdbc.sql("SELECT count(*), max(created_at) FROM calendar_day").query((rs, n) -> {
            Timestamp latest = rs.getTimestamp(2);
            return new Fingerprint(rs.getLong(1), latest == null ? null : latest.toInstant());
        }).single();
    }

    Optional<SpecialDay> find(LocalDate date, DaySource source) {
        return jdbc.sql("SELECT day, kind, name, source FROM calendar_day WHERE day = ? AND source = ?")
                .params(date, source.id()).query((rs, n) -> day(rs)).optional();
    }

    /**
     * Inserts the days or replaces those listed already for the same date and source; returns how many rows
     * were written (a day listed already with the same kind and name is left as it is).
     */
    int save(List<SpecialDay> days, String by) {
        return written(template.batchUpdate("""
                INSERT INTO calendar_day (day, source, kind, name, created_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, source) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    created_by = excluded.created_by, created_at = now()
                WHERE (calendar_day.kind, calendar_day.name) IS DISTINCT FROM (excluded.kind, excluded.name)
                """, rows(days, by)));
    }

    /**
     * Loads the bundled official days: adds the missing ones and corrects those still as the bundled data
     * wrote them, but never a day an administrator has written since. Returns how many rows were written.
     */
    int seed(List<SpecialDay> days) {
        return written(template.batchUpdate("""
                INSERT INTO calendar_day (day, source, kind, name, created_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, source) DO UPDATE SET kind = excluded.kind, name = excluded.name, created_at = now()
                WHERE calendar_day.created_by = excluded.created_by
                    AND (calendar_day.kind, calendar_day.name) IS DISTINCT FROM (excluded.kind, excluded.name)
                """, rows(days, SYSTEM)));
    }

    boolean delete(LocalDate date, DaySource source) {
        return jdbc.sql("DELETE FROM calendar_day WHERE day = ? AND source = ?").params(date, source.id()).update() > 0;
    }

    private static List<Object[]> rows(List<SpecialDay> days, String by) {
        return days.stream().map(d -> new Object[] {d.date(), d.source().id(), d.kind().id(), d.name(), by}).toList();
    }

    private static int written(int[] counts) {
        return Arrays.stream(counts).map(c -> Math.max(c, 0)).sum();
    }

    private static SpecialDay day(ResultSet rs) throws SQLException {
        return new SpecialDay(rs.getObject("day", LocalDate.class), DayKind.fromId(rs.getString("kind")).orElseThrow(),
                rs.getString("name"), DaySource.fromId(rs.getString("source")).orElseThrow());
    }
}
