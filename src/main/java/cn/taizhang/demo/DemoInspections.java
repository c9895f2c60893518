package cn.taizhang.demo;

import cn.taizhang.cases.bulk.CaseBulkWriter;
import cn.taizhang.inspection.InspectionHistory;
import cn.taizhang.inspection.campaign.CampaignFilter;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.EnterpriseFilter;
import cn.taizhang.registry.enterprise.Enterprises;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo year's inspections: the outings behind the hazards its simulated history found on inspections
 * ({@link KailiInspections}), so that the year's 组次, 人次 and 家次 stand beside its hazards and their 整改率.
 */
@Component
class DemoInspections {

    private static final Scope EVERYWHERE = Scope.area("");

    private final CaseBulkWriter cases;
    private final InspectionHistory history;
    private final Organisation organisation;
    private final Enterprises enterprises;
    private final Checklists checklists;
    private final Campaigns campaigns;

    DemoInspections(CaseBulkWriter cases, InspectionHistory history, Organisation organisation, Enterprises enterprises,
            Checklists checklists, Campaigns campaigns) {
        this.cases = cases;
        this.history = history;
        this.organisation = organisation;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.campaigns = campaigns;
    }

    /** Writes the outings; answers how many. */
    int load() {
        Map<Long, String> units = organisation.departmentsWithinReach(EVERYWHERE).stream().collect(Collectors.toMap(Department::id, Department::name));
        List<KailiInspections.Inspector> inspectors = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<StaffMember> staff = organisation.staff(EVERYWHERE, new StaffFilter(null, Role.INSPECTOR, null, null), page, 500).items();
            staff.stream().filter(StaffMember::enabled).forEach(s -> inspectors.add(new KailiInspections.Inspector(s.id(), s.departmentId(),
                    s.departmentId() == null ? "凯里市" : units.getOrDefault(s.departmentId(), "凯里市"), s.jurisdictionCode())));
            if (staff.size() < 500) {
                break;
            }
        }
        List<KailiInspections.Firm> firms = new ArrayList<>();
        enterprises.each(EVERYWHERE, EnterpriseFilter.ALL, "uscc", e -> {
            if (e.gridCode() != null) {
                firms.add(new KailiInspections.Firm(e.id(), e.name(), e.gridCode(), e.sectors().stream().map(Enterprise.Named::code).toList()));
            }
        });
        Map<String, Checklist> lists = checklists.currentOf(null).stream().collect(Collectors.toMap(Checklist::code, Function.identity()));
        List<InspectionHistory.PastOuting> outings = KailiInspections.year(cases.simulatedAboutEnterprises("inspection"), inspectors, firms, lists,
                campaigns.list(EVERYWHERE, CampaignFilter.all(), null, 0, 100).items());
        history.storeAll(outings);
        return outings.size();
    }
}
