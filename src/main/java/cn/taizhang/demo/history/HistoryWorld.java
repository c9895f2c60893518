package cn.taizhang.demo.history;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.CaseRules;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The territory, staff, units and case rules a simulated history is played in, as the modules hold them now. */
@Component
class HistoryWorld {

    private static final Scope EVERYWHERE = Scope.area("");

    private final Territory territory;
    private final Organisation organisation;
    private final CaseRules rules;
    private final WorkingDays calendar;

    HistoryWorld(Territory territory, Organisation organisation, CaseRules rules, WorkingDays calendar) {
        this.territory = territory;
        this.organisation = organisation;
        this.rules = rules;
        this.calendar = calendar;
    }

    World of(CaseHistory.Plan plan) {
        Map<String, Long> suggestions = new HashMap<>();
        return new World(calendar, plan.firstDay(), plan.lastDay(), plan.now(), plan.seed(), spots(plan.area()), rules.types(),
                organisation.sectors().stream().map(Sector::code).collect(Collectors.toSet()), staff(),
                organisation.departmentsWithinReach(EVERYWHERE).stream()
                        .map(d -> new Unit(d.id(), d.code(), d.kind().equals("office"), d.areaCode())).toList(),
                (type, sector, grid) -> {
                    long id = suggestions.computeIfAbsent(type + "|" + sector + "|" + grid, k -> {
                        Long suggested = rules.suggestedUnit(type, sector, grid);
                        return suggested == null ? -1L : suggested;
                    });
                    return id >= 0 ? id : null;
                });
    }

    /** The grids inside the area in code order, with the names of their town and village. */
    private List<Spot> spots(String area) {
        List<Area> grids = all((page, size) -> territory.search("", Scope.area(area), page, size).items()).stream()
                .filter(a -> a.level() == AreaLevel.GRID).sorted(Comparator.comparing(Area::code)).toList();
        Set<String> parents = grids.stream().flatMap(g -> Stream.of(g.code().substring(0, 9), g.code().substring(0, 12)))
                .collect(Collectors.toSet());
        Map<String, String> names = territory.names(parents, EVERYWHERE);
        return grids.stream().map(g -> new Spot(g.code(), names.getOrDefault(g.code().substring(0, 9), ""),
                names.getOrDefault(g.code().substring(0, 12), ""), g.lat(), g.lng())).toList();
    }

    private List<Person> staff() {
        return all((page, size) -> organisation.staff(EVERYWHERE, StaffFilter.none(), page, size).items()).stream()
                .filter(StaffMember::enabled)
                .map(m -> new Person(m.id(), Set.copyOf(m.roles()), m.jurisdictionCode(), m.departmentId()))
                .toList();
    }

    private static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<T> items = page.apply(p, Territory.MAX_PAGE_SIZE);
            all.addAll(items);
            if (items.size() < Territory.MAX_PAGE_SIZE) {
                return all;
            }
        }
    }
}
