package cn.taizhang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @ParameterizedTest
    @CsvSource({
            "2026-09, 2026-09, 2026年9月, 2026-09-01, 2026-09-30",
            "2024-02, 2024-02, 2024年2月, 2024-02-01, 2024-02-29",
            "2026-Q1, 2026-Q1, 2026年第一季度, 2026-01-01, 2026-03-31",
            "2026-Q3, 2026-Q3, 2026年第三季度, 2026-07-01, 2026-09-30",
            "2026-q4, 2026-Q4, 2026年第四季度, 2026-10-01, 2026-12-31",
            "2026, 2026, 2026年, 2026-01-01, 2026-12-31",
            "' 2025 ', 2025, 2025年, 2025-01-01, 2025-12-31"})
    void monthsQuartersAndYears(String text, String code, String label, LocalDate from, LocalDate to) {
        assertThat(Period.parse(text)).isEqualTo(new Period(code, label, from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-Q5", "2026-Q0", "2026-9", "26", "2026/09", "2026-09-01", "Q3-2026", "二〇二六"})
    void malformedPeriodsSayWhatIsExpected(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-Q3");
    }

    @Test
    void impossibleMonthsAndYearsAreNamed() {
        assertThatThrownBy(() -> Period.parse("2026-13")).hasMessage("月份应为 01 至 12，收到：13");
        assertThatThrownBy(() -> Period.parse("2026-00")).hasMessage("月份应为 01 至 12，收到：00");
        assertThatThrownBy(() -> Period.parse("1999")).hasMessage("考评年份应在 2000 至 2099 之间，收到：1999");
        assertThatThrownBy(() -> Period.parse(null)).hasMessageContaining("2026-Q3");
    }

    @Test
    void theDefaultIsTheQuarterOfTheDay() {
        assertThat(Period.quarterOf(LocalDate.of(2026, 9, 30)).code()).isEqualTo("2026-Q3");
        assertThat(Period.quarterOf(LocalDate.of(2026, 10, 1)).code()).isEqualTo("2026-Q4");
        assertThat(Period.quarterOf(LocalDate.of(2026, 1, 1)).code()).isEqualTo("2026-Q1");
    }
}
