package cn.taizhang.evaluation;

import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffAccount;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.territory.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** 观摩 (observation visits): recorded by leaders within their jurisdiction, listed per period, loaded in bulk by the demo. */
@Service
public class ObservationVisits {

    /** A visit as the API shows it, with the visited unit's name and the recorder's (their username if the account is gone). */
    record VisitView(long id, String groupName, LocalDate visitedOn, String area, Long department, String visited,
            BigDecimal score, String comment, String recordedBy, String recorderName, OffsetDateTime recordedAt) {
    }

    /** A unit the caller may record a visit to: a 镇街 (area) or a department. */
    record Target(String area, Long department, String name) {
    }

    /** A recorded visit, and whether this request created it (false: a retry found it). */
    record Recorded(VisitView visit, boolean created) {
    }

    private final ObservationRepository visits;
    private final Territory territory;
    private final Organisation organisation;

    ObservationVisits(ObservationRepository visits, Territory territory, Organisation organisation) {
        this.visits = visits;
        this.territory = territory;
        this.organisation = organisation;
    }

    /** Stores visits as they are, in one batch (the demo's year of 观摩); callers vouch for them. */
    @Transactional
    public void storeAll(List<NewObservationVisit> all) {
        visits.insertAll(all);
    }

    @Transactional
    Recorded record(JsonNode body, String idempotencyKey, String username, Scope scope) {
        VisitForm.Targets targets = new VisitForm.Targets(
                code -> Towns.within(territory, scope).stream().anyMatch(t -> t.code().equals(code)),
                id -> departmentsInReach(scope).stream().filter(d -> d.id() == id).findFirst());
        VisitForm.Checked checked = VisitForm.read(body, idempotencyKey, targets, LocalDate.now(BeijingTime.ZONE), username);
        NewObservationVisit v = checked.visit();
        Optional<Long> id = visits.insert(v, checked.clientKey());
        if (id.isPresent()) {
            AuditNote.created("observation_visit", Long.toString(id.get()));
            return new Recorded(view(visits.find(id.get()).orElseThrow(), scope), true);
        }
        ObservationRepository.Visit earlier = visits.findByKey(username, checked.clientKey()).orElseThrow();
        AuditNote.changed("observation_visit", Long.toString(earlier.id()), null, null); // a retry: nothing written
        if (!sameContent(earlier, v)) {
            throw new Problem(Problem.Kind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED", "该客户端编号（幂等键）已用于内容不同的观摩记录，请换用新的编号");
        }
        return new Recorded(view(earlier, scope), false);
    }

    List<VisitView> list(Period period, Scope scope) {
        List<ObservationRepository.Visit> found = visits.list(period, scope);
        Map<String, String> towns = territory.names(found.stream().filter(v -> v.departmentId() == null)
                .map(ObservationRepository.Visit::areaCode).collect(Collectors.toSet()), scope);
        Map<Long, String> departments = departmentNames(scope);
        Map<String, String> recorders = new HashMap<>();
        return found.stream().map(v -> view(v, v.departmentId() == null ? towns.get(v.areaCode()) : departments.get(v.departmentId()),
                recorders.computeIfAbsent(v.recordedBy(), this::recorderName))).toList();
    }

    /** The mean 观摩 score per unit key of {@link Figures} (镇街 code, department id); none for grid workers. */
    Map<String, ObservationRepository.Mean> means(ObjectKind kind, Period period, Scope scope) {
        return kind == ObjectKind.GRID_WORKER ? Map.of() : visits.means(kind == ObjectKind.DEPARTMENT, period, scope);
    }

    /** The 镇街 and departments the caller may record visits to. */
    List<Target> targets(Scope scope) {
        List<Target> targets = new ArrayList<>();
        Towns.within(territory, scope).forEach(t -> targets.add(new Target(t.code(), null, t.name())));
        departmentsInReach(scope).forEach(d -> targets.add(new Target(null, d.id(), d.name())));
        return targets;
    }

    /** Departments whose served area the jurisdiction covers (a department user: their own only). */
    private List<Department> departmentsInReach(Scope scope) {
        return organisation.departmentsWithinReach(scope).stream()
                .filter(d -> d.kind().equals("department") && scope.covers(d.areaCode())).toList();
    }

    private Map<Long, String> departmentNames(Scope scope) {
        return organisation.departmentsWithinReach(scope).stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    private VisitView view(ObservationRepository.Visit v, Scope scope) {
        String visited = v.departmentId() == null ? territory.names(List.of(v.areaCode()), scope).get(v.areaCode())
                : organisation.department(v.departmentId()).map(Department::name).orElse(null);
        return view(v, visited, recorderName(v.recordedBy()));
    }

    private static VisitView view(ObservationRepository.Visit v, String visited, String recorderName) {
        return new VisitView(v.id(), v.groupName(), v.visitedOn(), v.departmentId() == null ? v.areaCode() : null, v.departmentId(),
                visited, v.score(), v.comment(), v.recordedBy(), recorderName, v.recordedAt());
    }

    /** People read names, not usernames: the page's 记录人 column. */
    private String recorderName(String username) {
        return organisation.account(username).map(StaffAccount::name).orElse(username);
    }

    private static boolean sameContent(ObservationRepository.Visit earlier, NewObservationVisit v) {
        return earlier.groupName().equals(v.groupName()) && earlier.visitedOn().equals(v.visitedOn())
                && earlier.areaCode().equals(v.areaCode()) && Objects.equals(earlier.departmentId(), v.departmentId())
                && earlier.score().compareTo(v.score()) == 0 && Objects.equals(earlier.comment(), v.comment());
    }
}
