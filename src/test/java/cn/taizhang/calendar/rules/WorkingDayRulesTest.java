package cn.taizhang.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The deadline rule on the real official calendar (State Council notices as bundled), no Spring. */
class WorkingDayRulesTest {

    private static final WorkingDayRules OFFICIAL = OfficialData.rules();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static OffsetDateTime t(String moment) {
        return OffsetDateTime.parse(moment);
    }

    private static LocalDate deadline(String start, int n) {
        return OFFICIAL.deadlineDay(d(start), n);
    }

    // 国庆节、中秋节 2025
    @Test
    void theHolidayAndItsMakeUpDaysAreAsTheNoticeSays() {
        // 国庆节、中秋节 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 worked
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(OFFICIAL.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(OFFICIAL.isWorkingDay(d("2025-09-28"))).as("Sunday make-up day").isTrue();
        assertThat(OFFICIAL.isWorkingDay(d("2025-10-11"))).as("Saturday make-up day").isTrue();
        assertThat(OFFICIAL.isWorkingDay(d("2025-10-12"))).as("an ordinary Sunday").isFalse();
        assertThat(OFFICIAL.isWorkingDay(d("2025-09-27"))).as("an ordinary Saturday").isFalse();
    }

    @Test
    void aDeadlineRunsAcrossTheHolidayAndCountsTheMakeUpSaturday() {
        assertThat(deadline("2025-09-30", 1)).isEqualTo(d("2025-10-09"));
        assertThat(deadline("2025-09-30", 2)).isEqualTo(d("2025-10-10"));
        assertThat(deadline("2025-09-30", 3)).as("Saturday 10-11 is a working day").isEqualTo(d("2025-10-11"));
        assertThat(deadline("2025-09-30", 4)).as("Sunday 10-12 is not").isEqualTo(d("2025-10-13"));
        assertThat(deadline("2025-09-26", 1)).as("the make-up Sunday before the holiday").isEqualTo(d("2025-09-28"));
        assertThat(deadline("2025-09-26", 3)).isEqualTo(d("2025-09-30"));
        assertThat(deadline("2025-09-26", 4)).isEqualTo(d("2025-10-09"));
    }

    @Test
    void aDeadlineIsTheEndOfTheDayInShanghai() {
        assertThat(OFFICIAL.deadline(t("2025-09-30T09:15:00+08:00"), 4)).isEqualTo(t("2025-10-13T23:59:59+08:00"));
    }

    @Test
    void aStartOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(deadline("2025-10-03", 1)).isEqualTo(d("2025-10-09"));
        assertThat(deadline("2025-10-08", 1)).isEqualTo(d("2025-10-09"));
        assertThat(deadline("2025-10-04", 3)).isEqualTo(d("2025-10-11"));
    }

