package cn.taizhang.inspection;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.Actor;
import cn.taizhang.cases.Reinspections;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.Enterprises;
import cn.taizhang.registry.place.Place;
import cn.taizhang.registry.place.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks an outing against what it names: the campaign within reach, every inspector an enabled 检查人员 and the
 * recorder among them, every enterprise or place within the recorder's reach (else 404), every checklist known and
 * every answered item in its current version, every re-inspected case a handled hazard about the visit's enterprise or place.
 */
@Component
class InspectionLookups {

    /** What a visit visited, as its hazards' cases need it. */
    record Target(String kind, long id, String name, String gridCode, String address) {
    }

    /** The targets and the checklist versions of the visits, in order. */
    record Checked(List<Target> targets, List<Checklist> checklists) {
    }

    private final Campaigns campaigns;
    private final Checklists checklists;
    private final Organisation organisation;
    private final Enterprises enterprises;
    private final Places places;
    private final Reinspections reinspections;

    InspectionLookups(Campaigns campaigns, Checklists checklists, Organisation organisation, Enterprises enterprises, Places places,
            Reinspections reinspections) {
        this.reinspections = reinspections;
        this.campaigns = campaigns;
        this.checklists = checklists;
        this.organisation = organisation;
        this.enterprises = enterprises;
        this.places = places;
    }

    Checked check(Caller caller, NewInspection outing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outing.campaignId() != null && campaigns.find(caller.scope(), outing.campaignId()).isEmpty()) {
            problems.add(new FieldProblem("campaignId", "UNKNOWN_CAMPAIGN", "campaignId：专项整治 " + outing.campaignId() + " 不存在或不在您的辖区内"));
        }
        for (int i = 0; i < outing.inspectorIds().size(); i++) {
            long id = outing.inspectorIds().get(i);
            Optional<StaffMember> member = organisation.staffMember(Scope.area(""), id);
            if (member.isEmpty() || !member.get().enabled() || !member.get().roles().contains(Role.INSPECTOR)) {
                problems.add(new FieldProblem("inspectorIds[" + i + "]", "NOT_AN_INSPECTOR", "inspectorIds[" + i + "]：人员 " + id + " 不是检查人员"));
            }
        }
        if (!outing.inspectorIds().contains(caller.id())) {
            problems.add(new FieldProblem("inspectorIds", "RECORDER_NOT_IN_GROUP", "inspectorIds：登记人须是检查组的成员"));
        }
        List<Target> targets = new ArrayList<>();
        List<Checklist> lists = new ArrayList<>();
        for (int i = 0; i < outing.visits().size(); i++) {
            NewInspection.NewVisit visit = outing.visits().get(i);
            String at = "visits[" + i + "]";
            Target target = target(caller.scope(), visit.enterpriseId(), visit.placeId(), at + ".");
            targets.add(target);
            for (int k = 0; k < visit.rechecks().size(); k++) {
                String field = at + ".rechecks[" + k + "].caseId";
                reinspections.refusal(Actor.of(caller), visit.rechecks().get(k).caseId(), target.kind(), target.id())
                        .ifPresent(r -> problems.add(new FieldProblem(field, r.code(), field + "：" + r.detail())));
            }
            Checklist checklist = checklists.current(visit.checklist()).orElse(null);
            lists.add(checklist);
            if (checklist == null) {
                problems.add(new FieldProblem(at + ".checklist", "UNKNOWN_CHECKLIST", at + ".checklist：检查表 " + visit.checklist() + " 不存在"));
                continue;
            }
            for (int k = 0; k < visit.answers().size(); k++) {
                String item = visit.answers().get(k).item();
                if (checklist.item(item).isEmpty()) {
                    problems.add(new FieldProblem(at + ".answers[" + k + "].item", "UNKNOWN_ITEM", at + ".answers[" + k + "].item：检查表“"
                            + checklist.name() + "”第 " + checklist.version() + " 版没有检查项 " + item));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Checked(targets, lists);
    }

    /** The enterprise or place (exactly one id given) within the caller's reach; 404 naming the field ({@code at} its prefix) otherwise. */
    Target target(Scope scope, Long enterpriseId, Long placeId, String at) {
        if (enterpriseId != null) {
            Enterprise e = enterprises.find(scope, enterpriseId).orElseThrow(() -> notFound(at + "enterpriseId", "企业", enterpriseId));
            return new Target("enterprise", e.id(), e.name(), e.gridCode(), e.address());
        }
        Place p = places.find(scope, placeId).orElseThrow(() -> notFound(at + "placeId", "场所", placeId));
        return new Target("place", p.id(), p.name(), p.gridCode(), p.address());
    }

    private static Problem notFound(String field, String what, long id) {
        String detail = field + "：" + what + " " + id + " 不存在或不在您的辖区内";
        return new Problem(Problem.Kind.NOT_FOUND, "NOT_FOUND", detail, List.of(new FieldProblem(field, "NOT_FOUND", detail)));
    }
}
