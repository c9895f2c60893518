package cn.taizhang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.figures.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTests {

    static final Map<String, BigDecimal> TOWN = weights(25, 25, 10, 10, 10, 10, 10);

    @Test
    void aPerfectRecordScoresHundredAndTheWorstZero() {
        assertThat(Scoring.indicatorScore(rates(1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0), TOWN)).isEqualByComparingTo("100.0");
        assertThat(Scoring.indicatorScore(rates(0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0), TOWN)).isEqualByComparingTo("0.0");
    }

    @Test
    void reworkAndExtensionCountAsOneMinusTheRate() {
        // 25·0.9 + 25·0.8 + 10·(1−0.1) + 10·(1−0.2) + 10·0.95 + 10·0.9 + 10·0.85 = 86.5
        assertThat(Scoring.indicatorScore(rates(0.9, 0.8, 0.1, 0.2, 0.95, 0.9, 0.85), TOWN)).isEqualByComparingTo("86.5");
    }

    @Test
    void weightsAreRenormalisedOverTheIndicatorsThatHaveAValue() {
        List<FigureValue> someNull = rates(0.8, null, null, null, 0.6, null, null);
        // only 结案率 (25) and 准确立案率 (10) have values: (25·0.8 + 10·0.6) / 35 = 0.742857…
        assertThat(Scoring.indicatorScore(someNull, TOWN)).isEqualByComparingTo("74.3");
    }

    @Test
    void zeroWeightsLeaveAnIndicatorOut() {
        Map<String, BigDecimal> onlyClosure = weights(100, 0, 0, 0, 0, 0, 0);
        assertThat(Scoring.indicatorScore(rates(0.55, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0), onlyClosure)).isEqualByComparingTo("55.0");
    }

    @Test
    void allNullRatesGiveNoScore() {
        assertThat(Scoring.indicatorScore(rates(null, null, null, null, null, null, null), TOWN)).isNull();
        // the only valued indicator weighs nothing: no score either
        assertThat(Scoring.indicatorScore(rates(null, null, null, null, 1.0, null, null), weights(100, 0, 0, 0, 0, 0, 0))).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0.89949, 89.9", "0.8995, 90.0", "0.89951, 90.0", "0.12345, 12.3", "0.12355, 12.4"})
    void scoresRoundHalfUpToOneDecimal(double closure, String expected) {
        assertThat(Scoring.indicatorScore(rates(closure, null, null, null, null, null, null), TOWN)).isEqualByComparingTo(expected);
    }

    @Test
    void observationScoresBlendWithTheirWeight() {
        BigDecimal w = new BigDecimal("0.20");
        assertThat(Scoring.blend(new BigDecimal("40.0"), new BigDecimal("90.0"), w)).isEqualByComparingTo("50.0");
        assertThat(Scoring.blend(new BigDecimal("86.5"), new BigDecimal("71.3"), w)).isEqualByComparingTo("83.5"); // 69.2 + 14.26
        assertThat(Scoring.blend(new BigDecimal("86.5"), null, w)).as("no visits").isEqualByComparingTo("86.5");
        assertThat(Scoring.blend(new BigDecimal("86.5"), new BigDecimal("10.0"), BigDecimal.ZERO)).isEqualByComparingTo("86.5");
        assertThat(Scoring.blend(new BigDecimal("86.5"), new BigDecimal("10.0"), BigDecimal.ONE)).isEqualByComparingTo("10.0");
        assertThat(Scoring.blend(null, new BigDecimal("95.0"), w)).as("观摩 alone does not make a score").isNull();
    }

    @ParameterizedTest
    @CsvSource({"100, A", "90.0, A", "89.9, B", "75.0, B", "74.9, C", "60.0, C", "59.9, D", "40.0, D", "39.9, E", "0.0, E"})
    void gradesBandTheScore(String score, Grade grade) {
        assertThat(Grade.of(new BigDecimal(score))).isEqualTo(grade);
    }

    @Test
    void aScoreOf89Point95RoundsToNinetyAndGradesA() {
        BigDecimal score = Scoring.indicatorScore(rates(0.8995, null, null, null, null, null, null), TOWN);
        assertThat(score).isEqualByComparingTo("90.0");
        assertThat(Grade.of(score)).isEqualTo(Grade.A);
    }

    @Test
    void aContributedIndicatorWeighsLikeACaseRateByItsDirection() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>(weights(50, 0, 0, 0, 0, 0, 0));
        weights.put("violationRate", BigDecimal.valueOf(50));
        List<FigureValue> values = new ArrayList<>(rates(0.8, null, null, null, null, null, null));
        values.add(new FigureValue("violationRate", "违法率", true, -1, 0.3, "30.0%"));
        // 50·0.8 + 50·(1 − 0.3) = 75
        assertThat(Scoring.indicatorScore(values, weights)).isEqualByComparingTo("75.0");
        // a contributor with nothing for the unit: its weight drops out
        assertThat(Scoring.indicatorScore(rates(0.8, null, null, null, null, null, null), weights)).isEqualByComparingTo("80.0");
    }

    /** The case rates in catalogue order, as the evaluation gives them to the scoring. */
    static List<FigureValue> rates(Double... values) {
        List<FigureValue> rates = new ArrayList<>();
        for (CaseIndicator i : CaseIndicator.RATES) {
            Double v = values[CaseIndicator.RATES.indexOf(i)];
            rates.add(new FigureValue(i.key(), i.label(), true, i.direction().sign(), v, Percent.of(v)));
        }
        return rates;
    }

    static Map<String, BigDecimal> weights(int... values) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (CaseIndicator i : CaseIndicator.RATES) {
            weights.put(i.key(), BigDecimal.valueOf(values[CaseIndicator.RATES.indexOf(i)]));
        }
        return weights;
    }
}
