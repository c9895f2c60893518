package cn.taizhang.cases;

import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** One row of case_record with its type's verification rule, as read. */
public record CaseRow(long id, String number, String type, String severity, String sector, CaseState state, String gridCode, Long unitId,
        Long suggestedUnitId, String description, String address, Double lat, Double lng, String source, long reporterId,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String requestHash, Case lifecycle, String subjectKind, Long subjectId) {

    public static final String SELECT = """
            SELECT c.*, t.verification_required FROM case_record c JOIN case_type t ON t.code = c.type_code
            """;

    int version() {
        return lifecycle.version();
    }

    public static CaseRow map(ResultSet rs, int n) throws SQLException {
        CaseState state = CaseState.fromCode(rs.getString("state")).orElseThrow();
        String deferredFrom = rs.getString("deferred_from");
        Case lifecycle = new Case(rs.getLong("id"), state, rs.getString("area_code"), (Long) rs.getObject("unit_id"),
                rs.getBoolean("verification_required"), time(rs, "deadline"), time(rs, "dispatched_at"), time(rs, "handled_at"),
                time(rs, "closed_at"), (Integer) rs.getObject("extension_pending_days"), rs.getString("extension_reason"),
                deferredFrom == null ? null : CaseState.fromCode(deferredFrom).orElseThrow(), time(rs, "deferred_at"),
                (Long) rs.getObject("duplicate_of"),
                new Case.Counters(rs.getInt("rework_count"), rs.getInt("return_count"), rs.getInt("extension_count"),
                        rs.getInt("deferred_count"), rs.getInt("supervised_count"), rs.getInt("reopened_count")),
                rs.getInt("version"));
        return new CaseRow(rs.getLong("id"), rs.getString("number"), rs.getString("type_code"), rs.getString("severity"),
                rs.getString("sector"), state, rs.getString("area_code"), lifecycle.unitId(), (Long) rs.getObject("suggested_unit_id"),
                rs.getString("description"), rs.getString("address"), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"),
                rs.getString("source"), rs.getLong("reporter_id"), time(rs, "created_at"), time(rs, "updated_at"),
                rs.getString("request_hash"), lifecycle, rs.getString("subject_kind"), (Long) rs.getObject("subject_id"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
