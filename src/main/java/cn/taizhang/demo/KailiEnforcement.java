package cn.taizhang.demo;

import cn.taizhang.enforcement.EnforcementHistory.PastAction;
import cn.taizhang.enforcement.EnforcementHistory.PastViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo year's enforcement at a tenth of the seeds ("下发行政处罚决定书797份，查处违法行为413起，对查而不改的37家企业单位采取停业整顿、
 * 关闭、取缔等强制措施"), made around the hazards the inspections found: some 80 penalty decisions, half of them listing the
 * violation behind a hazard (the rest 警告 for measures not taken); 责令限期整改 for hazards not rectified, re-inspected
 * within a month — most complied with, the others suspended (查而不改); one enterprise penalised three times within 180
 * days for a 重大事故隐患 and closed (Art. 113); one suspended enterprise restarted after its review, another waiting for
 * its review. Every action is taken by the officer of the department regulating the hazard's sector, through the same
 * rules as a request. Plain Java: the same input gives the same year.
 */
final class KailiEnforcement {

    static final int PENALTIES = 80;
    static final int ORDERS = 30;
    static final int SUSPENDED = 3;

    /** A hazard an inspection found: its case, the enterprise, the sector, 重大 or not, when, and whether it is rectified now. */
    record Hazard(long caseId, long enterpriseId, String sector, boolean major, LocalDate reportedOn, boolean rectified, String description) {
    }

    /** The 执法人员 of the department regulating a sector, and the department's short name for document numbers (应急, 消 …). */
    record Officer(long id, String jurisdictionCode, long departmentId, String shortName) {
    }

    private static final Map<String, String> BASIS = Map.of(
            "hazardous_chemicals", "《危险化学品安全管理条例》第八十条",
            "fire_safety", "《消防法》第六十条",
            "transport", "《安全生产法》第一百零二条",
            "road_transport", "《道路运输条例》第六十九条",
            "special_equipment", "《特种设备安全法》第八十三条",
            "fireworks", "《烟花爆竹安全管理条例》第三十八条");
    private static final String DEFAULT_BASIS = "《安全生产法》第一百零二条";

    private final Map<String, Officer> officers;
    private final LocalDate today;
    private final Random random = new Random(522601);
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    /** An action with the index of what it refers to, while the year is put together; sorted by day at the end. */
    private record Step(PastAction action, Step target) {
    }

    private KailiEnforcement(Map<String, Officer> officers, LocalDate today) {
        this.officers = officers;
        this.today = today;
    }

    /** The year's actions in the order they are to be taken (by day; a re-inspection or restart after what it refers to). */
    static List<PastAction> year(List<Hazard> hazards, Map<String, Officer> officersBySector, LocalDate today) {
        return new KailiEnforcement(officersBySector, today).plan(hazards);
    }

    private List<PastAction> plan(List<Hazard> all) {
        List<Hazard> hazards = all.stream().filter(h -> officers.containsKey(h.sector()) && h.reportedOn().isBefore(today.minusDays(20))).toList();
        if (hazards.isEmpty()) {
            return List.of();
        }
        Set<Long> coerced = new HashSet<>();
        closedUnderArt113(hazards, coerced);
        List<Hazard> open = hazards.stream().filter(h -> !h.rectified()).toList();
        for (int i = 0; i < ORDERS && !open.isEmpty(); i++) {
            Hazard h = open.get(random.nextInt(open.size()));
            boolean suspend = i < SUSPENDED && !coerced.contains(h.enterpriseId());
            order(h, suspend, i, coerced);
        }
        int penalties = (int) steps.stream().filter(s -> s.action().kind().equals("penalty")).count();
        for (int i = penalties; i < PENALTIES; i++) {
            Hazard h = hazards.get(random.nextInt(hazards.size()));
            penalty(h, after(h.reportedOn(), 3, 15), i % 2 == 0, false);
        }
        return ordered();
    }

    /** An enterprise with a 重大隐患: three penalties for it within 180 days, then closed. */
    private void closedUnderArt113(List<Hazard> hazards, Set<Long> coerced) {
        hazards.stream().filter(h -> h.major() && h.reportedOn().isBefore(today.minusDays(150))).findFirst().ifPresent(h -> {
            LocalDate first = after(h.reportedOn(), 3, 10);
            for (int k = 0; k < 3; k++) {
                penalty(h, first.plusDays(45L * k), true, true);
            }
            add(h, "closure", first.plusDays(100), null).action();
            coerced.add(h.enterpriseId());
        });
    }

