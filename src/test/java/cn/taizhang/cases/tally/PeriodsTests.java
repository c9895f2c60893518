package cn.taizhang.cases.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTests {

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aPeriodIsCutIntoWholeYearsWholeMonthsAndEdgeDays() {
        Periods p = Periods.of(d("2019-12-30"), d("2022-03-03"), true);
        assertThat(p.days()).containsExactly(d("2019-12-30"), d("2019-12-31"), d("2022-03-01"), d("2022-03-02"));
        assertThat(p.months()).containsExactly(d("2022-01-01"), d("2022-02-01"));
        assertThat(p.years()).containsExactly(d("2020-01-01"), d("2021-01-01"));
    }

    @Test
    void theEdgeDaysComeAsRuns() {
        List<LocalDate[]> runs = Periods.of(d("2019-12-30"), d("2022-03-03"), true).dayRuns();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).containsExactly(d("2019-12-30"), d("2020-01-01"));
        assertThat(runs.get(1)).containsExactly(d("2022-03-01"), d("2022-03-03"));
        assertThat(Periods.of(d("2019-12-31"), d("2020-01-02"), true).dayRuns()).hasSize(1);
    }

    @Test
    void theNewYearNightIsTwoEdgeDays() {
        Periods p = Periods.of(d("2019-12-31"), d("2020-01-02"), true);
        assertThat(p.days()).containsExactly(d("2019-12-31"), d("2020-01-01"));
        assertThat(p.months()).isEmpty();
        assertThat(p.years()).isEmpty();
    }

    @Test
    void wholeMonthsWithinAYearAndAWholeYearExactly() {
        assertThat(Periods.of(d("2026-01-01"), d("2027-01-01"), true)).isEqualTo(
                new Periods(List.of(), List.of(), List.of(d("2026-01-01"))));
        Periods february = Periods.of(d("2024-02-01"), d("2024-03-01"), true);
        assertThat(february.months()).containsExactly(d("2024-02-01"));
        assertThat(february.days()).isEmpty();
        assertThat(Periods.of(d("2026-05-05"), d("2026-05-05"), true)).isEqualTo(new Periods(List.of(), List.of(), List.of()));
    }

    @Test
    void withoutYearsTheYearsComeAsMonths() {
        Periods p = Periods.of(d("2025-12-15"), d("2027-01-01"), false);
        assertThat(p.years()).isEmpty();
        assertThat(p.months()).hasSize(12).startsWith(d("2026-01-01")).endsWith(d("2026-12-01"));
        assertThat(p.days()).hasSize(17).startsWith(d("2025-12-15")).endsWith(d("2025-12-31"));
    }

    @Test
    void everyDayIsCoveredExactlyOnce() {
        LocalDate from = d("2018-03-17");
        for (LocalDate until = from; until.isBefore(d("2021-02-10")); until = until.plusDays(23)) {
            Periods p = Periods.of(from, until, true);
            List<LocalDate> covered = new ArrayList<>(p.days());
            p.months().forEach(m -> m.datesUntil(m.plusMonths(1)).forEach(covered::add));
            p.years().forEach(y -> y.datesUntil(y.plusYears(1)).forEach(covered::add));
            assertThat(covered).containsExactlyInAnyOrderElementsOf(from.datesUntil(until).toList());
        }
    }
}
