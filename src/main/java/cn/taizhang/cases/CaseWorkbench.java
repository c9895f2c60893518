package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.cases.supervision.Supervisions;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's 工作台: a big button per piece of a person's work with how many cases wait there — the grid worker's
 * 上报, 待核查 and 我上报的; the dispatcher's queues; the handler's; and the leader's to-do (延期待批, 挂牌督办, 超期,
 * and the units holding overdue cases). Loaded into the home page as a fragment, so the territory module that owns the
 * home page knows nothing of cases.
 */
@Controller
class CaseWorkbench {

    /** One button: where it leads, how many wait there (null: a form, not a queue), and whether that number is bad news. */
    record Tile(String key, String label, String href, Long count, boolean alarm) {
    }

    record UnitOverdue(long unitId, String name, long count) {
    }

    private static final int UNITS_SHOWN = 8;

    private final CaseQueries queries;
    private final Supervisions supervisions;
    private final Units units;

    CaseWorkbench(CaseQueries queries, Supervisions supervisions, Units units) {
        this.queries = queries;
        this.supervisions = supervisions;
        this.units = units;
    }

    @GetMapping("/cases/workbench")
    String workbench(@AuthenticationPrincipal Caller me, Model model) {
        Visibility v = Actor.of(me).visibility();
        Map<String, Tile> tiles = new LinkedHashMap<>();
        if (me.has(Role.GRID_WORKER) || me.has(Role.DISPATCHER)) {
            tiles.put("report", new Tile("report", "上报事件", "/cases/new", null, false));
        }
        if (me.has(Role.GRID_WORKER)) {
            queue(tiles, v, CaseQueue.TO_VERIFY, false);
            queue(tiles, v, CaseQueue.MINE, false);
        }
        if (me.has(Role.DISPATCHER)) {
            queue(tiles, v, CaseQueue.TO_REGISTER, false);
            queue(tiles, v, CaseQueue.TO_DISPATCH, false);
            queue(tiles, v, CaseQueue.RETURNED, true);
            queue(tiles, v, CaseQueue.TO_VERIFY, false);
        }
        if (me.has(Role.HANDLER)) {
            queue(tiles, v, CaseQueue.IN_PROGRESS, false);
            queue(tiles, v, CaseQueue.NEAR_DEADLINE, true);
        }
        if (me.has(Role.LEADER)) {
            queue(tiles, v, CaseQueue.EXTENSION_PENDING, true);
            long supervised = supervisions.count(v, null, true);
            tiles.put("supervisions", new Tile("supervisions", "挂牌督办", "/supervisions", supervised, supervised > 0));
        }
        if (me.has(Role.LEADER) || me.has(Role.DISPATCHER) || me.has(Role.HANDLER)) {
            queue(tiles, v, CaseQueue.OVERDUE, true);
        }
        model.addAttribute("tiles", tiles.values());
        model.addAttribute("overdueUnits", me.has(Role.LEADER) ? overdueByUnit(v) : List.of());
        return "cases/workbench :: workbench";
    }

    private void queue(Map<String, Tile> tiles, Visibility v, CaseQueue q, boolean alarm) {
        if (!tiles.containsKey(q.key())) {
            long n = queries.count(v, q.narrow(CaseFilter.NONE));
            tiles.put(q.key(), new Tile(q.key(), q.label(), "/cases?queue=" + q.key(), n, alarm && n > 0));
        }
    }

    private List<UnitOverdue> overdueByUnit(Visibility v) {
        List<UnitOverdue> shown = new ArrayList<>();
        for (CaseQueries.UnitCount u : queries.overdueByUnit(v, UNITS_SHOWN)) {
            shown.add(new UnitOverdue(u.unitId(), units.find(u.unitId()).map(Department::name).orElse("单位 " + u.unitId()), u.count()));
        }
        return shown;
    }
}
