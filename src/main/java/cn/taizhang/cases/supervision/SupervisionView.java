package cn.taizhang.cases.supervision;

import cn.taizhang.cases.CaseViews;
import cn.taizhang.cases.lifecycle.CaseState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One 挂牌督办 as the API shows it: the document, who supervises, by when, whether the escalation job made it,
 * and the case it concerns with that case's state now. Times in Beijing time.
 */
record SupervisionView(long id, String documentNumber, String supervisingUnit, OffsetDateTime deadline, boolean automatic,
        OffsetDateTime createdAt, OffsetDateTime caseDeadline, long caseId, String caseNumber, String caseState, String caseStateName,
        String gridCode) {

    static final String SELECT = """
            SELECT s.id, s.document_number, s.supervising_unit, s.deadline, s.automatic, s.created_at, s.case_deadline,
                   c.id AS case_id, c.number, c.state, c.area_code
            FROM case_supervision s JOIN case_record c ON c.id = s.case_id
            """;

    static SupervisionView map(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state");
        return new SupervisionView(rs.getLong("id"), rs.getString("document_number"), rs.getString("supervising_unit"),
                time(rs, "deadline"), rs.getBoolean("automatic"), time(rs, "created_at"), time(rs, "case_deadline"),
                rs.getLong("case_id"), rs.getString("number"), state, CaseState.fromCode(state).map(CaseState::label).orElse(state),
                rs.getString("area_code"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return CaseViews.local(rs.getObject(column, OffsetDateTime.class));
    }
}
