package cn.taizhang.registry.enterprise;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.Sector;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryHistory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The enterprise registry (企业台账). Everyone sees the enterprises in their jurisdiction, department staff only those of
 * the sectors their department regulates (管行业必须管安全); the 指挥员 of the area and the inspectors and handlers of a
 * regulating department register and edit them. Every change is written with its history line and its audit row in one
 * transaction; an edit carries the version it read.
 */
@Service
public class Enterprises {

    static final String REGISTRY = "enterprise";

    /** A stored enterprise and the warnings its writer should see (an old-style organisation code inside its credit code). */
    public record Saved(Enterprise enterprise, List<String> warnings) {
    }

    private final EnterpriseRepository enterprises;
    private final EnterpriseViews views;
    private final RegistryHistory history;
    private final Placement placement;
    private final Organisation organisation;
    private final EnterpriseLedger ledger;

    Enterprises(EnterpriseRepository enterprises, EnterpriseViews views, RegistryHistory history, Placement placement,
            Organisation organisation, EnterpriseLedger ledger) {
        this.ledger = ledger;
        this.enterprises = enterprises;
        this.views = views;
        this.history = history;
        this.placement = placement;
        this.organisation = organisation;
    }

    public Optional<Enterprise> find(Scope scope, long id) {
        return enterprises.find(id, scope, reachSectors(scope)).map(views::of);
    }

    public ListResponse<Enterprise> list(Scope scope, EnterpriseFilter filter, String sort, int page, int size) {
        return listByOrder(scope, filter, EnterpriseRepository.ORDER.orderBy(sort), page, size);
    }

    /** The list in an order already checked (a sort's, or {@link Near#orderBy()}). */
    ListResponse<Enterprise> listByOrder(Scope scope, EnterpriseFilter filter, String orderBy, int page, int size) {
        String[] reach = reachSectors(scope);
        return new ListResponse<>(views.of(enterprises.list(scope, reach, filter, orderBy, page * size, size)), enterprises.count(scope, reach, filter));
    }

    /** Every enterprise the filter selects, in order, one at a time (an export of any length). */
    @Transactional(readOnly = true)
    public void each(Scope scope, EnterpriseFilter filter, String sort, Consumer<Enterprise> consumer) {
        String orderBy = EnterpriseRepository.ORDER.orderBy(sort);
        var view = views.streaming();
        enterprises.each(scope, reachSectors(scope), filter, orderBy, row -> consumer.accept(view.apply(row)));
    }

    /**
     * The enterprises the filter selects that have a location, in the list's order, at most {@code max} of them; with how
     * many it selects and how many of those are located. One pass over the selection, as the export makes.
     */
    @Transactional(readOnly = true)
    public EnterpriseMap points(Scope scope, EnterpriseFilter filter, int max) {
        EnterpriseMap.Builder map = new EnterpriseMap.Builder(max);
        each(scope, filter, null, map::add);
        return map.build();
    }

    public List<RegistryHistory.Entry> history(Scope scope, long id) {
        find(scope, id).orElseThrow(Enterprises::notFound);
        return history.of(REGISTRY, id);
    }

    /**
     * Puts the enterprise under a coercive measure from {@code since}, or lifts it ({@code coercion} null), in the enforcement
     * action's transaction; the version moves on, so an edit made on the page read before fails rather than hides it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void coerce(long id, Coercion coercion, LocalDate since) {
        enterprises.coerce(id, coercion == null ? null : coercion.id(), coercion == null ? null : since);
    }

    /** Stores enterprises as they are, in one batch without history lines (the demo's ledger); callers vouch for every field. */
    @Transactional
    public void storeAll(List<NewEnterprise> all) {
        enterprises.insertAll(all);
    }

    @Transactional
    public Saved create(Caller caller, JsonNode body) {
        Scope scope = writerScope(caller);
        EnterpriseForm.Checked checked = EnterpriseForm.read(body, lookups(scope), today());
        NewEnterprise e = checked.enterprise();
        requireSectorInReach(scope, e.sectors());
        enterprises.findByCode(e.uscc()).ifPresent(taken -> {
            throw codeTaken(e.uscc(), taken);
        });
        long id = enterprises.insert(e).orElseThrow(() -> codeTaken(e.uscc(), enterprises.findByCode(e.uscc()).orElseThrow()));
        Enterprise saved = find(scope, id).orElseThrow();
        history.created(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(saved));
        return new Saved(saved, checked.warnings());
    }

