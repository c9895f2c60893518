package cn.taizhang.cases;

import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.tally.RawCounts;
import cn.taizhang.cases.tally.TallyCompactor;
import cn.taizhang.cases.tally.TallyQueries;
import cn.taizhang.platform.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The cases module's counting API: the {@link Counts} of a {@link CaseSelection}, live and exact, within
 * the caller's scope (a department's staff count only the cases with their unit). Fast at any history
 * size: read from tallies kept by the database in the same transaction as every change of a case.
 */
@Service
public class CaseCounting {

    private final TallyQueries tallies;
    private final TallyCompactor compactor;
    private final RawCounts raw;
    private final CaseTypes types;

    CaseCounting(TallyQueries tallies, TallyCompactor compactor, RawCounts raw, CaseTypes types) {
        this.tallies = tallies;
        this.compactor = compactor;
        this.raw = raw;
        this.types = types;
    }

    /** The counts of the selected cases; the selection's area must lie inside the scope. */
    public Counts count(CaseSelection selection, Scope scope) {
        return tallies.byArea(selection, List.of(selection.area()), scope).get(selection.area());
    }

    /**
     * The counts of each of {@code areas}, in their order, zeros included: area codes all of one level,
     * inside the selection's area and the scope (e.g. an area's children, or its grids).
     */
    public Map<String, Counts> byArea(CaseSelection selection, Collection<String> areas, Scope scope) {
        return areas.isEmpty() ? Map.of() : tallies.byArea(selection, areas, scope);
    }

    /**
     * The counts of the selected cases inside any of {@code areas}: codes of any levels inside the
     * selection's area and the scope, such as the members of an overlay (片区). An area inside another of
     * them counts once.
     */
    public Counts countIn(CaseSelection selection, Collection<String> areas, Scope scope) {
        List<String> outermost = new ArrayList<>();
        for (String code : new TreeSet<>(areas)) { // an area sorts right before the areas inside it
            if (outermost.isEmpty() || !code.startsWith(outermost.get(outermost.size() - 1))) {
                outermost.add(code);
            }
        }
        Map<Integer, List<String>> byLevel = outermost.stream().collect(Collectors.groupingBy(String::length));
        Counts total = Counts.ZERO;
        for (List<String> level : byLevel.values()) {
            total = tallies.byArea(selection, level, scope).values().stream().reduce(total, Counts::plus);
        }
        return total;
    }

    /** The counts per group (see {@link CaseGrouping} for the keys), only groups with cases, in key order. */
    public Map<String, Counts> breakdown(CaseSelection selection, CaseGrouping grouping, Scope scope) {
        return tallies.breakdown(selection, grouping, scope);
    }

    /**
     * Folds every pending delta into the tallies now, waiting for a compaction running elsewhere; for
     * bulk loaders after millions of inserts (queries are exact either way, only faster). Answers how
     * many delta rows were folded.
     */
    public long compactNow() {
        return compactor.compactNow();
    }

    /**
     * The same counts recomputed from the case rows themselves (COUNT FILTER, no tallies): the baseline for checks and
     * benchmarks, slow for a large area or period.
     */
    public Counts countFromRows(CaseSelection selection, Scope scope) {
        return raw.count(selection, scope);
    }

    /** Reads the total rows of the tallies into the database's buffers, as the application does after start-up; answers how many. */
    public long warmUp() {
        return tallies.warmUp();
    }

    /** The case types in catalogue order; a type added or edited shows at once on this instance. */
    public List<CaseKind> kinds() {
        return types.all().stream().map(t -> new CaseKind(t.code(), t.name(), t.category())).toList();
    }

    /** The names of the case types by code, in catalogue order. */
    public Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        types.all().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
