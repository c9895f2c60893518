package cn.taizhang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Art113Test {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Test
    void threePenaltiesFireWhenTheFirstAndTheThirdAreAtMost180DaysApart() {
        assertThat(Art113.completedBy(List.of(DAY.minusDays(180), DAY.minusDays(90), DAY), 2)).hasValueSatisfying(w -> {
            assertThat(w.count()).isEqualTo(3);
            assertThat(w.days()).isEqualTo(180);
        });
        assertThat(Art113.completedBy(List.of(DAY.minusDays(181), DAY.minusDays(90), DAY), 2)).isEmpty();
    }

    @Test
    void fourPenaltiesFireWhenTheFirstAndTheFourthAreAtMost365DaysApart() {
        List<LocalDate> within = List.of(DAY.minusDays(365), DAY.minusDays(244), DAY.minusDays(122), DAY);
        assertThat(Art113.completedBy(within, 3)).hasValueSatisfying(w -> assertThat(w.count()).isEqualTo(4));
        assertThat(Art113.completedBy(List.of(DAY.minusDays(366), DAY.minusDays(244), DAY.minusDays(122), DAY), 3)).isEmpty();
    }

    @Test
    void aPenaltyDatedBackCompletesTheWindowItFallsIn() {
        List<LocalDate> days = List.of(DAY.minusDays(100), DAY.minusDays(50), DAY);
        assertThat(Art113.completedBy(days, 1)).as("the middle one, recorded last").isPresent();
        assertThat(Art113.completedBy(List.of(DAY.minusDays(100), DAY), 1)).as("two are not three").isEmpty();
    }
}
