package cn.taizhang.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case type catalogue; read on every use (a handful of rows), so edits in the tables apply at once. */
@Repository
class CaseTypes {

    private final JdbcClient jdbc;

    CaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseType> all() {
        record Flat(String code, String name, String category, String responsibility, boolean verificationRequired,
                BigDecimal remindShare, int superviseAfterDays, String severity, String severityName, int deadlineDays,
                boolean notifyLeaders) {
        }
        List<Flat> rows = jdbc.sql("""
                        SELECT t.code, t.name, t.category, t.responsibility, t.verification_required, t.remind_share, t.supervise_after_days,
                               s.code AS severity, s.name AS severity_name, s.deadline_days, s.notify_leaders
                        FROM case_type t JOIN case_type_severity s ON s.type_code = t.code
                        ORDER BY t.position, s.position
                        """)
                .query((rs, n) -> new Flat(rs.getString("code"), rs.getString("name"), rs.getString("category"),
                        rs.getString("responsibility"), rs.getBoolean("verification_required"), rs.getBigDecimal("remind_share"),
                        rs.getInt("supervise_after_days"), rs.getString("severity"), rs.getString("severity_name"),
                        rs.getInt("deadline_days"), rs.getBoolean("notify_leaders")))
                .list();
        Map<String, List<CaseType.Severity>> severities = new LinkedHashMap<>();
        Map<String, Flat> firsts = new LinkedHashMap<>();
        for (Flat f : rows) {
            firsts.putIfAbsent(f.code(), f);
            severities.computeIfAbsent(f.code(), c -> new ArrayList<>())
                    .add(new CaseType.Severity(f.severity(), f.severityName(), f.deadlineDays(), f.notifyLeaders()));
        }
        return firsts.values().stream()
                .map(f -> new CaseType(f.code(), f.name(), f.category(), f.responsibility(), f.verificationRequired(), f.remindShare(),
                        f.superviseAfterDays(), List.copyOf(severities.get(f.code()))))
                .toList();
    }

    Optional<CaseType> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
