package cn.taizhang.cases;

import cn.taizhang.cases.catalogue.CaseType;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.platform.Scope;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The cases about registry records ({@link CaseSubjects}), for the registries' pages: an enterprise's hazards, a leader's 包保 enterprises' open cases. */
@Service
public class SubjectCases {

    /** One case about a record, as a registry's page lists it. */
    public record SubjectCase(long id, String number, String typeName, String stateName, boolean open, boolean overdue,
            OffsetDateTime deadline, OffsetDateTime createdAt, long subjectId) {
    }

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final CaseTypes types;

    SubjectCases(JdbcClient jdbc, CaseTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** The cases about these records that the caller may see, the latest first (at most 500); {@code openOnly}: not yet closed. */
    public List<SubjectCase> of(String kind, Collection<Long> ids, Scope scope, long callerId, boolean openOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> typeNames = types.all().stream().collect(Collectors.toMap(CaseType::code, CaseType::name));
        OffsetDateTime now = OffsetDateTime.now();
        return jdbc.sql("SELECT c.* FROM case_record c WHERE c.subject_kind = :kind AND c.subject_id = ANY (CAST(:ids AS bigint[])) AND "
                        + Visibility.SQL + " AND (NOT :openOnly OR c.state NOT IN ('closed', 'rejected')) ORDER BY c.created_at DESC LIMIT " + LIMIT)
                .param("kind", kind).param("ids", ids.toArray(Long[]::new)).param("openOnly", openOnly)
                .param("visPrefix", scope.likePattern()).param("visDepartment", scope.departmentId()).param("visCaller", callerId)
                .query((rs, n) -> {
                    CaseState state = CaseState.fromCode(rs.getString("state")).orElseThrow();
                    OffsetDateTime deadline = rs.getObject("deadline", OffsetDateTime.class);
                    return new SubjectCase(rs.getLong("id"), rs.getString("number"), typeNames.getOrDefault(rs.getString("type_code"),
                            rs.getString("type_code")), state.label(), state.open(), Overdue.at(state, deadline, now),
                            CaseViews.local(deadline), CaseViews.local(rs.getObject("created_at", OffsetDateTime.class)), rs.getLong("subject_id"));
                }).list();
    }
}
