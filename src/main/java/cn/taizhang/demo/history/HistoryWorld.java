package cn.taizhang.demo.history;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.cases.CaseRules;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.ChecklistItem;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.enterprise.Enterprise;
import cn.taizhang.registry.enterprise.EnterpriseFilter;
import cn.taizhang.registry.enterprise.EnterpriseStatus;
import cn.taizhang.registry.enterprise.Enterprises;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Enterprises enterprises;
    private final Checklists checklists;

    HistoryWorld(Territory territory, Organisation organisation, CaseRules rules, WorkingDays calendar, Enterprises enterprises,
            Checklists checklists) {
        this.enterprises = enterprises;
        this.checklists = checklists;
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
                }, inspected());
    }

    /** What inspectors say they saw when an item fails. */
    private static final String[] NOTES = {"现场检查不符合要求", "现场抽查发现问题，已要求限期整改", "台账资料缺失，现场核实未落实",
        "设施设备失效，未及时维护", "制度未执行到位，现场存在隐患"};

    /**
     * Hazards found at the registry's active enterprises: one of the report's sector in its town (else any in the town),
     * failing an item of its sector's current checklist (a 重大隐患 item for a major hazard where the checklist has one),
     * worded as {@code Inspections} words a recorded outing's hazard.
     */
    private Simulator.Inspected inspected() {
        Map<String, List<Enterprise>> bySector = new HashMap<>();
        Map<String, List<Enterprise>> byTown = new HashMap<>();
        EnterpriseFilter active = new EnterpriseFilter(null, null, null, null, null, EnterpriseStatus.ACTIVE, null, null);
        enterprises.each(EVERYWHERE, active, "uscc", e -> {
            if (e.sectors().isEmpty() || e.gridCode() == null) {
                return;
            }
            String town = e.gridCode().substring(0, 9);
            byTown.computeIfAbsent(town, k -> new ArrayList<>()).add(e);
            e.sectors().forEach(s -> bySector.computeIfAbsent(town + "|" + s.code(), k -> new ArrayList<>()).add(e));
        });
        Map<String, Optional<Checklist>> lists = new HashMap<>();
        return (grid, sector, major, random) -> {
            String town = grid.substring(0, 9);
            List<Enterprise> firms = bySector.getOrDefault(town + "|" + sector, byTown.getOrDefault(town, List.of()));
            if (firms.isEmpty()) {
                return Optional.empty();
            }
            Enterprise e = firms.get(random.nextInt(firms.size()));
            String code = e.sectors().stream().map(Enterprise.Named::code).filter(sector::equals).findFirst().orElse(e.sectors().get(0).code());
            Optional<Checklist> list = lists.computeIfAbsent(code, checklists::current);
            if (list.isEmpty() || list.get().items().isEmpty()) {
                return Optional.empty();
            }
            List<ChecklistItem> graded = list.get().items().stream().filter(i -> i.major() == major).toList();
            List<ChecklistItem> items = graded.isEmpty() ? list.get().items() : graded;
            ChecklistItem item = items.get(random.nextInt(items.size()));
            String description = "检查发现：" + e.name() + "，" + item.text() + "（" + item.basis() + "）：" + NOTES[random.nextInt(NOTES.length)];
            return Optional.of(new Simulator.Finding(e.id(), e.gridCode(), code, description, e.address()));
        };
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
