package cn.taizhang.enforcement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * 安全生产法 Art. 113: an enterprise penalised for a 重大事故隐患 three times within 180 days, or four times within a year,
 * is to be closed. "Within" counts the days from the first penalty to the last: 180 apart is within, 181 is not (365 for
 * the year).
 */
final class Art113 {

    static final int THREE_WITHIN = 180;
    static final int FOUR_WITHIN = 365;

    /** The window that fires: its first and its completing penalty. */
    record Window(int first, int last, int count, int days) {
    }

    private Art113() {
    }

    /**
     * A window of three penalties within 180 days or four within 365 that includes the penalty at {@code index} of
     * {@code days} (sorted ascending): the one that penalty completes, whether it is the latest or was dated back.
     */
    static Optional<Window> completedBy(List<LocalDate> days, int index) {
        for (int[] rule : new int[][] {{3, THREE_WITHIN}, {4, FOUR_WITHIN}}) {
            int count = rule[0];
            for (int first = Math.max(0, index - count + 1); first <= index && first + count - 1 < days.size(); first++) {
                int last = first + count - 1;
                if (within(days.get(first), days.get(last), rule[1])) {
                    return Optional.of(new Window(first, last, count, rule[1]));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean within(LocalDate first, LocalDate last, int days) {
        return ChronoUnit.DAYS.between(first, last) <= days;
    }
}
