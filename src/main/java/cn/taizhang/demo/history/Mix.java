package cn.taizhang.demo.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What is reported, by whom and what becomes of it, as shares. The figures follow the seeds where they
 * give one (排查安全隐患13232项，已整改12745项 — about 96% of hazards rectified; 430 enterprise requests
 * with 47 hard ones) and common 数字城管 practice elsewhere; they are the simulation's assumptions, not data.
 */
final class Mix {

    /** A value and its weight. */
    record Weighted<T>(T value, double weight) {
    }

    /** Cases of each type; safety hazards and environment problems dominate. Other types get {@link #OTHER_TYPE}. */
    static final Map<String, Double> TYPES = Map.of("safety_hazard", 0.47, "city_sanitation", 0.22, "illegal_building", 0.08,
            "overhead_cables", 0.05, "civilisation_review", 0.09, "enterprise_request", 0.04, "epidemic_key_person", 0.05);
    static final double OTHER_TYPE = 0.01;

    /** 疫情防控 key persons were followed up from the first national measures to the end of 2022, as in the seeds. */
    static final String EPIDEMIC = "epidemic_key_person";
    static final LocalDate EPIDEMIC_FROM = LocalDate.of(2020, 1, 20);
    static final LocalDate EPIDEMIC_UNTIL = LocalDate.of(2022, 12, 31);

    /** The weight of a type among the reports of a day: 疫情防控 only while it was done, its share going to the others. */
    static double typeWeight(String type, LocalDate day) {
        if (type.equals(EPIDEMIC) && (day.isBefore(EPIDEMIC_FROM) || day.isAfter(EPIDEMIC_UNTIL))) {
            return 0;
        }
        return TYPES.getOrDefault(type, OTHER_TYPE);
    }

    /** Severities other than the first (the default): 重大隐患 are rare, hard enterprise requests about one in nine. */
    static final Map<String, Double> GRAVER_SEVERITY = Map.of("safety_hazard", 0.02, "enterprise_request", 0.11);

    /** Sectors of safety hazards: fire safety and construction lead, mining is rare in Kaili. */
    static final List<Weighted<String>> SECTORS = List.of(w("fire_safety", 25), w("urban_construction", 12), w("road_transport", 10),
            w("industry_trade", 10), w("hazardous_chemicals", 8), w("town_gas", 8), w("transport", 6), w("special_equipment", 6),
            w("tourism", 3), w("education", 3), w("health_care", 3), w("fireworks", 2), w("non_coal_mining", 1.5),
            w("industrial_parks", 1), w("hazardous_waste", 1), w("coal_mining", 0.5));

    /** Sources per kind of type: hazards mostly from inspections and grid workers, environment from patrols and citizens. */
    static List<Weighted<String>> sources(String type) {
        return switch (type) {
            case "safety_hazard" -> List.of(w("inspection", 50), w("grid_worker", 34), w("citizen", 8), w("assigned", 4), w("video", 4));
            case "civilisation_review" -> List.of(w("inspection", 50), w("grid_worker", 40), w("citizen", 10));
            // leaders' visits at a tenth of the seeds' 430 problems a year; the visits are recorded around them (demo.DemoVisits)
            case "enterprise_request" -> List.of(w("leader_visit", 3.7), w("assigned", 48), w("citizen", 48));
            case "epidemic_key_person" -> List.of(w("grid_worker", 70), w("assigned", 30));
            default -> List.of(w("grid_worker", 58), w("citizen", 25), w("video", 8), w("assigned", 5), w("inspection", 4));
        };
    }

    // what happens to a case, per chance
    static final double REJECTED = 0.03;        // invalid or duplicate reports (准确立案率 ~97%)
    static final double DUPLICATE = 0.4;        // share of the rejections that are repeated reports
    static final double RETURNED = 0.03;        // 退回 by the first unit it reaches
    static final double STUCK = 0.025;          // not rectified for good (停产整顿, outside help…)
    static final double LATE_ASKS = 0.5;        // a unit running late asks for an extension this often
    static final double APPROVED = 0.85;
    static final double DEFERRED = 0.008;       // 缓办 while with the unit
    static final double NEVER_RESUMED = 0.15;
    static final double VERIFIED_BY_WORKER = 0.8;
    static final double REWORK = 0.04;          // fails verification (返工)
    static final double SUPERVISED = 0.01;      // 挂牌督办 by a leader; a 重大隐患 far more often
    static final double SUPERVISED_GRAVE = 0.4;
    static final double REOPENED = 0.004;

    // delays in working minutes (a working day has 420): medians and spreads of log-normal distributions
    static final double REGISTER_MEDIAN = 40;
    static final double DISPATCH_MEDIAN = 30;
    static final double VERIFY_MEDIAN = 120;
    static final double DECIDE_MEDIAN = 300;
    /** The share of the deadline a unit takes to handle a case: most well inside it, a tail overdue. */
    static final double HANDLE_SHARE_MEDIAN = 0.3;
    static final double HANDLE_SHARE_SPREAD = 0.8;

    private Mix() {
    }

    static <T> T pick(List<Weighted<T>> choices, SplittableRandom random) {
        double total = choices.stream().mapToDouble(Weighted::weight).sum();
        double x = random.nextDouble() * total;
        for (Weighted<T> c : choices) {
            x -= c.weight();
            if (x < 0) {
                return c.value();
            }
        }
        return choices.get(choices.size() - 1).value();
    }

    /** Log-normal with this median; {@code spread} is the sigma of its logarithm. */
    static double logNormal(SplittableRandom random, double median, double spread) {
        return median * Math.exp(spread * gaussian(random));
    }

    static long minutes(SplittableRandom random, double median) {
        return Math.max(1, Math.round(logNormal(random, median, 0.9)));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static <T> Weighted<T> w(T value, double weight) {
        return new Weighted<>(value, weight);
    }
}