    @Transactional
    public Saved update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Scope scope = writerScope(caller);
        Enterprise before = find(scope, id).orElseThrow(Enterprises::notFound);
        if (before.version() != expectedVersion) {
            throw Versions.stale("企业");
        }
        EnterpriseForm.Checked checked = EnterpriseForm.read(body, lookups(scope), today());
        NewEnterprise e = checked.enterprise();
        requireSectorInReach(scope, e.sectors());
        enterprises.findByCode(e.uscc()).filter(other -> other.id() != id).ifPresent(taken -> {
            throw codeTaken(e.uscc(), taken);
        });
        try {
            if (!enterprises.update(id, expectedVersion, e)) {
                throw Versions.stale("企业");
            }
        } catch (DuplicateKeyException race) { // the code was registered meanwhile; the transaction is lost, so say no more
            throw new Problem(Problem.Kind.CONFLICT, "USCC_TAKEN", "统一社会信用代码 " + e.uscc() + " 已登记");
        }
        Enterprise after = find(scope, id).orElseThrow();
        history.updated(REGISTRY, id, caller, ledger.ledger().labels(), ledger.ledger().texts(before), ledger.ledger().texts(after), before.version(),
                after.version());
        return new Saved(after, checked.warnings());
    }

    /** True if the caller registers and edits enterprises: a 指挥员 of an area, or an inspector or handler of a department. */
    public static boolean writer(Caller caller) {
        return caller.departmentId() == null ? caller.has(Role.DISPATCHER) : caller.has(Role.INSPECTOR) || caller.has(Role.HANDLER);
    }

    static Scope writerScope(Caller caller) {
        if (!writer(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本辖区的指挥员和监管其行业领域的部门检查、处置人员可以登记和修改企业");
        }
        return caller.scope();
    }

    private void requireSectorInReach(Scope scope, List<String> sectors) {
        String[] reach = reachSectors(scope);
        if (reach != null && sectors.stream().noneMatch(List.of(reach)::contains)) {
            throw Problem.invalid(List.of(new FieldProblem("sectors", "SECTOR_OUT_OF_REACH",
                    "sectors：企业的行业领域中须至少有一个由您的部门监管")));
        }
    }

    /** True if the enterprise lies within the scope's reach, as {@link #find} would see it. */
    boolean inReach(Scope scope, EnterpriseRow row) {
        String[] reach = reachSectors(scope);
        return scope.covers(row.areaCode()) && (reach == null || row.sectors().stream().anyMatch(List.of(reach)::contains));
    }

    /**
     * The sectors a regulating department's user reaches; null (every sector) for everyone else — a 镇街 office's staff
     * included, who answer for every enterprise of their territory (属地管理).
     */
    String[] reachSectors(Scope scope) {
        if (scope.departmentId() == null) {
            return null;
        }
        Optional<Department> unit = organisation.department(scope.departmentId());
        if (unit.isPresent() && unit.get().kind().equals("office")) {
            return null;
        }
        return unit.map(Department::sectorCodes).orElse(List.of()).toArray(String[]::new);
    }

    /** The form as an import runs it row after row: the same checks as {@link #create}, the catalogues read once. */
    Function<JsonNode, NewEnterprise> form(Scope scope) {
        EnterpriseForm.Lookups lookups = lookups(scope);
        LocalDate today = today();
        return body -> {
            NewEnterprise e = EnterpriseForm.read(body, lookups, today).enterprise();
            requireSectorInReach(scope, e.sectors());
            return e;
        };
    }

    private EnterpriseForm.Lookups lookups(Scope scope) {
        List<String> sectors = organisation.sectors().stream().map(Sector::code).toList();
        Placement.Zones zones = placement.zoneSnapshot();
        Map<Long, Optional<String>> leaders = new HashMap<>(); // a leader's jurisdiction, looked up once per form or import
        return new EnterpriseForm.Lookups() {
            @Override
            public boolean gridInReach(String gridCode) {
                return placement.gridInReach(gridCode, scope);
            }

            @Override
            public Optional<String> gridAt(double lat, double lng, String crs) {
                return placement.gridAt(lat, lng, crs, scope);
            }

            @Override
            public List<String> zonesOf(String gridCode) {
                return zones.of(gridCode);
            }

            @Override
            public boolean zoneExists(String zoneCode) {
                return zones.exists(zoneCode);
            }

            @Override
            public boolean sectorKnown(String sectorCode) {
                return sectors.contains(sectorCode);
            }

            @Override
            public boolean leaderOver(long staffId, String gridCode) {
                return leaders.computeIfAbsent(staffId, id -> organisation.staffMember(Scope.area(""), id)
                        .filter(s -> s.roles().contains(Role.LEADER)).map(StaffMember::jurisdictionCode))
                        .filter(gridCode::startsWith).isPresent();
            }
        };
    }

    private static Problem codeTaken(String uscc, EnterpriseRow taken) {
        return new Problem(Problem.Kind.CONFLICT, "USCC_TAKEN", "统一社会信用代码 " + uscc + " 已登记（企业编号 " + taken.id() + "）") {
            @Override
            public Map<String, Object> properties() {
                return Map.of("id", taken.id());
            }
        };
    }

    static Problem notFound() {
        return Problem.notFound("企业");
    }

    private static LocalDate today() {
        return LocalDate.now(BeijingTime.ZONE);
    }
}
