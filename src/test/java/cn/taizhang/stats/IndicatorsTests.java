package cn.taizhang.stats;

import cn.taizhang.cases.Counts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorsTests {

    // reported, registered, rejected, dispatched, returned, handled, closed, closedOnTime, open, overdue,
    // reworked, extended, deferred, supervised
    private static Counts counts(long reported, long registered, long rejected, long dispatched, long returned, long closed,
            long closedOnTime, long reworked, long extended) {
        return new Counts(reported, registered, rejected, dispatched, returned, closed, closed, closedOnTime,
                reported - rejected - closed, 0, reworked, extended, 0, 0);
    }

    @Test
    void ratesFollowTheDocumentedDefinitions() {
        Rates r = Indicators.of(counts(10, 8, 2, 8, 2, 6, 5, 1, 2));
        assertThat(r.closureRate()).isEqualTo(0.75);             // 6 / 8 dispatched
        assertThat(r.onTimeClosureRate()).isEqualTo(0.625);      // 5 / 8
        assertThat(r.reworkRate()).isEqualTo(0.125);             // 1 / 8
        assertThat(r.extensionRate()).isEqualTo(0.25);           // 2 / 8
        assertThat(r.accurateRegistrationRate()).isEqualTo(0.8); // 8 / (8 + 2)
        assertThat(r.accurateDispatchRate()).isEqualTo(0.75);    // (8 - 2) / 8
        assertThat(r.rectificationRate()).isEqualTo(0.75);       // 6 / (10 - 2)
    }

    @Test
    void ratesAreRoundedToFourDecimalsAndStayWithinZeroAndOne() {
        Rates r = Indicators.of(counts(3, 3, 0, 3, 0, 2, 2, 0, 0));
        assertThat(r.closureRate()).isEqualTo(0.6667);
        assertThat(Indicators.rate(5, 3)).isEqualTo(1.0);
        assertThat(Indicators.rate(-1, 3)).isEqualTo(0.0);
    }

    @Test
    void nothingAtAllGivesNoRates() {
        assertThat(Indicators.of(Counts.ZERO)).isEqualTo(new Rates(null, null, null, null, null, null, null));
    }

    @Test
    void reportsNotYetDecidedOrDispatchedLeaveThoseRatesOpen() {
        // 3 reports, none decided: no registration rate, nothing due, but hazards to rectify
        Rates r = Indicators.of(counts(3, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(r.closureRate()).isNull();
        assertThat(r.onTimeClosureRate()).isNull();
        assertThat(r.reworkRate()).isNull();
        assertThat(r.extensionRate()).isNull();
        assertThat(r.accurateDispatchRate()).isNull();
        assertThat(r.accurateRegistrationRate()).isNull();
        assertThat(r.rectificationRate()).isEqualTo(0.0);
    }

    @Test
    void everyReportRejectedLeavesOnlyTheRegistrationRate() {
        Rates r = Indicators.of(counts(2, 0, 2, 0, 0, 0, 0, 0, 0));
        assertThat(r.accurateRegistrationRate()).isEqualTo(0.0);
        assertThat(r.rectificationRate()).isNull(); // reported - rejected = 0
        assertThat(r.closureRate()).isNull();
    }

    @Test
    void countsOfDisjointSelectionsAdd() {
        Counts a = counts(10, 8, 2, 8, 2, 6, 5, 1, 2);
        assertThat(a.plus(Counts.ZERO)).isEqualTo(a);
        assertThat(a.plus(a).reported()).isEqualTo(20);
        assertThat(a.plus(a).closedOnTime()).isEqualTo(10);
    }
}
