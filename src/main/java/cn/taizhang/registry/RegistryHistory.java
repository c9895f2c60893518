package cn.taizhang.registry;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.audit.AuditNote;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of every registry record: who changed it, when, and each field from → to as the pages show it. Written by
 * the registries inside the change's transaction, so a change and its history line commit together.
 */
@Repository
public class RegistryHistory {

    /** One change: its fields in the order the record shows them. */
    public record Entry(long id, OffsetDateTime at, Long actorId, String actorName, String action, List<FieldChange> changes) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RegistryHistory(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A new record, in the creating transaction: a history line with every field shown ({@code fields}: field → value) and its audit note. */
    public void created(String registry, long recordId, Caller by, Map<String, String> labels, Map<String, String> fields) {
        recordAll(registry, "created", by.id(), by.name(), labels, List.of(new Line(recordId, Map.of(), fields)));
        AuditNote.created(registry, Long.toString(recordId));
    }

    /** An edited record, in the editing transaction: the fields that differ, and the audit note naming the versions. */
    public void updated(String registry, long recordId, Caller by, Map<String, String> labels, Map<String, String> before,
            Map<String, String> after, int fromVersion, int toVersion) {
        recordAll(registry, "updated", by.id(), by.name(), labels, List.of(new Line(recordId, before, after)));
        AuditNote.changed(registry, Long.toString(recordId), Integer.toString(fromVersion), Integer.toString(toVersion));
    }

    /** One change to record among many ({@link #recordAll}): the fields of {@code before} (empty: a new record) and {@code after}. */
    public record Line(long recordId, Map<String, String> before, Map<String, String> after) {
    }

    /** Records many changes of one registry in one batch (an import); lines whose fields did not change are left out. Answers how many were recorded. */
    public int recordAll(String registry, String action, Long actorId, String actorName, Map<String, String> labels, List<Line> lines) {
        List<Object[]> rows = new ArrayList<>();
        for (Line line : lines) {
            List<FieldChange> changes = differences(labels, line.before(), line.after());
            if (!changes.isEmpty()) {
                rows.add(new Object[] {registry, line.recordId(), actorId, actorName, action, JSON.writeValueAsString(changes)});
            }
        }
        batch.batchUpdate("""
                INSERT INTO registry_change (registry, record_id, actor_id, actor_name, action, changes)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                """, rows);
        return rows.size();
    }

    /** The record's changes, the latest first. */
    public List<Entry> of(String registry, long recordId) {
        return jdbc.sql("SELECT * FROM registry_change WHERE registry = :registry AND record_id = :id ORDER BY id DESC")
                .param("registry", registry).param("id", recordId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), (Long) rs.getObject("actor_id"),
                        rs.getString("actor_name"), rs.getString("action"),
                        JSON.readValue(rs.getString("changes"), new TypeReference<List<FieldChange>>() { })))
                .list();
    }

    static List<FieldChange> differences(Map<String, String> labels, Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String from = blankToNull(before.get(e.getKey()));
            String to = blankToNull(e.getValue());
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), from, to));
            }
        }
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