    /** 责令限期整改 within 15 days, re-inspected after the deadline: complied, or not and suspended (查而不改). */
    private void order(Hazard h, boolean suspend, int i, Set<Long> coerced) {
        LocalDate day = after(h.reportedOn(), 2, 10);
        Step order = add(h, "order", day, day.plusDays(15));
        LocalDate review = after(day.plusDays(15), 1, 5);
        steps.add(new Step(past(h, "reinspection", review, null, List.of(), null, null, null, !suspend, null), order));
        if (!suspend) {
            return;
        }
        coerced.add(h.enterpriseId());
        LocalDate stop = after(review, 1, 5);
        boolean restarted = i == 0;
        boolean waiting = i == 1;
        LocalDate asked = restarted ? stop.plusDays(20) : waiting ? today.minusDays(12) : null;
        Step suspension = new Step(past(h, "suspension", stop, null, List.of(), null, null, null, null, asked), null);
        steps.add(suspension);
        if (restarted) {
            steps.add(new Step(past(h, "reinspection", asked.plusDays(5), null, List.of(), null, null, null, true, null), suspension));
            steps.add(new Step(past(h, "restart", asked.plusDays(6), null, List.of(), null, null, null, null, null), suspension));
        }
    }

    private void penalty(Hazard h, LocalDate day, boolean withViolation, boolean major) {
        List<PastViolation> violations = withViolation
                ? List.of(new PastViolation(shortened(h.description()), BASIS.getOrDefault(h.sector(), DEFAULT_BASIS), major))
                : List.of();
        BigDecimal fine = BigDecimal.valueOf(1000L * (5 + random.nextInt(46)));
        steps.add(new Step(past(h, "penalty", day, documentNumber(h, day), violations, fine, withViolation ? null : "警告", null, null, null), null));
    }

    private Step add(Hazard h, String kind, LocalDate day, LocalDate deadline) {
        Step step = new Step(past(h, kind, day, kind.equals("order") ? null : documentNumber(h, day), List.of(), null, null, deadline, null, null), null);
        steps.add(step);
        return step;
    }

    private PastAction past(Hazard h, String kind, LocalDate day, String document, List<PastViolation> violations, BigDecimal fine, String other,
            LocalDate deadline, Boolean passed, LocalDate restartRequested) {
        Officer o = officers.get(h.sector());
        boolean linked = !kind.equals("reinspection") && !kind.equals("restart");
        return new PastAction(o.id(), o.jurisdictionCode(), o.departmentId(), h.enterpriseId(), kind, day, document, violations, fine, other, deadline,
                linked ? List.of(h.caseId()) : List.of(), null, passed, restartRequested);
    }

    /** The steps by day, each target before what refers to it, the targets as indexes. */
    private List<PastAction> ordered() {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparing((Step s) -> s.action().date()).thenComparing(s -> s.target() == null ? 0 : 1));
        Map<Step, Integer> index = new LinkedHashMap<>();
        List<PastAction> out = new ArrayList<>();
        for (Step s : sorted) {
            PastAction a = s.action();
            Integer target = s.target() == null ? null : index.get(s.target());
            index.put(s, out.size());
            out.add(new PastAction(a.officerId(), a.jurisdictionCode(), a.departmentId(), a.enterpriseId(), a.kind(), a.date(), a.documentNumber(),
                    a.violations(), a.fine(), a.otherPenalties(), a.deadline(), a.caseIds(), target, a.passed(), a.restartRequested()));
        }
        return out;
    }

    private String documentNumber(Hazard h, LocalDate day) {
        Officer o = officers.get(h.sector());
        String key = o.shortName() + day.getYear();
        int n = numbers.merge(key, 1, Integer::sum);
        return "凯" + o.shortName() + "罚〔" + day.getYear() + "〕" + n + "号";
    }

    /** A day {@code min}..{@code max} days after, never after yesterday. */
    private LocalDate after(LocalDate day, int min, int max) {
        LocalDate d = day.plusDays(min + random.nextInt(max - min + 1));
        return d.isBefore(today) ? d : today.minusDays(1);
    }

    private static String shortened(String text) {
        String t = text.replaceFirst("^检查发现：", "");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
