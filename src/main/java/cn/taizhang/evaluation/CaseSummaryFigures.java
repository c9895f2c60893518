package cn.taizhang.evaluation;

import cn.taizhang.cases.Counts;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.CaseSummary;
import cn.taizhang.stats.Rates;
import cn.taizhang.stats.StatsQuery;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link Figures} from the statistics: a summary per 镇街 (there are few), and one breakdown of the caller's
 * area by department and by grid for departments and grid workers (a grid worker answers for their grid).
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
            case DEPARTMENT -> {
                Map<String, CaseSummary> byUnit = breakdown(StatsQuery.By.DEPARTMENT, period, scope);
                organisation.departmentsWithinReach(scope).stream().filter(d -> d.kind().equals("department")).forEach(d -> {
                    String key = Long.toString(d.id());
                    units.add(unit(key, d.name(), key, byUnit.get(key)));
                });
            }
            case GRID_WORKER -> {
                Map<String, CaseSummary> byGrid = breakdown(StatsQuery.By.GRID, period, scope);
                for (StaffMember w : gridWorkers(scope)) {
                    CaseSummary grid = byGrid.get(w.jurisdictionCode());
                    String gridName = grid == null ? w.jurisdictionCode() : grid.name();
                    units.add(unit(w.username(), w.name() + "（" + gridName + "）", w.jurisdictionCode(), grid));
                }
            }
        }
        return units;
    }

    private Unit unit(String key, String name, String area, Period period, Scope scope) {
        return unit(key, name, area, summaries.summary(StatsQuery.of(area, period.from(), period.to()), scope));
    }

    /** A unit without a group in a breakdown had no case in the period. */
    private static Unit unit(String key, String name, String subject, CaseSummary s) {
        Counts counts = s == null ? Counts.ZERO : s.counts();
        return new Unit(key, name, subject, counts, Rates.of(counts));
    }

    private Map<String, CaseSummary> breakdown(StatsQuery.By by, Period period, Scope scope) {
        return summaries.breakdown(StatsQuery.of(scope.areaPrefix(), period.from(), period.to()), by, scope);
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
