package cn.taizhang.demo.history;

import cn.taizhang.cases.bulk.BulkCase;
import cn.taizhang.cases.bulk.TypeRule;
import cn.taizhang.platform.BeijingTime;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes a history day by day: how many reports each working day gets (a fixed total spread by season and a
 * yearly rise), where, of what and by whom, then plays each through its {@link Story} and hands the cases on
 * in chunks of whole days, in time order. Each day draws from its own random stream derived from the seed,
 * so the same seed gives the same history whatever the chunk size.
 */
public final class Simulator {

    /** Where ids and numbers come from: the database's sequence and per-county-and-year counter. */
    public interface Numbering {

        long[] ids(int count);

        /** Reserves {@code count} numbers of the county and year; answers the first. */
        long reserve(String county, int year, int count);
    }

    /** Suggests the responsible unit as the reporting path does ("管行业必须管安全"); null if the rule names none. */
    public interface Suggestion {

        Long unit(String type, String sector, String gridCode);
    }

    /**
     * Where an inspection's hazard was found: an enterprise in the report's town, of its sector if the town has one, and the
     * checklist item it failed, worded as a recorded outing words its hazards. Empty where the town has no enterprise; an
     * empty answer draws nothing from {@code random}.
     */
    public interface Inspected {

        Optional<Finding> at(String gridCode, String sector, boolean major, SplittableRandom random);
    }

    /** An enterprise's hazard: the enterprise, its grid and sector, and the hazard's words. */
    public record Finding(long enterpriseId, String gridCode, String sector, String description, String address) {
    }

    /** A chunk of played cases, ready to be written. */
    public static final class Chunk {

        private final List<Played> cases;

        private Chunk(List<Played> cases) {
            this.cases = cases;
        }

        public int size() {
            return cases.size();
        }

        List<Played> played() {
            return cases;
        }

        /** The cases as the cases module writes them in bulk. */
        public List<BulkCase> cases() {
            return cases.stream().map(Played::toBulk).toList();
        }
    }

    private final World world;
    private final Numbering numbering;
    private final WorkTime time;
    private final Cast cast;
    private final Wording wording = new Wording(Phrases.demo());
    private final double[] gridWeights;
    private final Map<String, Spot> spotsByGrid = new HashMap<>();

    public Simulator(World world, Numbering numbering) {
        this.world = world;
        this.numbering = numbering;
        this.time = new WorkTime(world.calendar(), world.firstDay(), world.now());
        this.cast = new Cast(world.staff(), world.units());
        world.spots().forEach(s -> spotsByGrid.put(s.gridCode(), s));
        SplittableRandom random = new SplittableRandom(world.seed());
        // some grids are busier than others: a market street against a quiet hillside
        this.gridWeights = cumulative(world.spots().stream().mapToDouble(s -> Mix.logNormal(random, 1, 0.6)).toArray());
    }

    /** Plays {@code total} reports over the days and gives them to {@code sink} in chunks of about {@code chunk} cases. */
    public void run(long total, int chunk, Consumer<Chunk> sink) {
        List<LocalDate> days = world.firstDay().datesUntil(world.lastDay().plusDays(1)).toList();
        double[] weights = cumulative(days.stream().mapToDouble(this::weight).toArray());
        double sum = weights[weights.length - 1];
        List<Report> pending = new ArrayList<>();
        Map<LocalDate, Integer> counts = new HashMap<>();
        long before = 0;
        for (int i = 0; i < days.size(); i++) {
            long upTo = sum == 0 ? 0 : Math.round(weights[i] / sum * total);
            counts.put(days.get(i), (int) (upTo - before));
            before = upTo;
        }
        List<LocalDate> batch = new ArrayList<>();
        int planned = 0;
        for (LocalDate day : days) {
            batch.add(day);
            planned += counts.get(day);
            if (planned >= chunk || day.equals(world.lastDay())) {
                sink.accept(new Chunk(play(reports(batch, counts))));
                batch.clear();
                planned = 0;
            }
        }
    }

