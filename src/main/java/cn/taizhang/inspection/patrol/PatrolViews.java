package cn.taizhang.inspection.patrol;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.territory.Territory;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Assembles rounds as the API answers them, with the names of their staff and grids. */
@Component
class PatrolViews {

    private final PatrolRepository patrols;
    private final Organisation organisation;
    private final Territory territory;

    PatrolViews(PatrolRepository patrols, Organisation organisation, Territory territory) {
        this.patrols = patrols;
        this.organisation = organisation;
        this.territory = territory;
    }

    Patrol of(PatrolRepository.Row row) {
        List<Patrol.Named> staff = patrols.staff(row.id()).stream().map(this::person).toList();
        List<Patrol.Named> volunteers = patrols.volunteers(row.id()).stream().map(PatrolViews::named).toList();
        List<Patrol.Named> places = patrols.places(row.id()).stream().map(PatrolViews::named).toList();
        List<Patrol.Finding> findings = patrols.findings(row.id()).stream()
                .map(f -> new Patrol.Finding(f.description(), f.placeId(), f.caseId())).toList();
        String gridName = territory.gridName(row.gridCode(), Scope.area("")).orElse(row.gridCode());
        return new Patrol(row.id(), row.day(), row.kind(), PatrolKind.labelOf(row.kind()), row.gridCode(), gridName, staff, volunteers, places,
                row.route(), row.seen(), findings, person(row.recordedBy()), staff.size() + volunteers.size());
    }

    ListResponse<PatrolSummary> list(Scope scope, PatrolFilter filter, int page, int size) {
        List<PatrolRepository.SummaryRow> rows = patrols.list(scope, filter, page * size, size);
        Map<String, String> grids = territory.names(rows.stream().map(PatrolRepository.SummaryRow::gridCode).distinct().toList(), Scope.area(""));
        return new ListResponse<>(rows.stream().map(r -> new PatrolSummary(r.id(), r.day(), r.kind(), PatrolKind.labelOf(r.kind()), r.gridCode(),
                grids.getOrDefault(r.gridCode(), r.gridCode()), r.people(), r.places(), r.findings(), r.seen())).toList(),
                patrols.count(scope, filter));
    }

    private Patrol.Named person(long staffId) {
        return new Patrol.Named(staffId, organisation.staffMember(Scope.area(""), staffId).map(StaffMember::name).orElse("#" + staffId));
    }

    private static Patrol.Named named(PatrolRepository.Named n) {
        return new Patrol.Named(n.id(), n.name());
    }
}
