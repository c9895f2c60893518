package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.evaluation.NewObservationVisit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KailiObservationsTest {

    static final List<KailiOrganisation.Town> TOWNS = List.of(new KailiOrganisation.Town("522601002", "大十字街道"),
            new KailiOrganisation.Town("522601003", "西门街道"), new KailiOrganisation.Town("522601100", "三棵树镇"));

    @Test
    void fourGroupsScoreEveryTownEveryMonthOnWeekdaysUpToToday() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        List<NewObservationVisit> visits = KailiObservations.year(TOWNS, today);
        assertThat(visits).hasSize(12 * 4 * 3);
        assertThat(visits).allSatisfy(v -> {
            assertThat(v.visitedOn()).isBetween(LocalDate.of(2025, 12, 1), today);
            assertThat(v.visitedOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(v.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(v.score().scale()).isEqualTo(1);
            assertThat(v.comment()).isNotBlank();
            assertThat(v.departmentId()).isNull();
        });
        assertThat(visits.stream().map(NewObservationVisit::groupName).distinct()).containsExactlyElementsOf(KailiObservations.GROUPS);
        assertThat(visits.stream().collect(Collectors.groupingBy(v -> v.visitedOn().getMonth() + v.areaCode(), Collectors.counting())))
                .hasSize(12 * 3).allSatisfy((k, n) -> assertThat(n).isEqualTo(4));
        assertThat(KailiObservations.year(TOWNS, today)).as("deterministic").isEqualTo(visits);
    }

    // a leader records visits only within their jurisdiction: the visited 镇街's leader, who receives the group
    @Test
    void eachVisitIsRecordedByTheVisitedTownsLeader() {
        List<NewObservationVisit> visits = KailiObservations.year(TOWNS, LocalDate.of(2026, 11, 30));
        assertThat(visits).allSatisfy(v -> assertThat(v.recordedBy()).isEqualTo("t" + v.areaCode() + "-leader"));
        assertThat(visits.stream().map(NewObservationVisit::recordedBy).distinct()).hasSize(TOWNS.size());
        assertThat(visits.stream().map(NewObservationVisit::comment).distinct().count()).as("comments vary").isGreaterThan(8);
    }

    @Test
    void noVisitAfterToday() {
        LocalDate today = LocalDate.of(2026, 11, 3);
        List<NewObservationVisit> visits = KailiObservations.year(TOWNS, today);
        assertThat(visits).allSatisfy(v -> assertThat(v.visitedOn()).isBeforeOrEqualTo(today));
        assertThat(visits.stream().filter(v -> v.visitedOn().getMonthValue() == 11)).isNotEmpty().hasSizeLessThan(12);
    }
}
