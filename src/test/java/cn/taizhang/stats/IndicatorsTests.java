package cn.taizhang.stats;

import static cn.taizhang.cases.CaseIndicator.ACCURATE_DISPATCH_RATE;
import static cn.taizhang.cases.CaseIndicator.ACCURATE_REGISTRATION_RATE;
import static cn.taizhang.cases.CaseIndicator.CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.EXTENSION_RATE;
import static cn.taizhang.cases.CaseIndicator.ON_TIME_CLOSURE_RATE;
import static cn.taizhang.cases.CaseIndicator.RECTIFICATION_RATE;
import static cn.taizhang.cases.CaseIndicator.REWORK_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.figures.Direction;
import cn.taizhang.figures.Rate;
import org.junit.jupiter.api.Test;

class IndicatorsTests {

    @Test
    void theRatesAreThoseOfTheCatalogueWithTheirDirection() {
        assertThat(CaseIndicator.RATES).extracting(CaseIndicator::key).containsExactly("closureRate", "onTimeClosureRate", "reworkRate",
                "extensionRate", "accurateRegistrationRate", "accurateDispatchRate", "rectificationRate");
        assertThat(CaseIndicator.REWORK_RATE.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(CaseIndicator.EXTENSION_RATE.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(CaseIndicator.RECTIFICATION_RATE.display(counts(10, 8, 2, 8, 2, 6, 5, 1, 2))).isEqualTo("75.0%");
        assertThat(CaseIndicator.OVERDUE.rate()).isFalse();
    }


    // reported, registered, rejected, dispatched, returned, handled, closed, closedOnTime, open, overdue,
    // reworked, extended, deferred, supervised
    private static Counts counts(long reported, long registered, long rejected, long dispatched, long returned, long closed,
            long closedOnTime, long reworked, long extended) {
        return new Counts(reported, registered, rejected, dispatched, returned, closed, closed, closedOnTime,
                reported - rejected - closed, 0, reworked, extended, 0, 0);
    }

    @Test
    void ratesFollowTheDocumentedDefinitions() {
        Rates r = Rates.of(counts(10, 8, 2, 8, 2, 6, 5, 1, 2));
        assertThat(r.get(CLOSURE_RATE)).isEqualTo(0.75);             // 6 / 8 dispatched
        assertThat(r.get(ON_TIME_CLOSURE_RATE)).isEqualTo(0.625);      // 5 / 8
        assertThat(r.get(REWORK_RATE)).isEqualTo(0.125);             // 1 / 8
        assertThat(r.get(EXTENSION_RATE)).isEqualTo(0.25);           // 2 / 8
        assertThat(r.get(ACCURATE_REGISTRATION_RATE)).isEqualTo(0.8); // 8 / (8 + 2)
        assertThat(r.get(ACCURATE_DISPATCH_RATE)).isEqualTo(0.75);    // (8 - 2) / 8
        assertThat(r.get(RECTIFICATION_RATE)).isEqualTo(0.75);       // 6 / (10 - 2)
    }

    @Test
    void ratesAreRoundedToFourDecimalsAndStayWithinZeroAndOne() {
        Rates r = Rates.of(counts(3, 3, 0, 3, 0, 2, 2, 0, 0));
        assertThat(r.get(CLOSURE_RATE)).isEqualTo(0.6667);
        assertThat(Rate.of(5, 3)).isEqualTo(1.0);
        assertThat(Rate.of(-1, 3)).isEqualTo(0.0);
    }

    @Test
    void nothingAtAllGivesNoRates() {
        assertThat(Rates.of(Counts.ZERO).asMap()).hasSize(7).containsOnlyKeys("closureRate", "onTimeClosureRate", "reworkRate",
                "extensionRate", "accurateRegistrationRate", "accurateDispatchRate", "rectificationRate");
        assertThat(Rates.of(Counts.ZERO).asMap().values()).containsOnlyNulls();
    }

    @Test
    void reportsNotYetDecidedOrDispatchedLeaveThoseRatesOpen() {
        // 3 reports, none decided: no registration rate, nothing due, but hazards to rectify
        Rates r = Rates.of(counts(3, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(r.get(CLOSURE_RATE)).isNull();
        assertThat(r.get(ON_TIME_CLOSURE_RATE)).isNull();
        assertThat(r.get(REWORK_RATE)).isNull();
        assertThat(r.get(EXTENSION_RATE)).isNull();
        assertThat(r.get(ACCURATE_DISPATCH_RATE)).isNull();
        assertThat(r.get(ACCURATE_REGISTRATION_RATE)).isNull();
        assertThat(r.get(RECTIFICATION_RATE)).isEqualTo(0.0);
    }

    @Test
    void everyReportRejectedLeavesOnlyTheRegistrationRate() {
        Rates r = Rates.of(counts(2, 0, 2, 0, 0, 0, 0, 0, 0));
        assertThat(r.get(ACCURATE_REGISTRATION_RATE)).isEqualTo(0.0);
        assertThat(r.get(RECTIFICATION_RATE)).isNull(); // reported - rejected = 0
        assertThat(r.get(CLOSURE_RATE)).isNull();
    }

    @Test
    void countsOfDisjointSelectionsAdd() {
        Counts a = counts(10, 8, 2, 8, 2, 6, 5, 1, 2);
        assertThat(a.plus(Counts.ZERO)).isEqualTo(a);
        assertThat(a.plus(a).reported()).isEqualTo(20);
        assertThat(a.plus(a).closedOnTime()).isEqualTo(10);
    }
}
