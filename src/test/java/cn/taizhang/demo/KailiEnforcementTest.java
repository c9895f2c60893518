package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.enforcement.EnforcementHistory.PastAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KailiEnforcementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Map<String, KailiEnforcement.Officer> OFFICERS = Map.of(
            "hazardous_chemicals", new KailiEnforcement.Officer(1, "522601", 10, "应急"),
            "fire_safety", new KailiEnforcement.Officer(2, "522601", 11, "消"));

    private static List<KailiEnforcement.Hazard> hazards() {
        List<KailiEnforcement.Hazard> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            all.add(new KailiEnforcement.Hazard(1000 + i, 100 + i % 200, i % 3 == 0 ? "fire_safety" : i % 3 == 1 ? "hazardous_chemicals" : "education",
                    i % 25 == 0, TODAY.minusDays(360 - i / 2), i % 10 != 0, "检查发现：某企业，未落实隐患排查治理制度"));
        }
        return all;
    }

    @Test
    void aYearAtATenthOfTheSeeds() {
        List<PastAction> year = KailiEnforcement.year(hazards(), OFFICERS, TODAY);
        Map<String, Long> byKind = year.stream().collect(Collectors.groupingBy(PastAction::kind, Collectors.counting()));
        assertThat(byKind.get("penalty")).isEqualTo(KailiEnforcement.PENALTIES);
        long violations = year.stream().mapToLong(a -> a.violations().size()).sum();
        assertThat(violations).as("about half the decisions list a violation (seeds: 413 of 797)").isBetween(38L, 44L);
        long coerced = year.stream().filter(a -> List.of("suspension", "closure", "ban").contains(a.kind())).map(PastAction::enterpriseId).distinct().count();
        assertThat(coerced).as("seeds: 37 enterprises").isEqualTo(4);
        assertThat(byKind.get("order")).isEqualTo(KailiEnforcement.ORDERS);
        assertThat(byKind.get("restart")).isEqualTo(1);
    }

    @Test
    void everyActionIsInThePastByAnOfficerOfItsSectorAndAfterWhatItRefersTo() {
        List<PastAction> year = KailiEnforcement.year(hazards(), OFFICERS, TODAY);
        for (int i = 0; i < year.size(); i++) {
            PastAction a = year.get(i);
            assertThat(a.date()).isBefore(TODAY);
            assertThat(a.officerId()).isIn(1L, 2L);
            if (a.target() != null) {
                assertThat(a.target()).isLessThan(i);
                assertThat(year.get(a.target()).enterpriseId()).isEqualTo(a.enterpriseId());
                assertThat(year.get(a.target()).date()).isBeforeOrEqualTo(a.date());
            }
            if (a.kind().equals("penalty")) {
                assertThat(a.documentNumber()).matches("凯(应急|消)罚〔20\\d\\d〕\\d+号");
            }
        }
        assertThat(year.stream().map(PastAction::documentNumber).filter(d -> d != null).distinct().count())
                .isEqualTo(year.stream().filter(a -> a.documentNumber() != null).count());
        assertThat(KailiEnforcement.year(hazards(), OFFICERS, TODAY)).as("the same input, the same year").isEqualTo(year);
    }

    @Test
    void oneEnterpriseIsPenalisedThreeTimesWithin180DaysForAMajorHazardAndThenClosed() {
        List<PastAction> year = KailiEnforcement.year(hazards(), OFFICERS, TODAY);
        PastAction closure = year.stream().filter(a -> a.kind().equals("closure")).findFirst().orElseThrow();
        List<PastAction> major = year.stream().filter(a -> a.enterpriseId() == closure.enterpriseId() && a.kind().equals("penalty")
                && a.violations().stream().anyMatch(v -> v.majorHazard())).toList();
        assertThat(major).hasSize(3);
        assertThat(major.get(2).date()).isBeforeOrEqualTo(major.get(0).date().plusDays(180)).isBefore(closure.date());
    }
}
