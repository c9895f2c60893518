package cn.taizhang.inspection.lists;

import cn.taizhang.access.Caller;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.web.FormReader;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The 制度措施清单. Everyone reads the measures of their jurisdiction (a department's staff: those their unit answers
 * for). The leaders of an area, and the staff of a department or a 镇街 office, set measures in their jurisdiction for a
 * unit they may reach, and edit them (department staff: their unit's); the owner unit's staff or the creator complete one
 * with its evidence, once: a completed measure stays done. Each change is audited in its transaction.
 */
@Service
public class Measures {

    static final String AUDIT_TYPE = "institutional_measure";
    private static final Set<Role> DEPARTMENT_WRITERS = Set.of(Role.INSPECTOR, Role.HANDLER, Role.ENFORCER, Role.LEADER);

    private final MeasureRepository measures;
    private final MeasureViews views;
    private final Territory territory;
    private final Organisation organisation;
    private final Campaigns campaigns;

    Measures(MeasureRepository measures, MeasureViews views, Territory territory, Organisation organisation, Campaigns campaigns) {
        this.measures = measures;
        this.views = views;
        this.territory = territory;
        this.organisation = organisation;
        this.campaigns = campaigns;
    }

    static LocalDate today() {
        return LocalDate.now(BeijingTime.ZONE);
    }

    public Optional<Measure> find(Scope scope, long id) {
        return measures.find(id, scope, today()).map(views::of);
    }

    public ListResponse<Measure> list(Scope scope, MeasureQuery.Filter filter, int page, int size) {
        LocalDate today = today();
        return new ListResponse<>(views.of(measures.list(scope, filter, today, page * size, size)), measures.count(scope, filter, today));
    }

    /** The measures of an area (and campaign) set on the days [from, until): how many, how many done (制度措施清单…项，已完成…项). */
    public record Counts(long total, long done) {
    }

    public Counts count(Scope scope, String area, Long campaign, LocalDate from, LocalDate until) {
        long[] f = figures(scope, new MeasureQuery.Filter(area, null, campaign, null, null, from, until));
        return new Counts(f[0], f[1]);
    }

    /** {total, done, overdue} of what the filter selects. */
    public long[] figures(Scope scope, MeasureQuery.Filter filter) {
        return measures.figures(scope, filter, today());
    }

    @Transactional
    public Measure create(Caller caller, JsonNode body) {
        if (!writer(caller)) {
            throw forbidden("只有本辖区的领导和行业部门、镇街办的工作人员可以建立制度措施");
        }
        NewMeasure m = MeasureForm.read(body, lookups(caller));
        long id = measures.insert(m, caller.id(), caller.name());
        AuditNote.created(AUDIT_TYPE, Long.toString(id));
        return find(caller.scope(), id).orElseThrow();
    }

    @Transactional
    public Measure update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Measure before = find(caller.scope(), id).orElseThrow(Measures::notFound);
        if (!editable(caller, before)) {
            throw forbidden("只有本辖区的领导、措施的建立人和责任单位的工作人员可以修改");
        }
        if (before.version() != expectedVersion) {
            throw Versions.stale("制度措施");
        }
        NewMeasure m = MeasureForm.read(body, lookups(caller));
        if (!measures.update(id, expectedVersion, m)) {
            throw Versions.stale("制度措施");
        }
        AuditNote.changed(AUDIT_TYPE, Long.toString(id), "v" + before.version(), "v" + (before.version() + 1));
        return find(caller.scope(), id).orElseThrow();
    }

    /** Completes the measure with its evidence note; a done one is refused (409), as is a stale If-Match when one is given. */
    @Transactional
    public Measure complete(Caller caller, long id, Integer expectedVersion, JsonNode body) {
        Measure before = find(caller.scope(), id).orElseThrow(Measures::notFound);
        if (!mayComplete(caller, before)) {
            throw forbidden("只有责任单位的工作人员或措施的建立人可以完成该措施");
        }
        if (before.status() == MeasureStatus.DONE) {
            throw new Problem(Problem.Kind.CONFLICT, "ALREADY_DONE", "该措施已于 " + before.doneAt().atZoneSameInstant(BeijingTime.ZONE).toLocalDate()
                    + " 完成");
        }
        FormReader form = new FormReader();
        if (!form.object(body, Set.of("evidenceNote"), "")) {
            form.check();
        }
        String evidence = form.text(body.get("evidenceNote"), "evidenceNote", "完成情况及佐证说明", MeasureForm.MAX_EVIDENCE, true);
        form.check();
        int version = expectedVersion == null ? before.version() : expectedVersion;
        if (!measures.complete(id, version, evidence, caller.id())) {
            throw Versions.stale("制度措施");
        }
        AuditNote.changed(AUDIT_TYPE, Long.toString(id), "v" + before.version(), "v" + (before.version() + 1));
        return find(caller.scope(), id).orElseThrow();
    }

    /** Sets measures at all: a leader of an area, or a department's (or a 镇街 office's) staff. */
    public static boolean writer(Caller caller) {
        if (caller.administrator()) {
            return false;
        }
        return caller.departmentId() == null ? caller.has(Role.LEADER) : caller.roles().stream().anyMatch(DEPARTMENT_WRITERS::contains);
    }

    public static boolean editable(Caller caller, Measure m) {
        return writer(caller) && caller.scope().covers(m.areaCode())
                && (caller.departmentId() == null || caller.departmentId() == m.ownerDepartmentId() || caller.id() == m.createdBy());
    }

    /** True if the caller may complete the measure now: it is not done yet and they may complete it. */
    public static boolean completable(Caller caller, Measure m) {
        return m.status() != MeasureStatus.DONE && mayComplete(caller, m);
    }

    /** The owner unit's staff and the creator answer for completing a measure. */
    static boolean mayComplete(Caller caller, Measure m) {
        return !caller.administrator() && (Objects.equals(caller.departmentId(), m.ownerDepartmentId()) || caller.id() == m.createdBy());
    }

    /** The units a writer may make answer for a measure. */
    List<Department> departments(Caller caller) {
        return writer(caller) ? organisation.departmentsWithinReach(caller.scope()) : List.of();
    }

    private MeasureForm.Lookups lookups(Caller caller) {
        Scope scope = caller.scope();
        Set<Long> units = departments(caller).stream().map(Department::id).collect(Collectors.toSet());
        return new MeasureForm.Lookups() {
            @Override
            public boolean areaInReach(String areaCode) {
                return territory.find(areaCode, scope).isPresent();
            }

            @Override
            public boolean departmentInReach(long departmentId) {
                return units.contains(departmentId);
            }

            @Override
            public boolean campaignInReach(long campaignId) {
                return campaigns.find(scope, campaignId).isPresent();
            }

            @Override
            public String defaultArea() {
                return caller.jurisdictionCode();
            }

            @Override
            public Long defaultDepartment() {
                return caller.departmentId();
            }
        };
    }

    static Problem notFound() {
        return Problem.notFound("制度措施");
    }

    private static Problem forbidden(String detail) {
        return new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", detail);
    }
}