    private List<Report> reports(List<LocalDate> days, Map<LocalDate, Integer> counts) {
        record Draft(SplittableRandom random, Spot spot, long minute) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (LocalDate day : days) {
            // Days' seeds one apart: seeds a multiple of SplittableRandom's own step apart (its golden gamma) gave
            // each day the day before's numbers, shifted by one, so that two in five grids never had a case
            SplittableRandom random = new SplittableRandom(world.seed() * 0x2545F4914F6CDD1DL + day.toEpochDay());
            long start = time.ceiling(day.atStartOfDay(BeijingTime.ZONE).toOffsetDateTime());
            for (int n = counts.get(day); n > 0; n--) {
                long minute = start + random.nextInt(WorkTime.DAY);
                Spot spot = world.spots().get(index(gridWeights, random.nextDouble() * gridWeights[gridWeights.length - 1]));
                if (time.happened(minute)) {
                    drafts.add(new Draft(random.split(), spot, minute));
                }
            }
        }
        drafts.sort(Comparator.comparingLong(Draft::minute));
        long[] ids = numbering.ids(drafts.size());
        Map<String, Long> next = new HashMap<>();
        Map<String, Integer> needed = new HashMap<>();
        drafts.forEach(d -> needed.merge(key(d.spot(), d.minute()), 1, Integer::sum));
        needed.forEach((k, n) -> next.put(k, numbering.reserve(k.substring(0, 6), Integer.parseInt(k.substring(7)), n)));
        List<Report> reports = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String key = key(d.spot(), d.minute());
            long number = next.merge(key, 1L, Long::sum) - 1;
            reports.add(report(ids[i], "%s-%06d".formatted(key, number), d.spot(), d.minute(), d.random()));
        }
        return reports;
    }

    private Report report(long id, String number, Spot spot, long minute, SplittableRandom random) {
        LocalDate day = time.at(minute).toLocalDate();
        TypeRule type = Mix.pick(world.types().stream().map(t -> new Mix.Weighted<>(t, Mix.typeWeight(t.code(), day))).toList(), random);
        TypeRule.Severity severity = type.severities().size() > 1
                && random.nextDouble() < Mix.GRAVER_SEVERITY.getOrDefault(type.code(), 0.0) ? type.severities().get(1) : type.severities().get(0);
        String sector = type.responsibility().equals("sector_department") ? Mix.pick(sectors(world.sectors()), random) : null;
        String source = Mix.pick(Mix.sources(type.code()), random);
        // an inspection's hazard is found at an enterprise, in its grid, of its sector
        Optional<Finding> found = source.equals("inspection") && sector != null
                ? world.inspected().at(spot.gridCode(), sector, type.severities().indexOf(severity) > 0, random) : Optional.empty();
        if (found.isPresent()) {
            spot = spotsByGrid.getOrDefault(found.get().gridCode(), spot);
            sector = found.get().sector();
        }
        Long suggested = world.suggestion().unit(type.code(), sector, spot.gridCode());
        String grid = spot.gridCode();
        Person reporter = switch (source) {
            case "grid_worker" -> {
                Person worker = cast.gridWorker(grid, random);
                yield worker != null ? worker : cast.dispatcher(grid, random);
            }
            case "inspection" -> cast.inspector(suggested, grid, random);
            case "leader_visit" -> cast.leader(grid, random);
            default -> cast.dispatcher(grid, random); // hotline calls, camera findings and assignments are keyed in at the command post
        };
        if (found.isPresent()) {
            Finding f = found.get();
            return new Report(id, number, type, severity, sector, spot, source, reporter, suggested, f.description(), f.address(), minute,
                    f.enterpriseId());
        }
        Wording.Words words = wording.of(type.code(), sector, spot, random);
        return new Report(id, number, type, severity, sector, spot, source, reporter, suggested, words.description(), words.address(), minute,
                null);
    }

    private List<Played> play(List<Report> reports) {
        List<Played> played = new ArrayList<>(reports.size());
        for (Report r : reports) {
            played.add(new Story(r, cast, world.calendar(), time, new SplittableRandom(r.id() ^ world.seed() * 0x2545F4914F6CDD1DL)).play());
        }
        return played;
    }

    /** Reports per day: none on rest days, more in June (安全生产月), fewer around the Spring Festival, a rise year on year. */
    private double weight(LocalDate day) {
        if (!world.calendar().isWorkingDay(day)) {
            return 0;
        }
        double season = day.getMonth() == Month.JUNE ? 1.3 : day.getMonth() == Month.FEBRUARY ? 0.8 : 1.0;
        double trend = Math.pow(1.08, day.getYear() - world.firstDay().getYear());
        SplittableRandom random = new SplittableRandom(world.seed() + day.toEpochDay());
        return season * trend * Mix.logNormal(random, 1, 0.15);
    }

    private String key(Spot spot, long minute) {
        return spot.gridCode().substring(0, 6) + "-" + time.at(minute).getYear();
    }

    private static List<Mix.Weighted<String>> sectors(Set<String> known) {
        return Mix.SECTORS.stream().filter(w -> known.contains(w.value())).toList();
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int index(double[] cumulative, double x) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > x) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
