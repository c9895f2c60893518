package cn.taizhang.stats;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseGrouping;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.cases.Counts;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Overlay;
import cn.taizhang.territory.Territory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The public Java entry point of stats: the figures of {@code GET /api/v1/stats/summary} and
 * {@code /breakdown}, computed by the same code, so that a briefing or a ranking can never disagree with
 * the statistics page.
 */
@Service
public class CaseSummaries {

    private final CaseCounting counting;
    private final Territory territory;
    private final Organisation organisation;
    private final Whose whose;

    CaseSummaries(CaseCounting counting, Territory territory, Organisation organisation, Whose whose) {
        this.whose = whose;
        this.counting = counting;
        this.territory = territory;
        this.organisation = organisation;
    }

    /**
     * The query the request parameters as given ask for (blank or null: the caller's jurisdiction, this year to today,
     * every type and source), every field checked: bad parameters throw a 400 {@link Problem} naming each field; an
     * area outside {@code scope} (or missing) throws 404. The web edge's one parse.
     */
    public StatsQuery query(String area, String from, String to, StatsQuery.Narrowing narrowing, Scope scope) {
        StatsQuery q = StatsQuery.parse(area, from, to, narrowing, scope, counting, organisation);
        area(q, scope);
        return q;
    }

    /** The figures of a query: {@code GET /api/v1/stats/summary}'s. An area outside {@code scope} (or missing) throws 404. */
    public CaseSummary summary(StatsQuery q, Scope scope) {
        Area found = area(q, scope);
        return summary(q, found.code(), whose.figures(found.name(), scope), counting.count(q.selection(), scope));
    }

    /**
     * The figures per group, as {@code GET /api/v1/stats/breakdown?by=} answers them, in the order of the answer: key →
     * summary. For {@code CHILD} and {@code GRID} every child area (or grid) inside the scope is there, zeros included, in
     * code order, and the summary's {@code area} and {@code name} are that area's; for the other groupings only groups
     * with cases are there, in key order, {@code area} is the area asked for and {@code name} names the group (the
     * type's, sector's, department's or source's name, or the month {@code yyyy-MM}; {@code none} for cases without a
     * sector or unit). {@code CHILD} on a grid is a 400.
     */
    public Map<String, CaseSummary> breakdown(StatsQuery q, StatsQuery.By by, Scope scope) {
        area(q, scope);
        return groups(q, by, scope);
    }

    /**
     * The summary of an overlay (片区: a development zone, a resettlement area): the cases in those of its
     * members inside the scope, an area inside another member counted once; the summary's {@code area} and
     * {@code name} are the overlay's. An overlay with no member in the scope is not found (404).
     */
    CaseSummary overlaySummary(String overlay, String from, String to, String type, String source, String sector,
            String department, Scope scope) {
        Overlay found = territory.overlay(overlay.strip(), scope).filter(o -> !o.members().isEmpty())
                .orElseThrow(() -> Problem.notFound("片区 " + overlay.strip() + " "));
        List<String> members = found.members().stream().map(Area::code).toList();
        StatsQuery p = StatsQuery.parse(enclosingArea(members), from, to, new StatsQuery.Narrowing(type, source, sector, department),
                scope, counting, organisation);
        return summary(p, found.code(), whose.figures(found.name(), scope), counting.countIn(p.selection(), members, scope));
    }

    /** The smallest area holding all the codes: their common prefix, cut to the length of a level's code. */
    static String enclosingArea(List<String> codes) {
        String prefix = codes.get(0);
        for (String code : codes) {
            while (!code.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        int length = prefix.length() >= 15 ? 15 : prefix.length() >= 12 ? 12 : prefix.length() >= 9 ? 9 : 6;
        return prefix.substring(0, Math.min(length, prefix.length()));
    }

    /** The query's area; 404 outside {@code scope} or missing. */
    public Area area(StatsQuery p, Scope scope) {
        return territory.find(p.area(), scope).orElseThrow(() -> Problem.notFound("区划 " + p.area() + " "));
    }

    private Map<String, CaseSummary> groups(StatsQuery p, StatsQuery.By by, Scope scope) {
        CaseSelection selection = p.selection();
        Map<String, String> names = switch (by) {
            case CHILD -> children(p.area(), scope);
            case GRID -> territory.gridNames(p.area(), scope);
            case TYPE -> counting.typeNames();
            case SECTOR -> organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name));
            case SOURCE -> Arrays.stream(CaseSource.values()).collect(Collectors.toMap(CaseSource::code, CaseSource::label));
            case DEPARTMENT, MONTH -> Map.of();
        };
        Map<String, CaseSummary> out = new LinkedHashMap<>();
        if (by == StatsQuery.By.CHILD || by == StatsQuery.By.GRID) {
            counting.byArea(selection, names.keySet(), scope)
                    .forEach((code, counts) -> out.put(code, summary(p, code, names.get(code), counts)));
            return out;
        }
        boolean byType = by == StatsQuery.By.TYPE;
        counting.breakdown(selection, CaseGrouping.valueOf(by.name()), scope).forEach((key, counts) -> {
            String name = groupName(by, key, names);
            out.put(key, new CaseSummary(p.area(), name, p.from(), p.to(), byType ? key : p.type(), byType ? name : typeName(p),
                    counts, Rates.of(counts)));
        });
        return out;
    }

    private String groupName(StatsQuery.By by, String key, Map<String, String> names) {
        if (key.equals(CaseGrouping.NONE)) {
            return by == StatsQuery.By.SECTOR ? "未指定行业领域" : "尚未派遣";
        }
        return by == StatsQuery.By.DEPARTMENT
                ? organisation.department(Long.parseLong(key)).map(Department::name).orElse(key)
                : names.getOrDefault(key, key);
    }

    private Map<String, String> children(String area, Scope scope) {
        if (area.length() == 15) {
            throw Problem.invalid(List.of(new FieldProblem("by", "NO_CHILD_AREAS", "by：网格没有下级区划，不能按下级区划分组")));
        }
        Map<String, String> names = new LinkedHashMap<>();
        territory.children(area, scope, 0, Territory.MAX_PAGE_SIZE).items().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    private CaseSummary summary(StatsQuery p, String code, String name, Counts counts) {
        return new CaseSummary(code, name, p.from(), p.to(), p.type(), typeName(p), counts, Rates.of(counts));
    }

    private String typeName(StatsQuery p) {
        return p.type() == null ? null : counting.typeNames().get(p.type());
    }
}
