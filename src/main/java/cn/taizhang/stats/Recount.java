package cn.taizhang.stats;

import static cn.taizhang.platform.BeijingTime.ZONE;

import cn.taizhang.cases.CaseEvents;
import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Territory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;

/**
 * Recomputes every count of every area from the case events alone ({@link CaseFacts}) and compares it with
 * what the statistics serve ({@link CaseSummaries}, the path of {@code GET /api/v1/stats/summary}). "Overdue
 * now" is judged when the replay starts; a recount running across midnight may see a deadline pass between.
 */
@Service
class Recount {

    /** A count on which the two disagree. */
    record Difference(String area, String name, String count, long recounted, long served) {
    }

    /** The period, what was compared, the differences, and the time spent replaying events and asking the statistics. */
    record Result(LocalDate from, LocalDate to, int areas, long cases, List<Difference> differences, Duration replay, Duration served) {
    }

    static final Map<String, ToLongFunction<Counts>> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("reported", Counts::reported);
        COUNTS.put("registered", Counts::registered);
        COUNTS.put("rejected", Counts::rejected);
        COUNTS.put("dispatched", Counts::dispatched);
        COUNTS.put("returned", Counts::returned);
        COUNTS.put("handled", Counts::handled);
        COUNTS.put("closed", Counts::closed);
        COUNTS.put("closedOnTime", Counts::closedOnTime);
        COUNTS.put("open", Counts::open);
        COUNTS.put("overdue", Counts::overdue);
        COUNTS.put("reworked", Counts::reworked);
        COUNTS.put("extended", Counts::extended);
        COUNTS.put("deferred", Counts::deferred);
        COUNTS.put("supervised", Counts::supervised);
    }

    private static final Scope EVERYWHERE = Scope.area("");
    private static final int[] LEVELS = {6, 9, 12, 15};

    private final CaseEvents events;
    private final CaseSummaries summaries;
    private final Territory territory;

    Recount(CaseEvents events, CaseSummaries summaries, Territory territory) {
        this.events = events;
        this.summaries = summaries;
        this.territory = territory;
    }

    /** The area and every area below it, for the cases reported from {@code from} to {@code to} (inclusive; null: all history, today). */
    Result run(String area, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(ZONE);
        LocalDate first = from != null ? from
                : events.firstReport().map(t -> t.atZoneSameInstant(ZONE).toLocalDate()).filter(d -> d.isBefore(last)).orElse(last);
        OffsetDateTime now = OffsetDateTime.now();
        long started = System.nanoTime();
        Map<String, Counts> recounted = new HashMap<>();
        long[] cases = {0};
        events.forEach(area, first.atStartOfDay(ZONE).toOffsetDateTime(), last.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime(), t -> {
            Counts facts = CaseFacts.of(t, now);
            for (int length : LEVELS) {
                if (length <= t.gridCode().length()) {
                    recounted.merge(t.gridCode().substring(0, length), facts, Counts::plus);
                }
            }
            cases[0]++;
        });
        long replayed = System.nanoTime();
        List<Area> areas = areas(area);
        List<Difference> differences = new ArrayList<>();
        for (Area a : areas) {
            Counts served = summaries.summary(StatsQuery.of(a.code(), first, last), EVERYWHERE).counts();
            Counts mine = recounted.getOrDefault(a.code(), Counts.ZERO);
            COUNTS.forEach((name, count) -> {
                if (count.applyAsLong(mine) != count.applyAsLong(served)) {
                    differences.add(new Difference(a.code(), a.name(), name, count.applyAsLong(mine), count.applyAsLong(served)));
                }
            });
        }
        return new Result(first, last, areas.size(), cases[0], differences, Duration.ofNanos(replayed - started),
                Duration.ofNanos(System.nanoTime() - replayed));
    }

    private List<Area> areas(String area) {
        List<Area> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Area> items = territory.search("", Scope.area(area), page, Territory.MAX_PAGE_SIZE).items();
            all.addAll(items);
            if (items.size() < Territory.MAX_PAGE_SIZE) {
                return all;
            }
        }
    }
}
