package cn.taizhang.enforcement;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.ListResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates for enforcement: raised by the rules, each once whatever the number of instances raising it (its key
 * is unique, the insert skips a taken one); cleared when an action of a kind that answers its rule is taken about its
 * enterprise, case or action, or dismissed with a reason.
 */
@Service
public class Candidates {

    /** A candidate to raise; {@code key} names it once and for all. */
    record Raise(CandidateRule rule, String key, Long enterpriseId, String enterpriseName, Long caseId, String caseNumber, Long actionId,
            String areaCode, Long departmentId, String reason, LocalDate since) {
    }

    /** The list's filters, each optional. */
    record Filter(Long enterpriseId, String rule, String state, String area) {
    }

    private static final String SELECT = "SELECT c.* FROM enforcement_candidate c WHERE c.area_code LIKE :scope"
            + " AND (CAST(:scopeDepartment AS bigint) IS NULL OR c.department_id IS NULL OR c.department_id = :scopeDepartment)";

    private static final String FILTER = """
              AND (CAST(:enterprise AS bigint) IS NULL OR c.enterprise_id = :enterprise)
              AND (CAST(:rule AS text) IS NULL OR c.rule = :rule)
              AND (CAST(:state AS text) IS NULL OR c.state = :state)
              AND (CAST(:area AS text) IS NULL OR c.area_code LIKE :area || '%')
            """;

    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if this raised it; false if it had been raised before (by this or another instance). */
    boolean raise(Raise r) {
        return jdbc.sql("""
                INSERT INTO enforcement_candidate (rule, dedup_key, enterprise_id, enterprise_name, case_id, case_number, action_id, area_code,
                                                   department_id, reason, since)
                VALUES (:rule, :key, :enterprise, :enterpriseName, :case, :caseNumber, :action, :area, :department, :reason, :since)
                ON CONFLICT (dedup_key) DO NOTHING
                """).param("rule", r.rule().code()).param("key", r.key()).param("enterprise", r.enterpriseId())
                .param("enterpriseName", r.enterpriseName()).param("case", r.caseId()).param("caseNumber", r.caseNumber())
                .param("action", r.actionId()).param("area", r.areaCode()).param("department", r.departmentId()).param("reason", r.reason())
                .param("since", r.since()).update() == 1;
    }

    /** The keys of the candidates raised so far that begin with {@code prefix}, whatever their state. */
    Set<String> keys(String prefix) {
        return new HashSet<>(jdbc.sql("SELECT dedup_key FROM enforcement_candidate WHERE dedup_key LIKE :prefix || '%'")
                .param("prefix", prefix).query(String.class).list());
    }

    /** Whether an art. 113 candidate about the enterprise is open now (a further penalty adds nothing to it). */
    boolean openArt113(long enterpriseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enforcement_candidate WHERE rule = 'art113' AND enterprise_id = :e AND state = 'open')")
                .param("e", enterpriseId).query(Boolean.class).single();
    }

    /**
     * Marks as acted the open candidates an action answers, in the action's transaction: those about its enterprise or one
     * of its cases whose rule the kind answers, and those about the action it targets (a restart review).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int actedOn(ActionRow action, List<Long> caseIds) {
        List<String> rules = Arrays.stream(CandidateRule.values()).filter(r -> r.actedOnBy(action.kind())).map(CandidateRule::code).toList();
        if (rules.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE enforcement_candidate SET state = 'acted', acted_by = :action, closed_by = :officer, closed_at = now()
                WHERE state = 'open' AND rule = ANY (CAST(:rules AS text[]))
                  AND ((CAST(:enterprise AS bigint) IS NOT NULL AND enterprise_id = :enterprise)
                       OR case_id = ANY (CAST(:cases AS bigint[]))
                       OR (CAST(:target AS bigint) IS NOT NULL AND action_id = :target))
                """).param("action", action.id()).param("officer", action.officerId()).param("rules", rules.toArray(String[]::new))
                .param("enterprise", action.enterpriseId()).param("cases", caseIds.toArray(Long[]::new)).param("target", action.targetId()).update();
    }

    public ListResponse<Candidate> list(Scope scope, Filter f, int page, int size) {
        List<Candidate> items = filtered(SELECT + FILTER + " ORDER BY (c.state = 'open') DESC, c.since, c.id LIMIT :limit OFFSET :offset", scope, f)
                .param("limit", size).param("offset", page * size).query(Candidates::map).list();
        long total = filtered("SELECT count(*) FROM (" + SELECT + FILTER + ") x", scope, f).query(Long.class).single();
        return new ListResponse<>(items, total);
    }

    public Optional<Candidate> find(Scope scope, long id) {
        return scoped(SELECT + " AND c.id = :id", scope).param("id", id).query(Candidates::map).optional();
    }

    /** Dismisses an open candidate with the reason (read and checked by the caller), audited; only 执法人员 and 领导 of its area. */
    @Transactional
    public Candidate dismiss(Caller caller, long id, String reason) {
        if (!caller.has(Role.ENFORCER) && !caller.has(Role.LEADER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有执法人员和领导可以排除执法线索");
        }
        Candidate c = find(caller.scope(), id).orElseThrow(() -> Problem.notFound("执法线索"));
        int changed = jdbc.sql("""
                UPDATE enforcement_candidate SET state = 'dismissed', dismissed_reason = :reason, closed_by = :by, closed_at = now()
                WHERE id = :id AND state = 'open'
                """).param("reason", reason.strip()).param("by", caller.id()).param("id", id).update();
        if (changed == 0) {
            throw new Problem(Problem.Kind.CONFLICT, "CANDIDATE_CLOSED", "该执法线索已" + c.stateLabel() + "，不能再排除");
        }
        AuditNote.changed("enforcement_candidate", Long.toString(id), "open", "dismissed");
        return find(caller.scope(), id).orElseThrow();
    }

    private JdbcClient.StatementSpec scoped(String sql, Scope scope) {
        return jdbc.sql(sql).param("scope", scope.likePattern()).param("scopeDepartment", scope.departmentId());
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, Filter f) {
        return scoped(sql, scope).param("enterprise", f.enterpriseId()).param("rule", f.rule()).param("state", f.state()).param("area", f.area());
    }

    private static Candidate map(ResultSet rs, int n) throws SQLException {
        CandidateRule rule = CandidateRule.of(rs.getString("rule")).orElseThrow();
        String state = rs.getString("state");
        return new Candidate(rs.getLong("id"), rule.code(), rule.label(), (Long) rs.getObject("enterprise_id"), rs.getString("enterprise_name"),
                (Long) rs.getObject("case_id"), rs.getString("case_number"), (Long) rs.getObject("action_id"), rs.getString("area_code"),
                rs.getString("reason"), rs.getObject("since", LocalDate.class), state, Candidate.stateLabel(state), (Long) rs.getObject("acted_by"),
                rs.getString("dismissed_reason"), rs.getObject("closed_at", OffsetDateTime.class));
    }
}
