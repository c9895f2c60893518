package cn.taizhang.stats;

import cn.taizhang.cases.CaseCounting;
import cn.taizhang.cases.CaseGrouping;
import cn.taizhang.cases.CaseSelection;
import cn.taizhang.cases.CaseSource;
import cn.taizhang.cases.Counts;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.FieldProblem;
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

    CaseSummaries(CaseCounting counting, Territory territory, Organisation organisation) {
        this.counting = counting;
        this.territory = territory;
        this.organisation = organisation;
    }

    /**
     * The summary for the request parameters as given (blank or null: the caller's jurisdiction, this year to
     * today, every type and source). Bad parameters throw a 400 {@link ApiProblem} naming each field; an area
     * outside {@code scope} (or missing) throws 404.
     */
    public CaseSummary summary(String area, String from, String to, String type, String source, Scope scope) {
        return summary(area, from, to, new StatsParams.Narrowing(type, source, null, null), scope);
    }

    /** As {@link #summary(String, String, String, String, String, Scope)}, with every narrowing. */
    CaseSummary summary(String area, String from, String to, StatsParams.Narrowing narrowing, Scope scope) {
        StatsParams p = StatsParams.parse(area, from, to, narrowing, scope, counting, organisation);
        Area found = area(p, scope);
        return summary(p, found.code(), found.name(), counting.count(p.selection(), scope));
    }

    /**
     * The figures per group, as {@code GET /api/v1/stats/breakdown?by=} answers them ({@code by}: child, grid,
     * type, sector, department, source, month), in the order of the answer: key → summary. For {@code child}
     * and {@code grid} every child area (or grid) inside the scope is there, zeros included, in code order, and
     * the summary's {@code area} and {@code name} are that area's; for the other groupings only groups with
     * cases are there, in key order, {@code area} is the area asked for and {@code name} names the group (the
     * type's, sector's, department's or source's name, or the month {@code yyyy-MM}; {@code none} for cases
     * without a sector or unit). Same defaults, 400s and 404s as {@link #summary}; {@code by=child} on a grid
     * is a 400.
     */
    public Map<String, CaseSummary> breakdown(String area, String by, String from, String to, Scope scope) {
        return breakdown(params(area, from, to, StatsParams.Narrowing.NONE, scope), StatsParams.by(by), scope);
    }

    /**
     * The summary of an overlay (片区: a development zone, a resettlement area): the cases in those of its
     * members inside the scope, an area inside another member counted once; the summary's {@code area} and
     * {@code name} are the overlay's. An overlay with no member in the scope is not found (404).
     */
    public CaseSummary overlaySummary(String overlay, String from, String to, String type, String source, String sector,
            String department, Scope scope) {
        Overlay found = territory.overlay(overlay.strip(), scope).filter(o -> !o.members().isEmpty())
                .orElseThrow(() -> ApiProblem.notFound("片区 " + overlay.strip() + " "));
        List<String> members = found.members().stream().map(Area::code).toList();
        StatsParams p = StatsParams.parse(enclosingArea(members), from, to, new StatsParams.Narrowing(type, source, sector, department),
                scope, counting, organisation);
        return summary(p, found.code(), found.name(), counting.countIn(p.selection(), members, scope));
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

    StatsParams params(String area, String from, String to, StatsParams.Narrowing narrowing, Scope scope) {
        StatsParams p = StatsParams.parse(area, from, to, narrowing, scope, counting, organisation);
        area(p, scope);
        return p;
    }

    private Area area(StatsParams p, Scope scope) {
        return territory.find(p.area(), scope).orElseThrow(() -> ApiProblem.notFound("区划 " + p.area() + " "));
    }

    Map<String, CaseSummary> breakdown(StatsParams p, StatsParams.By by, Scope scope) {
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
        if (by == StatsParams.By.CHILD || by == StatsParams.By.GRID) {
            counting.byArea(selection, names.keySet(), scope)
                    .forEach((code, counts) -> out.put(code, summary(p, code, names.get(code), counts)));
            return out;
        }
        boolean byType = by == StatsParams.By.TYPE;
        counting.breakdown(selection, CaseGrouping.valueOf(by.name()), scope).forEach((key, counts) -> {
            String name = groupName(by, key, names);
            out.put(key, new CaseSummary(p.area(), name, p.from(), p.to(), byType ? key : p.type(), byType ? name : typeName(p),
                    counts, Rates.of(counts)));
        });
        return out;
    }

    private String groupName(StatsParams.By by, String key, Map<String, String> names) {
        if (key.equals(CaseGrouping.NONE)) {
            return by == StatsParams.By.SECTOR ? "未指定行业领域" : "尚未派遣";
        }
        return by == StatsParams.By.DEPARTMENT
                ? organisation.department(Long.parseLong(key)).map(Department::name).orElse(key)
                : names.getOrDefault(key, key);
    }

    private Map<String, String> children(String area, Scope scope) {
        if (area.length() == 15) {
            throw ApiProblem.invalid(List.of(new FieldProblem("by", "NO_CHILD_AREAS", "by：网格没有下级区划，不能按下级区划分组")));
        }
        Map<String, String> names = new LinkedHashMap<>();
        territory.children(area, scope, 0, Territory.MAX_PAGE_SIZE).items().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    private CaseSummary summary(StatsParams p, String code, String name, Counts counts) {
        return new CaseSummary(code, name, p.from(), p.to(), p.type(), typeName(p), counts, Rates.of(counts));
    }

    private String typeName(StatsParams p) {
        return p.type() == null ? null : counting.typeNames().get(p.type());
    }
}
