package cn.taizhang.demo;

import cn.taizhang.cases.ClosedCases;
import cn.taizhang.cases.bulk.CaseBulkWriter;
import cn.taizhang.enforcement.EnforcementHistory;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The demo year's enforcement ({@link KailiEnforcement}) around the hazards its inspections found, taken through the enforcement rules. */
@Component
class DemoEnforcement {

    private static final Scope EVERYWHERE = Scope.area("");

    /** How each department's 行政处罚决定书 are numbered: 凯应急罚〔2026〕12号. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("EMERGENCY", "应急"), Map.entry("FIRE", "消"),
            Map.entry("TRANSPORT", "交"), Map.entry("MARKET", "市监"), Map.entry("HOUSING", "住建"), Map.entry("HEALTH", "卫"),
            Map.entry("EDUCATION", "教"), Map.entry("ENERGY", "能源"), Map.entry("INDUSTRY", "工信"), Map.entry("ECOLOGY", "环"),
            Map.entry("TOURISM", "文旅"));

    private final CaseBulkWriter cases;
    private final ClosedCases closed;
    private final Organisation organisation;
    private final EnforcementHistory history;

    DemoEnforcement(CaseBulkWriter cases, ClosedCases closed, Organisation organisation, EnforcementHistory history) {
        this.cases = cases;
        this.closed = closed;
        this.organisation = organisation;
        this.history = history;
    }

    /** Takes the year's actions; answers how many, and how many candidates stand open. */
    long[] load() {
        List<CaseBulkWriter.Simulated> found = cases.simulatedAboutEnterprises("inspection");
        Set<Long> rectified = closed.among(found.stream().map(CaseBulkWriter.Simulated::id).toList());
        List<KailiEnforcement.Hazard> hazards = found.stream().map(s -> new KailiEnforcement.Hazard(s.id(), s.enterpriseId(), s.sector(),
                "major".equals(s.severity()), s.reportedAt().atZoneSameInstant(BeijingTime.ZONE).toLocalDate(), rectified.contains(s.id()),
                s.description())).toList();
        List<EnforcementHistory.PastAction> year = KailiEnforcement.year(hazards, officersBySector(), LocalDate.now(BeijingTime.ZONE));
        return new long[] {year.size(), history.takeAll(year)};
    }

    /** For each regulated sector, the first 执法人员 of the department regulating it. */
    private Map<String, KailiEnforcement.Officer> officersBySector() {
        Map<Long, Department> departments = organisation.departmentsWithinReach(EVERYWHERE).stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
        Map<String, KailiEnforcement.Officer> bySector = new HashMap<>();
        for (StaffMember s : organisation.staff(EVERYWHERE, new StaffFilter(null, Role.ENFORCER, null, null), 0, 500).items()) {
            Department d = s.departmentId() == null ? null : departments.get(s.departmentId());
            if (d == null || !s.enabled()) {
                continue;
            }
            KailiEnforcement.Officer officer = new KailiEnforcement.Officer(s.id(), s.jurisdictionCode(), d.id(),
                    SHORT_NAMES.getOrDefault(d.code(), "执"));
            d.sectorCodes().forEach(sector -> bySector.putIfAbsent(sector, officer));
        }
        return bySector;
    }
}
