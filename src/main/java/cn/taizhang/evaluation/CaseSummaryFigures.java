package cn.taizhang.evaluation;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link Figures} from one statistics summary per unit: per 镇街 (its area), per department (the caller's area,
 * narrowed to the department as a department user's scope is) and per grid worker (their grid). Interim: one
 * query per unit; a grouped breakdown of the statistics will answer a whole kind in one.
 */
@Component
class CaseSummaryFigures implements Figures {

    private static final int GRID_CODE_LENGTH = 15;

    private final CaseSummaries summaries;
    private final Territory territory;
    private final Organisation organisation;

    CaseSummaryFigures(CaseSummaries summaries, Territory territory, Organisation organisation) {
        this.summaries = summaries;
        this.territory = territory;
        this.organisation = organisation;
    }

    @Override
    public List<Unit> of(ObjectKind kind, Period period, Scope scope) {
        List<Unit> units = new ArrayList<>();
        switch (kind) {
            case TOWN -> Towns.within(territory, scope).forEach(t -> units.add(unit(t.code(), t.name(), t.code(), period, scope)));
            case DEPARTMENT -> organisation.departmentsWithinReach(scope).stream().filter(d -> d.kind().equals("department"))
                    .forEach(d -> units.add(unit(Long.toString(d.id()), d.name(), scope.areaPrefix(), period, new Scope(scope.areaPrefix(), d.id()))));
            case GRID_WORKER -> {
                List<StaffMember> workers = gridWorkers(scope);
                Map<String, String> grids = territory.names(workers.stream().map(StaffMember::jurisdictionCode).toList(), scope);
                for (StaffMember w : workers) {
                    String grid = w.jurisdictionCode();
                    units.add(unit(w.username(), w.name() + "（" + grids.getOrDefault(grid, grid) + "）", grid, period, scope));
                }
            }
        }
        return units;
    }

    private Unit unit(String key, String name, String area, Period period, Scope scope) {
        CaseSummary s = summaries.summary(area, period.from().toString(), period.to().toString(), null, null, scope);
        return new Unit(key, name, s.counts(), s.rates());
    }

    private List<StaffMember> gridWorkers(Scope scope) {
        StaffFilter filter = new StaffFilter(null, Role.GRID_WORKER, null, null);
        List<StaffMember> workers = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<StaffMember> items = organisation.staff(scope, filter, page, Territory.MAX_PAGE_SIZE).items();
            items.stream().filter(w -> w.jurisdictionCode().length() == GRID_CODE_LENGTH).forEach(workers::add);
            if (items.size() < Territory.MAX_PAGE_SIZE) {
                return workers;
            }
        }
    }
}
