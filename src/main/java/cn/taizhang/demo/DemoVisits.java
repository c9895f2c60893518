package cn.taizhang.demo;

import cn.taizhang.cases.bulk.CaseBulkWriter;
import cn.taizhang.cases.bulk.CaseBulkWriter.SimulatedReport;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.EnterpriseFilter;
import cn.taizhang.registry.enterprise.EnterpriseStatus;
import cn.taizhang.registry.enterprise.Enterprises;
import cn.taizhang.service.Coordinators;
import cn.taizhang.service.VisitHistory;
import cn.taizhang.service.VisitHistory.PastProblem;
import cn.taizhang.service.VisitHistory.PastVisit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo's enterprise service: the city's coordinating unit (产投委) appointed once its departments exist, and the year's
 * leaders' visits — a tenth of the seeds' (about 61 visits, 43 problems) — recorded around the 企业诉求 cases its simulated
 * history reported from 领导走访: the problems one leader reported on one day are one visit to an enterprise of the town,
 * and the city's leaders visit the enterprises they look after (包保) without collecting any, until the year has its
 * visits. The cases themselves were played through the loop as the history plays every case — registered by the
 * visiting 镇街 leader and dispatched at once to the 镇街's office (顶格协调, as a recorded visit's are) — and are made
 * about the enterprise visited.
 */
@Component
class DemoVisits {

    /** The year's visits: the seeds' 606 over ten. */
    static final int YEAR_VISITS = 61;

    private static final Scope EVERYWHERE = Scope.area("");

    private final Coordinators coordinators;
    private final CaseBulkWriter cases;
    private final Enterprises enterprises;
    private final VisitHistory history;

    DemoVisits(Coordinators coordinators, CaseBulkWriter cases, Enterprises enterprises, VisitHistory history) {
        this.coordinators = coordinators;
        this.cases = cases;
        this.enterprises = enterprises;
        this.history = history;
    }

    /** Appoints the city's enterprise-service coordinator, given the demo's department ids by code. */
    void appoint(Map<String, Long> departmentIds) {
        coordinators.appoint(KailiOrganisation.CITY, departmentIds.get(KailiOrganisation.ENTERPRISE_SERVICE));
    }

    /** Records the year's visits; answers how many. */
    int load() {
        Map<String, List<Enterprise>> byTown = new LinkedHashMap<>();
        Map<Long, List<Enterprise>> lookedAfter = new LinkedHashMap<>();
        enterprises.each(EVERYWHERE, new EnterpriseFilter(null, null, null, null, null, EnterpriseStatus.ACTIVE, null, null), "uscc", e -> {
            if (e.gridCode() != null) {
                byTown.computeIfAbsent(e.gridCode().substring(0, 9), k -> new ArrayList<>()).add(e);
                if (e.leader() != null) {
                    lookedAfter.computeIfAbsent(e.leader().id(), k -> new ArrayList<>()).add(e);
                }
            }
        });
        List<PastVisit> visits = around(cases.simulatedFrom("leader_visit"), byTown);
        visits.addAll(courtesyVisits(YEAR_VISITS - visits.size(), lookedAfter));
        visits.sort(java.util.Comparator.comparing(PastVisit::day));
        history.storeAll(visits);
        Map<Long, Long> about = new LinkedHashMap<>();
        visits.forEach(v -> v.problems().forEach(p -> about.put(p.caseId(), v.enterpriseId())));
        cases.about("enterprise", about);
        return visits.size();
    }

    /** One visit per leader and day of the reported problems, to an enterprise of the town (in turn). */
    private static List<PastVisit> around(List<SimulatedReport> reports, Map<String, List<Enterprise>> byTown) {
        Map<String, List<SimulatedReport>> days = new LinkedHashMap<>();
        for (SimulatedReport r : reports) {
            if (byTown.containsKey(r.gridCode().substring(0, 9))) {
                days.computeIfAbsent(r.reporterId() + "|" + day(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<PastVisit> visits = new ArrayList<>();
        int n = 0;
        for (List<SimulatedReport> found : days.values()) {
            SimulatedReport first = found.get(0);
            List<Enterprise> firms = byTown.get(first.gridCode().substring(0, 9));
            Enterprise e = firms.get(n++ % firms.size());
            List<PastProblem> problems = found.stream().map(r -> new PastProblem(r.id(), said(r.description()), "hard".equals(r.severity()))).toList();
            visits.add(new PastVisit(day(first), e.id(), e.name(), e.gridCode(), "走访企业，座谈了解生产经营中的困难和问题", List.of(first.reporterId()),
                    problems));
        }
        return visits;
    }

    /** Visits of the city's leaders to the enterprises they look after, spread over the past year, collecting nothing. */
    private static List<PastVisit> courtesyVisits(int count, Map<Long, List<Enterprise>> lookedAfter) {
        List<PastVisit> visits = new ArrayList<>();
        List<Long> leaders = new ArrayList<>(lookedAfter.keySet());
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        for (int k = 0; k < count && !leaders.isEmpty(); k++) {
            long leader = leaders.get(k % leaders.size());
            List<Enterprise> theirs = lookedAfter.get(leader);
            Enterprise e = theirs.get(k / leaders.size() % theirs.size());
            LocalDate day = today.minusDays(1 + (long) k * 360 / Math.max(1, count));
            visits.add(new PastVisit(day, e.id(), e.name(), e.gridCode(), "包保走访，了解企业生产经营情况，企业暂无需协调的问题", List.of(leader), List.of()));
        }
        return visits;
    }

    /** What the enterprise raised, without the generated company name the case's words begin with. */
    private static String said(String description) {
        return description.replaceFirst("^[^，]*?(反映|申请)", "$1");
    }

    private static LocalDate day(SimulatedReport r) {
        return r.reportedAt().atZoneSameInstant(BeijingTime.ZONE).toLocalDate();
    }
}
