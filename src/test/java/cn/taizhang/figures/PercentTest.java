package cn.taizhang.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void oneDecimalRoundedHalfUpFromTheCounts() {
        assertThat(Percent.of(12745, 13232)).isEqualTo("96.3%");
        assertThat(Percent.of(1, 3)).isEqualTo("33.3%");
        assertThat(Percent.of(2, 3)).isEqualTo("66.7%");
        assertThat(Percent.of(1, 8)).isEqualTo("12.5%");
        assertThat(Percent.of(1, 16)).isEqualTo("6.3%"); // 6.25 → 6.3
        assertThat(Percent.of(0, 5)).isEqualTo("0.0%");
        assertThat(Percent.of(5, 5)).isEqualTo("100.0%");
    }

    @Test
    void nothingToDivideByIsADash() {
        assertThat(Percent.of(1, 0)).isEqualTo("—");
        assertThat(Percent.of(0, 0)).isEqualTo("—");
        assertThat(Percent.of((Double) null)).isEqualTo("—");
    }

    @Test
    void aNumeratorOutsideTheDenominatorIsHeldToIt() {
        assertThat(Percent.of(7, 5)).isEqualTo("100.0%");
        assertThat(Percent.of(-1, 5)).isEqualTo("0.0%");
    }

    @Test
    void ratesAndSharesAsTheApiGivesThem() {
        assertThat(Percent.of(0.96345)).isEqualTo("96.3%");
        assertThat(Percent.of(0.9635)).isEqualTo("96.4%");
        assertThat(Percent.of(1.0)).isEqualTo("100.0%");
        assertThat(Percent.ofShare(new BigDecimal("0.30"))).isEqualTo("30%");
        assertThat(Percent.ofShare(new BigDecimal("0.125"))).isEqualTo("12.5%");
    }
}
