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
 *
 * <p>Each visit is recorded by the leader of the visited 镇街, who receives the group and enters its score and comment:
 * a leader may record visits only within their jurisdiction, and the city's own leader would record every one.
 */
final class KailiObservations {

    static final List<String> GROUPS = List.of("第一观摩组", "第二观摩组", "第三观摩组", "第四观摩组");

    /** What a group says, by how well the 镇街 did. */
    private static final List<List<String>> COMMENTS = List.of(
            List.of("亮点突出，台账规范，问题隐患整改闭环", "网格化管理机制健全，群众满意度高", "指挥所运转顺畅，派遣处置及时",
                    "隐患排查整治扎实，整改资料齐全"),
            List.of("工作扎实，个别点位整改不够及时", "台账基本规范，部分隐患整改佐证材料不全", "网格员巡查到位，背街小巷仍有死角",
                    "整体较好，部分事项超期办理"),
            List.of("基础较好，背街小巷环境卫生仍需加强", "部分网格巡查频次不足，问题发现不及时", "两违整治进度偏慢，存量清理不够",
                    "企业隐患复查不到位，存在反弹"),
            List.of("网格员巡查记录不全，隐患整改滞后", "超期事项较多，督办落实不力", "台账不规范，数据与实际不符",
                    "问题整改流于形式，群众反映较多"));

    private KailiObservations() {
    }

    static List<NewObservationVisit> year(List<KailiOrganisation.Town> towns, LocalDate today) {
        Random random = new Random(522601);
        Random wording = new Random(522602); // apart, so that the scores stay as they were
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
                    visits.add(new NewObservationVisit(GROUPS.get(g), day, towns.get(t).code(), null, rounded, comment(rounded, wording),
                            KailiOrganisation.townLeader(towns.get(t).code())));
                }
            }
        }
        return visits;
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2) : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static String comment(BigDecimal score, Random random) {
        double s = score.doubleValue();
        List<String> said = COMMENTS.get(s >= 90 ? 0 : s >= 80 ? 1 : s >= 70 ? 2 : 3);
        return said.get(random.nextInt(said.size()));
    }
}
