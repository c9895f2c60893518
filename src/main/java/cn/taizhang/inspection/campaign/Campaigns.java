package cn.taizhang.inspection.campaign;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Versions;
import cn.taizhang.registry.RegistryHistory;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Campaigns (专项整治). Everyone reads the campaigns whose area overlaps their jurisdiction: a city-wide campaign is every
 * 镇街's, a 镇街's is not its neighbour's. The leaders of an area and the staff of a department (or a 镇街's office) start
 * and edit the campaigns of their jurisdiction; a department's staff lead with their own department and edit only what it
 * leads. Every change is written with its history line (with the registries', {@link RegistryHistory}) and its audit row
 * in one transaction; an edit carries the version it read.
 */
@Service
public class Campaigns {

    static final String REGISTRY = "campaign";
    private static final Set<Role> DEPARTMENT_WRITERS = Set.of(Role.INSPECTOR, Role.HANDLER, Role.ENFORCER, Role.LEADER);

    private final CampaignRepository campaigns;
    private final CampaignViews views;
    private final RegistryHistory history;
    private final Territory territory;

    Campaigns(CampaignRepository campaigns, CampaignViews views, RegistryHistory history, Territory territory) {
        this.campaigns = campaigns;
        this.views = views;
        this.history = history;
        this.territory = territory;
    }

    /** The campaign, if its area overlaps the caller's jurisdiction. */
    public Optional<Campaign> find(Scope scope, long id) {
        return campaigns.find(id, scope).map(views::of);
    }

    /** One page of the campaigns the caller sees and the filter selects, in the order {@code sort} names (default: latest start first). */
    public ListResponse<Campaign> list(Scope scope, CampaignFilter filter, String sort, int page, int size) {
        String orderBy = CampaignRepository.ORDER.orderBy(sort);
        return new ListResponse<>(views.of(campaigns.list(scope, filter, orderBy, page * size, size)), campaigns.count(scope, filter));
    }

    /** The campaigns under way on {@code day} that the caller sees (an inspection chooses among them). */
    public List<Campaign> activeOn(Scope scope, LocalDate day) {
        return views.of(campaigns.list(scope, new CampaignFilter(null, null, null, null, true, day), CampaignRepository.ORDER.orderBy(null),
                0, 500));
    }

    /** Checks list parameters, the sector against the catalogue; {@code active} is judged on today's Beijing date. */
    CampaignFilter filter(CampaignQuery query) {
        Set<String> sectors = views.sectorNames().keySet();
        return query.filter(sectors::contains, LocalDate.now(BeijingTime.ZONE));
    }

    public List<RegistryHistory.Entry> history(Scope scope, long id) {
        find(scope, id).orElseThrow(Campaigns::notFound);
        return history.of(REGISTRY, id);
    }

    @Transactional
    public Campaign create(Caller caller, JsonNode body) {
        Scope scope = writerScope(caller);
        NewCampaign c = CampaignForm.read(body, lookups(caller, scope));
        long id = campaigns.insert(c, caller.id(), caller.name());
        Campaign saved = find(scope, id).orElseThrow();
        history.created(REGISTRY, id, caller, CampaignLedger.LEDGER.labels(), CampaignLedger.LEDGER.texts(saved));
        return saved;
    }

    @Transactional
    public Campaign update(Caller caller, long id, int expectedVersion, JsonNode body) {
        Scope scope = writerScope(caller);
        Campaign before = find(scope, id).orElseThrow(Campaigns::notFound);
        if (!editable(caller, before)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", caller.departmentId() != null && scope.covers(before.areaCode())
                    ? "只能修改本部门牵头的专项整治" : "该专项整治由上级发起，只有其辖区的领导和部门可以修改");
        }
        if (before.version() != expectedVersion) {
            throw Versions.stale("专项整治");
        }
        NewCampaign c = CampaignForm.read(body, lookups(caller, scope));
        if (!campaigns.update(id, expectedVersion, c, caller.id(), caller.name())) {
            throw Versions.stale("专项整治");
        }
        Campaign after = find(scope, id).orElseThrow();
        history.updated(REGISTRY, id, caller, CampaignLedger.LEDGER.labels(), CampaignLedger.LEDGER.texts(before),
                CampaignLedger.LEDGER.texts(after), before.version(), after.version());
        return after;
    }

    /** Stores campaigns as they are, without history lines (the demo's); answers their ids in order. */
    @Transactional
    public List<Long> storeAll(List<NewCampaign> all) {
        return all.stream().map(c -> campaigns.insert(c, null, null)).toList();
    }

    /** True if the caller starts and edits campaigns: a leader of an area, or a department's (or a 镇街 office's) staff. */
    public static boolean writer(Caller caller) {
        if (caller.administrator()) {
            return false;
        }
        return caller.departmentId() == null ? caller.has(Role.LEADER) : caller.roles().stream().anyMatch(DEPARTMENT_WRITERS::contains);
    }

    /** True if the caller may edit this campaign: it lies in their jurisdiction and, for department staff, their department leads it. */
    public static boolean editable(Caller caller, Campaign campaign) {
        return writer(caller) && caller.scope().covers(campaign.areaCode())
                && (caller.departmentId() == null || Objects.equals(caller.departmentId(), campaign.leadDepartmentId()));
    }

    static Scope writerScope(Caller caller) {
        if (!writer(caller)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有本辖区的领导和行业部门、镇街办的工作人员可以发起、修改专项整治");
        }
        return caller.scope();
    }

    /** The departments a writer may choose to lead a campaign. */
    List<Department> departments(Caller caller) {
        return writer(caller) ? views.departments(caller.scope()) : List.of();
    }

    private CampaignForm.Lookups lookups(Caller caller, Scope scope) {
        Set<String> sectors = views.sectorNames().keySet();
        Set<Long> departments = views.departments(scope).stream().map(Department::id).collect(Collectors.toSet());
        Map<String, Boolean> reach = new HashMap<>();
        return new CampaignForm.Lookups() {
            @Override
            public boolean areaInReach(String areaCode) {
                return reach.computeIfAbsent(areaCode, code -> territory.find(code, scope).isPresent());
            }

            @Override
            public boolean sectorKnown(String sectorCode) {
                return sectors.contains(sectorCode);
            }

            @Override
            public boolean departmentInReach(long departmentId) {
                return departments.contains(departmentId);
            }

            @Override
            public Long defaultDepartment() {
                return caller.departmentId();
            }
        };
    }

    static Problem notFound() {
        return Problem.notFound("专项整治");
    }
}
