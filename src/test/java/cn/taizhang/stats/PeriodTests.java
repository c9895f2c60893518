package cn.taizhang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTests {

    static Period p(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void presetsSeenOnADay() {
        List<Period.Preset> presets = Period.presets(LocalDate.parse("2026-11-22"));
        assertThat(presets).extracting(Period.Preset::label).containsExactly("今年以来", "本季度", "本月", "上季度");
        assertThat(presets).extracting(Period.Preset::period).containsExactly(p("2026-01-01", "2026-11-22"),
                p("2026-10-01", "2026-11-22"), p("2026-11-01", "2026-11-22"), p("2026-07-01", "2026-09-30"));
        // in the first quarter, the last quarter is last year's fourth
        assertThat(Period.presets(LocalDate.parse("2026-02-10")).get(3).period()).isEqualTo(p("2025-10-01", "2025-12-31"));
        assertThat(p("2026-07-01", "2026-09-30").presetKey(LocalDate.parse("2026-11-22"))).isEqualTo("last-quarter");
        assertThat(p("2026-07-01", "2026-09-29").presetKey(LocalDate.parse("2026-11-22"))).isEqualTo("custom");
    }

    @Test
    void yearOnYearIsTheSameDaysAYearBeforeAndTheDefaultFromTheFirstOfJanuary() {
        assertThat(p("2026-01-01", "2026-12-06").yearOnYear()).isEqualTo(p("2025-01-01", "2025-12-06"));
        assertThat(p("2028-02-01", "2028-02-29").yearOnYear()).isEqualTo(p("2027-02-01", "2027-02-28"));
        assertThat(Period.Comparison.of(null, p("2026-01-01", "2026-12-06"))).isEqualTo(Period.Comparison.YEAR_ON_YEAR);
        assertThat(Period.Comparison.of(null, p("2026-12-01", "2026-12-06"))).isEqualTo(Period.Comparison.MONTH_ON_MONTH);
        assertThat(Period.Comparison.of("mom", p("2026-01-01", "2026-12-06"))).isEqualTo(Period.Comparison.MONTH_ON_MONTH);
        assertThat(Period.Comparison.of("yoy", p("2026-12-01", "2026-12-06")).of(p("2026-12-01", "2026-12-06")))
                .isEqualTo(p("2025-12-01", "2025-12-06"));
    }

    @Test
    void thePreviousPeriodHasTheSameLength() {
        assertThat(p("2026-07-01", "2026-09-30").monthOnMonth()).isEqualTo(p("2026-04-01", "2026-06-30"));
        assertThat(p("2026-03-01", "2026-03-31").monthOnMonth()).isEqualTo(p("2026-02-01", "2026-02-28"));
        assertThat(p("2026-01-01", "2026-12-31").monthOnMonth()).isEqualTo(p("2025-01-01", "2025-12-31"));
        assertThat(p("2026-01-01", "2026-01-31").monthOnMonth()).isEqualTo(p("2025-12-01", "2025-12-31"));
        // not a whole month, quarter or year: as many days just before
        assertThat(p("2026-11-01", "2026-11-22").monthOnMonth()).isEqualTo(p("2026-10-10", "2026-10-31"));
        assertThat(p("2026-11-22", "2026-11-22").monthOnMonth()).isEqualTo(p("2026-11-21", "2026-11-21"));
        assertThat(p("2026-01-01", "2026-02-28").monthOnMonth()).isEqualTo(p("2025-11-03", "2025-12-31"));
    }
}
