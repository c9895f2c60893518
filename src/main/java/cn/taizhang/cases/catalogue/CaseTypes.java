package cn.taizhang.cases.catalogue;

import cn.taizhang.platform.Expiring;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case type catalogue; read on every use (a handful of rows), never cached, so an administrator's edit
 * applies to the next report, dispatch or escalation at once, on every instance.
 */
@Repository
public class CaseTypes {

    private final JdbcClient jdbc;
    private final Expiring<List<CaseType>> catalogue = new Expiring<>(Duration.ofSeconds(30), this::load);

    CaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue as every report and view reads it; edits here invalidate it, another instance's show within 30 s. */
    public List<CaseType> all() {
        return catalogue.get();
    }

    private List<CaseType> load() {
        record Flat(String code, String name, String category, String responsibility, boolean verificationRequired,
                BigDecimal remindShare, int superviseAfterDays, String severity, String severityName, int deadlineDays,
                boolean notifyLeaders, boolean requiresPlan, int version) {
        }
        List<Flat> rows = jdbc.sql("""
                        SELECT t.code, t.name, t.category, t.responsibility, t.verification_required, t.remind_share, t.supervise_after_days, t.version,
                               s.code AS severity, s.name AS severity_name, s.deadline_days, s.notify_leaders, s.requires_plan
                        FROM case_type t JOIN case_type_severity s ON s.type_code = t.code
                        ORDER BY t.position, s.position
                        """)
                .query((rs, n) -> new Flat(rs.getString("code"), rs.getString("name"), rs.getString("category"),
                        rs.getString("responsibility"), rs.getBoolean("verification_required"), rs.getBigDecimal("remind_share"),
                        rs.getInt("supervise_after_days"), rs.getString("severity"), rs.getString("severity_name"),
                        rs.getInt("deadline_days"), rs.getBoolean("notify_leaders"), rs.getBoolean("requires_plan"), rs.getInt("version")))
                .list();
        Map<String, List<CaseType.Severity>> severities = new LinkedHashMap<>();
        Map<String, Flat> firsts = new LinkedHashMap<>();
        for (Flat f : rows) {
            firsts.putIfAbsent(f.code(), f);
            severities.computeIfAbsent(f.code(), c -> new ArrayList<>())
                    .add(new CaseType.Severity(f.severity(), f.severityName(), f.deadlineDays(), f.notifyLeaders(), f.requiresPlan()));
        }
        return firsts.values().stream()
                .map(f -> new CaseType(f.code(), f.name(), f.category(), f.responsibility(), f.verificationRequired(), f.remindShare(),
                        f.superviseAfterDays(), List.copyOf(severities.get(f.code())), f.version()))
                .toList();
    }

    public Optional<CaseType> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The type's version, its row locked until the transaction ends; empty if there is no such type. */
    Optional<Integer> lock(String code) {
        return jdbc.sql("SELECT version FROM case_type WHERE code = :code FOR UPDATE").param("code", code).query(Integer.class).optional();
    }

    boolean nameTaken(String name, String exceptCode) {
        return jdbc.sql("SELECT count(*) FROM case_type WHERE name = :name AND code <> :code")
                .param("name", name).param("code", exceptCode).query(Long.class).single() > 0;
    }

    /** The severities among {@code codes} that cases of the type carry. */
    List<String> severitiesInUse(String type, List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT severity FROM case_record WHERE type_code = :type AND severity IN (:codes) ORDER BY severity")
                .param("type", type).param("codes", codes).query(String.class).list();
    }

    /** Adds a type at the end of the catalogue; false if the code exists. */
    boolean insert(CaseType t) {
        catalogue.invalidate();
        int inserted = jdbc.sql("""
                        INSERT INTO case_type (code, name, category, responsibility, verification_required, remind_share,
                                               supervise_after_days, position, version)
                        VALUES (:code, :name, :category, :responsibility, :verification, :remindShare, :superviseAfterDays,
                                (SELECT coalesce(max(position), 0) + 1 FROM case_type), 1)
                        ON CONFLICT (code) DO NOTHING
                        """)
                .param("code", t.code()).param("name", t.name()).param("category", t.category()).param("responsibility", t.responsibility())
                .param("verification", t.verificationRequired()).param("remindShare", t.remindShare())
                .param("superviseAfterDays", t.superviseAfterDays()).update();
        if (inserted == 1) {
            saveSeverities(t);
        }
        return inserted == 1;
    }

    /** Replaces the type's rules if it is still at {@code version}; false otherwise. Severities left out must be unused. */
    boolean update(CaseType t, int version) {
        catalogue.invalidate();
        int updated = jdbc.sql("""
                        UPDATE case_type SET name = :name, category = :category, responsibility = :responsibility,
                               verification_required = :verification, remind_share = :remindShare,
                               supervise_after_days = :superviseAfterDays, version = version + 1
                        WHERE code = :code AND version = :version
                        """)
                .param("code", t.code()).param("version", version).param("name", t.name()).param("category", t.category())
                .param("responsibility", t.responsibility()).param("verification", t.verificationRequired())
                .param("remindShare", t.remindShare()).param("superviseAfterDays", t.superviseAfterDays()).update();
        if (updated == 1) {
            saveSeverities(t);
            jdbc.sql("DELETE FROM case_type_severity WHERE type_code = :code AND NOT (code IN (:kept))")
                    .param("code", t.code()).param("kept", t.severities().stream().map(CaseType.Severity::code).toList()).update();
        }
        return updated == 1;
    }

    private void saveSeverities(CaseType t) {
        int position = 1;
        for (CaseType.Severity s : t.severities()) {
            jdbc.sql("""
                            INSERT INTO case_type_severity (type_code, code, name, deadline_days, notify_leaders, requires_plan, position)
                            VALUES (:type, :code, :name, :deadlineDays, :notifyLeaders, :requiresPlan, :position)
                            ON CONFLICT (type_code, code) DO UPDATE SET name = excluded.name, deadline_days = excluded.deadline_days,
                                   notify_leaders = excluded.notify_leaders, requires_plan = excluded.requires_plan, position = excluded.position
                            """)
                    .param("type", t.code()).param("code", s.code()).param("name", s.name()).param("deadlineDays", s.deadlineDays())
                    .param("notifyLeaders", s.notifyLeaders()).param("requiresPlan", s.requiresPlan()).param("position", position++).update();
        }
    }
}
