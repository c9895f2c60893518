package cn.taizhang.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An enforcement action as stored. */
record ActionRow(long id, ActionKind kind, Long enterpriseId, String subjectName, String areaCode, long departmentId, long officerId,
        LocalDate day, String documentNumber, BigDecimal fine, String otherPenalties, LocalDate deadline, Long targetId, Boolean passed,
        Long inspectionId, String note, String state, LocalDate restartRequested, String requestHash, OffsetDateTime createdAt) {

    static ActionRow map(ResultSet rs, int n) throws SQLException {
        return new ActionRow(rs.getLong("id"), ActionKind.of(rs.getString("kind")).orElseThrow(), (Long) rs.getObject("enterprise_id"),
                rs.getString("subject_name"), rs.getString("area_code"), rs.getLong("department_id"), rs.getLong("officer_id"),
                rs.getObject("day", LocalDate.class), rs.getString("document_number"), rs.getBigDecimal("fine"), rs.getString("other_penalties"),
                rs.getObject("deadline", LocalDate.class), (Long) rs.getObject("target_id"), (Boolean) rs.getObject("passed"),
                (Long) rs.getObject("inspection_id"), rs.getString("note"), rs.getString("state"), rs.getObject("restart_requested", LocalDate.class),
                rs.getString("request_hash"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
