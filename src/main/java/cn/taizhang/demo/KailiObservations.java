package cn.taizhang.demo;

import cn.taizhang.evaluation.NewObservationVisit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's 月观摩: over the twelve months up to today, four observation groups a month (as in the seeds) each
 * visit and score every 镇街 on a weekday, no day after today. Each 镇街 has a steady level of its own, each group
 * its own strictness, plus some noise, so rankings differ and move. Deterministic.
 */
final class KailiObservations {

    static final List<String> GROUPS = List.of("第一观摩组", "第二观摩组", "第三观摩组", "第四观摩组");
    static final String RECORDER = "demo-leader";

    private KailiObservations() {
    }

    static List<NewObservationVisit> year(List<KailiOrganisation.Town> towns, LocalDate today) {
        Random random = new Random(522601);
        double[] level = new double[towns.size()];
        for (int t = 0; t < towns.size(); t++) {
            level[t] = 70 + random.nextDouble() * 25;
        }
        double[] strictness = {-3, 1, 0, 2.5};
        List<NewObservationVisit> visits = new ArrayList<>();
        for (int m = 11; m >= 0; m--) {
            YearMonth month = YearMonth.from(today).minusMonths(m);
            for (int g = 0; g < GROUPS.size(); g++) {
                for (int t = 0; t < towns.size(); t++) {
                    LocalDate day = weekday(month.atDay(Math.min(month.lengthOfMonth(), 2 + g * 6 + t % 5)));
                    double noise = random.nextGaussian() * 4;
                    if (day.isAfter(today)) {
                        continue;
                    }
                    double score = Math.max(0, Math.min(100, level[t] - strictness[g] + noise));
                    BigDecimal rounded = BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
                    visits.add(new NewObservationVisit(GROUPS.get(g), day, towns.get(t).code(), null, rounded, comment(rounded), RECORDER));
                }
            }
        }
        return visits;
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2) : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static String comment(BigDecimal score) {
        double s = score.doubleValue();
        if (s >= 90) {
            return "亮点突出，台账规范，问题隐患整改闭环";
        }
        if (s >= 80) {
            return "工作扎实，个别点位整改不够及时";
        }
        if (s >= 70) {
            return "基础较好，背街小巷环境卫生仍需加强";
        }
        return "网格员巡查记录不全，隐患整改滞后";
    }
}