    // 春节 2026
    @Test
    void nineDaysOffBetweenTwoMakeUpSaturdays() {
        // 春节 2026: Saturday 02-14 worked, 02-15..02-23 off, Saturday 02-28 worked
        assertThat(OFFICIAL.isWorkingDay(d("2026-02-14"))).isTrue();
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(OFFICIAL.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(OFFICIAL.isWorkingDay(d("2026-02-24"))).isTrue();
        assertThat(OFFICIAL.isWorkingDay(d("2026-02-28"))).isTrue();
    }

    @Test
    void deadlinesAroundTheFestival() {
        assertThat(deadline("2026-02-13", 1)).as("make-up Saturday").isEqualTo(d("2026-02-14"));
        assertThat(deadline("2026-02-13", 2)).isEqualTo(d("2026-02-24"));
        assertThat(deadline("2026-02-16", 1)).as("started on the holiday").isEqualTo(d("2026-02-24"));
        assertThat(deadline("2026-02-24", 4)).as("make-up Saturday 02-28").isEqualTo(d("2026-02-28"));
        assertThat(deadline("2026-02-24", 5)).isEqualTo(d("2026-03-02"));
        assertThat(deadline("2026-02-10", 10)).isEqualTo(d("2026-03-02"));
    }

    // time zones and bounds
    @Test
    void aLateNightStartInShanghaiWrittenInUtcFallsOnTheShanghaiDay() {
        // 2025-09-27T16:30Z is 00:30 on Sunday 09-28 in Shanghai, a make-up working day: day D is 09-28
        assertThat(OFFICIAL.deadline(t("2025-09-27T16:30:00Z"), 1)).isEqualTo(t("2025-09-29T23:59:59+08:00"));
        // a second before midnight in Shanghai is still Saturday 09-27
        assertThat(OFFICIAL.deadline(t("2025-09-27T15:59:59Z"), 1)).isEqualTo(t("2025-09-28T23:59:59+08:00"));
        // the same instants written with other offsets
        assertThat(OFFICIAL.deadline(t("2025-09-27T11:30:00-05:00"), 1)).isEqualTo(t("2025-09-29T23:59:59+08:00"));
        assertThat(OFFICIAL.deadline(t("2025-09-28T06:30:00+14:00"), 1)).isEqualTo(t("2025-09-29T23:59:59+08:00"));
    }

    @Test
    void theDeadlineIsAlwaysGivenAtPlusEightWhateverTheStartOffset() {
        OffsetDateTime deadline = OFFICIAL.deadline(t("2026-03-02T01:00:00Z"), 2);
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(deadline).isEqualTo(t("2026-03-04T23:59:59+08:00"));
    }

    @Test
    void zeroWorkingDaysEndsTheStartDayEvenOnAHoliday() {
        assertThat(OFFICIAL.deadline(t("2026-09-30T10:00:00+08:00"), 0)).isEqualTo(t("2026-09-30T23:59:59+08:00"));
        assertThat(OFFICIAL.deadline(t("2026-09-30T17:00:00Z"), 0)).as("already 10-01 in Shanghai").isEqualTo(t("2026-10-01T23:59:59+08:00"));
        assertThat(OFFICIAL.deadline(t("2025-10-04T08:00:00+08:00"), 0)).isEqualTo(t("2025-10-04T23:59:59+08:00"));
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> OFFICIAL.deadline(t("2026-01-05T10:00:00+08:00"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsWithoutANoticeAreMondayToFriday() {
        assertThat(OFFICIAL.hasOfficialData(2026)).isTrue();
        assertThat(OFFICIAL.hasOfficialData(2027)).isFalse();
        assertThat(OFFICIAL.isWorkingDay(d("2027-10-01"))).as("a Friday, no 2027 notice loaded").isTrue();
        assertThat(deadline("2027-01-01", 1)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void workingDaysPerYearMatchTheNotices() {
        // 2025: 261 weekdays, 18 of them off, 5 weekend days worked
        assertThat(OFFICIAL.workingDaysIn(2025)).isEqualTo(248);
        assertThat(OFFICIAL.workingDaysIn(2027)).as("no notice: weekdays only").isEqualTo(261);
        assertThat(WorkingDayRules.weekdaysOnly().workingDaysIn(2024)).isEqualTo(262);
    }

    // local days off
    // illustrative dates for a local festival (苗年) as 黔东南州 might declare it
    private final WorkingDayRules withMiaoNian = OfficialData.withLocal(
            SpecialDay.off(d("2026-11-19"), "苗年", DaySource.LOCAL),
            SpecialDay.off(d("2026-11-20"), "苗年", DaySource.LOCAL));

    @Test
    void localDaysOffMoveDeadlines() {
        assertThat(OFFICIAL.deadlineDay(d("2026-11-18"), 2)).isEqualTo(d("2026-11-20"));
        assertThat(withMiaoNian.deadlineDay(d("2026-11-18"), 2)).isEqualTo(d("2026-11-24"));
        assertThat(withMiaoNian.workingDaysBetween(d("2026-11-16"), d("2026-11-23"))).isEqualTo(3);
        assertThat(withMiaoNian.workingDaysIn(2026)).isEqualTo(OFFICIAL.workingDaysIn(2026) - 2);
    }

    @Test
    void aLocalDayOverridesAnOfficialOneOnTheSameDate() {
        SpecialDay local = SpecialDay.off(d("2026-10-10"), "侗年", DaySource.LOCAL); // an official make-up Saturday
        WorkingDayRules rules = OfficialData.withLocal(local);
        assertThat(OFFICIAL.isWorkingDay(d("2026-10-10"))).isTrue();
        assertThat(rules.isWorkingDay(d("2026-10-10"))).isFalse();
        assertThat(rules.specialDay(d("2026-10-10"))).contains(local);
        assertThat(rules.officialDay(d("2026-10-10")).orElseThrow().kind()).isEqualTo(DayKind.WORK);
        assertThat(rules.listed(d("2026-10-10"), d("2026-10-10"))).hasSize(2)
                .extracting(rules::inForce).containsExactly(false, true);
    }

    @Test
    void aDateIsListedAtMostOncePerSource() {
        assertThatThrownBy(() -> WorkingDayRules.of(List.of(
                SpecialDay.off(d("2026-11-19"), "苗年", DaySource.LOCAL),
                SpecialDay.off(d("2026-11-19"), "苗年", DaySource.LOCAL)))).isInstanceOf(IllegalArgumentException.class);
    }

    // counting working days (overdue, late)
    @Test
    void countingIsTheInverseOfTheDeadline() {
        for (String start : List.of("2025-09-26", "2025-09-30", "2025-10-03", "2026-02-13", "2026-02-16", "2025-12-31")) {
            for (int n = 1; n <= 30; n++) {
                LocalDate end = deadline(start, n);
                assertThat(OFFICIAL.workingDaysBetween(d(start), end)).as(start + " + " + n).isEqualTo(n);
                assertThat(OFFICIAL.workingDaysBetween(d(start), end.minusDays(1))).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void nothingIsCountedUnlessTheEndIsLater() {
        assertThat(OFFICIAL.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
        assertThat(OFFICIAL.workingDaysBetween(d("2026-03-06"), d("2026-03-02"))).isZero();
        assertThat(OFFICIAL.workingDaysBetween(t("2026-03-02T09:00:00+08:00"), t("2026-03-02T18:00:00+08:00"))).isZero();
        assertThat(OFFICIAL.workingDaysBetween(t("2026-03-02T18:00:00+08:00"), t("2026-03-02T09:00:00+08:00"))).isZero();
    }

    @Test
    void aWeekOneWayIsFiveWorkingDaysAndNoneTheOtherWay() {
        assertThat(OFFICIAL.workingDaysBetween(d("2026-03-02"), d("2026-03-09"))).isEqualTo(5);
        assertThat(OFFICIAL.workingDaysBetween(d("2026-03-09"), d("2026-03-02"))).isZero();
    }

    @Test
    void aMakeUpSaturdayCountsAndTheHolidayDoesNot() {
        assertThat(OFFICIAL.workingDaysBetween(d("2025-10-10"), d("2025-10-11"))).isEqualTo(1);
        assertThat(OFFICIAL.workingDaysBetween(d("2025-10-11"), d("2025-10-12"))).isZero();
        assertThat(OFFICIAL.workingDaysBetween(d("2025-09-30"), d("2025-10-08"))).as("eight days overdue, none of them working").isZero();
        assertThat(OFFICIAL.workingDaysBetween(d("2025-09-30"), d("2025-10-13"))).isEqualTo(4);
    }

    @Test
    void countsAddUpOverConsecutiveSpans() {
        LocalDate a = d("2025-09-20");
        LocalDate b = d("2025-10-05");
        LocalDate c = d("2026-03-01");
        assertThat(OFFICIAL.workingDaysBetween(a, b) + OFFICIAL.workingDaysBetween(b, c)).isEqualTo(OFFICIAL.workingDaysBetween(a, c));
    }

    @Test
    void overdueDaysAreCountedInShanghai() {
        OffsetDateTime deadline = t("2025-09-30T23:59:59+08:00");
        // handled at 01:00 Shanghai on 10-09 (17:00Z on 10-08): one working day late
        assertThat(OFFICIAL.workingDaysBetween(deadline, t("2025-10-08T17:00:00Z"))).isEqualTo(1);
        assertThat(OFFICIAL.workingDaysBetween(deadline, t("2025-10-08T15:00:00Z"))).isZero();
    }

    @Test
    void theArithmeticAgreesWithWalkingTheCalendarDayByDay() {
        WorkingDayRules rules = OfficialData.withLocal(SpecialDay.off(d("2024-11-20"), "苗年", DaySource.LOCAL),
                SpecialDay.off(d("2026-10-10"), "侗年", DaySource.LOCAL));
        Random random = new Random(20260101L);
        LocalDate origin = d("2017-12-01");
        for (int i = 0; i < 3000; i++) {
            LocalDate start = origin.plusDays(random.nextInt(3400));
            int n = random.nextInt(80);
            LocalDate walked = start;
            for (int counted = 0; counted < n; ) {
                walked = walked.plusDays(1);
                counted += rules.isWorkingDay(walked) ? 1 : 0;
            }
            assertThat(rules.deadlineDay(start, n)).as(start + " + " + n).isEqualTo(walked);
            LocalDate end = start.plusDays(random.nextInt(200) - 20);
            int count = 0;
            for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                count += rules.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(rules.workingDaysBetween(start, end)).as(start + " .. " + end).isEqualTo(count);
        }
    }
}
