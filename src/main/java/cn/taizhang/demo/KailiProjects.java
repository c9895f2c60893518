package cn.taizhang.demo;

import cn.taizhang.registry.place.NewPlace;
import cn.taizhang.registry.project.NewProject;
import cn.taizhang.registry.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's project ledger (项目台账), as the seeds report it: in 2021 31 back alleys rebuilt (背街小巷改造) with 6,370
 * households, 25,106 beneficiaries, 7,835 m of road and about 1,643.5 万元 between them, and the 15 全民健身示范点 of the
 * place ledger built; the 2022 plan's 40 alleys (9,549 m, 11,060 households, 37,946 people), done by now; the 2023 plan's
 * 24; and a few later alleys, roads and 安置区配套 still under construction or planned, with their progress notes. Each
 * year's totals are split over its projects at random and hold exactly. Names are plausible, not real. Deterministic.
 */
final class KailiProjects {

    /** One year's alleys as the seeds (or, for the later years, the demo) total them. */
    record Plan(int year, int count, int households, int beneficiaries, int lengthM, BigDecimal investment, int underConstruction,
            int planned) {
    }

    /** A progress note of the {@code index}-th project of the ledger. */
    record Note(int index, LocalDate date, String text) {
    }

    /** The ledger and its progress notes. */
    record Ledger(List<NewProject> projects, List<Note> notes) {
    }

    static final Plan ALLEYS_2021 = new Plan(2021, 31, 6_370, 25_106, 7_835, new BigDecimal("1643.5"), 0, 0);
    static final Plan ALLEYS_2022 = new Plan(2022, 40, 11_060, 37_946, 9_549, new BigDecimal("2068.4"), 0, 0);
    static final Plan ALLEYS_2023 = new Plan(2023, 24, 6_840, 23_510, 5_620, new BigDecimal("1386.2"), 1, 0);
    private static final List<Plan> LATER_ALLEYS = List.of(
            new Plan(2025, 16, 4_120, 14_380, 3_960, new BigDecimal("1020.6"), 4, 0),
            new Plan(2026, 12, 3_350, 11_720, 3_080, new BigDecimal("865.0"), 0, 12));

    private static final List<String> ALLEYS = List.of("文化巷", "营盘巷", "箭道巷", "书院巷", "染坊巷", "铁匠巷", "仓前巷", "学堂巷", "水井巷",
            "油榨巷", "打铁巷", "老街", "后街", "横巷", "东巷", "西巷", "南巷", "北巷", "一巷", "二巷", "三巷", "四巷", "五巷", "纸坊巷", "米市巷",
            "盐仓巷", "豆腐巷", "粮站巷", "邮局巷", "医院巷", "电厂巷", "农机巷", "苗绣巷", "银匠巷", "芦笙巷");

    private final Random random = new Random(5_226_023);
    private final Map<String, String> villages;
    private final List<String> communities; // the 街道's 社区 and 居委会, where the alleys are
    private final Set<String> names = new HashSet<>();
    private final List<NewProject> projects = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final LocalDate today;

    private KailiProjects(Map<String, String> villages, LocalDate today) {
        this.villages = villages;
        this.today = today;
        this.communities = villages.keySet().stream()
                .filter(v -> KailiPlaces.isStreet(v.substring(0, 9)) && Integer.parseInt(v.substring(9, 12)) < 200).toList();
    }

    /** The ledger over these 村社区 (code → short name); the fitness projects build the ledger's {@code places} of that type. */
    static Ledger ledger(Map<String, String> villages, List<NewPlace> places, LocalDate today) {
        return new KailiProjects(villages, today).generate(places);
    }

    private Ledger generate(List<NewPlace> places) {
        alleys(ALLEYS_2021);
        fitnessPoints(places);
        alleys(ALLEYS_2022);
        alleys(ALLEYS_2023);
        resettlement();
        roads();
        LATER_ALLEYS.forEach(this::alleys);
        return new Ledger(projects, notes);
    }

    /** A year's alleys: its totals split at random over them, the last ones under construction or planned as the plan says. */
    private void alleys(Plan plan) {
        int[] households = split(plan.households(), plan.count(), null);
        double[] people = new double[plan.count()];
        for (int i = 0; i < plan.count(); i++) {
            people[i] = households[i] * (0.75 + random.nextDouble() * 0.5);
        }
        int[] beneficiaries = split(plan.beneficiaries(), plan.count(), people);
        int[] length = split(plan.lengthM(), plan.count(), null);
        double[] cost = new double[plan.count()];
        for (int i = 0; i < plan.count(); i++) {
            cost[i] = length[i] * (0.8 + random.nextDouble() * 0.4);
        }
        int[] tenths = split(plan.investment().movePointRight(1).intValueExact(), plan.count(), cost); // 0.1 万元 each
        for (int i = 0; i < plan.count(); i++) {
            ProjectStatus status = i >= plan.count() - plan.planned() ? ProjectStatus.PLANNED
                    : i >= plan.count() - plan.planned() - plan.underConstruction() ? ProjectStatus.UNDER_CONSTRUCTION : ProjectStatus.COMPLETED;
            String community = communities.get(random.nextInt(communities.size()));
            String name;
            do {
                name = villages.get(community).replace("居委会", "").replace("家委会", "") + ALLEYS.get(random.nextInt(ALLEYS.size())) + "改造";
            } while (!names.add(name));
            int index = projects.size();
            projects.add(new NewProject("back_alley", name, community, plan.year(), status, households[i], beneficiaries[i],
                    BigDecimal.valueOf(length[i]).setScale(2), null, BigDecimal.valueOf(tenths[i], 1).setScale(2),
                    "雨污分流、路面硬化、强弱电入地、立面整治"));
            alleyNotes(index, plan.year(), status);
        }
    }

    private void alleyNotes(int index, int year, ProjectStatus status) {
        if (status == ProjectStatus.COMPLETED) {
            note(index, LocalDate.of(year, 11, 5 + random.nextInt(20)), "完成路面硬化和立面整治，通过竣工验收");
        } else if (status == ProjectStatus.UNDER_CONSTRUCTION) {
            note(index, LocalDate.of(year, 5, 10 + random.nextInt(15)), "完成雨污管网铺设，开始强弱电入地施工");
            note(index, today.minusDays(5 + random.nextInt(20)), "路面硬化完成约六成，受管网迁改影响，计划年内完工");
        }
    }

    /** The 2021 全民健身示范点建设: one per 全民健身示范点 of the place ledger, in its 村社区. */
    private void fitnessPoints(List<NewPlace> places) {
        for (NewPlace p : places.stream().filter(p -> p.typeCode().equals("fitness_point")).toList()) {
            int index = projects.size();
            projects.add(new NewProject("fitness_point", p.name() + "建设", p.gridCode().substring(0, 12), 2021, ProjectStatus.COMPLETED,
                    null, 2_000 + random.nextInt(6_000), null, BigDecimal.valueOf(600 + random.nextInt(1_900)).setScale(2),
                    BigDecimal.valueOf(200 + random.nextInt(400), 1).setScale(2), "健身路径、篮球场、乒乓球台"));
            note(index, LocalDate.of(2021, 9 + random.nextInt(3), 1 + random.nextInt(28)), "器材安装完毕，通过验收并向群众开放");
        }
    }

    private void resettlement() {
        String[] sites = {"城东安置区幼儿园", "城北安置区社区服务中心", "城南安置区农贸市场"};
        for (int i = 0; i < sites.length; i++) {
            String community = communities.get(random.nextInt(communities.size()));
            int index = projects.size();
            projects.add(new NewProject("resettlement_facilities", sites[i] + "建设", community.substring(0, 9), 2024, ProjectStatus.COMPLETED,
                    300 + random.nextInt(600), 1_200 + random.nextInt(2_000), null, BigDecimal.valueOf(1_500 + random.nextInt(2_500)).setScale(2),
                    BigDecimal.valueOf(3_000 + random.nextInt(5_000), 1).setScale(2), "易地扶贫搬迁安置区配套设施"));
            note(index, LocalDate.of(2024, 10, 10 + i * 5), "主体工程完工，交付使用");
        }
    }

    private void roads() {
        String[][] roads = {{"凯里市营盘东路延伸段", "2025", "completed"}, {"凯里市开元大道北段提质改造", "2025", "completed"},
            {"凯里市鸭塘大道人行道改造", "2025", "under_construction"}, {"凯里市金井路拓宽", "2025", "under_construction"},
            {"凯里市龙井路连通工程", "2026", "planned"}, {"凯里市博南路改造", "2026", "planned"}};
        for (String[] road : roads) {
            ProjectStatus status = ProjectStatus.valueOf(road[2].toUpperCase());
            String community = communities.get(random.nextInt(communities.size()));
            int length = 600 + random.nextInt(2_400);
            int index = projects.size();
            projects.add(new NewProject("road", road[0], community.substring(0, 9), Integer.parseInt(road[1]), status, null, null,
                    BigDecimal.valueOf(length).setScale(2), null, BigDecimal.valueOf(length * (8 + random.nextInt(8)), 1).setScale(2), null));
            if (status == ProjectStatus.UNDER_CONSTRUCTION) {
                note(index, today.minusDays(30 + random.nextInt(30)), "完成路基施工");
                note(index, today.minusDays(1 + random.nextInt(10)), "正在铺设沥青面层");
            } else if (status == ProjectStatus.COMPLETED) {
                note(index, LocalDate.of(2025, 12, 1 + random.nextInt(20)), "通车");
            }
        }
    }

    private void note(int index, LocalDate date, String text) {
        notes.add(new Note(index, date.isAfter(today) ? today : date, text));
    }

    /** {@code total} split into {@code parts} positive whole parts, by {@code weights} (random when null), the last taking what rounding left. */
    private int[] split(int total, int parts, double[] weights) {
        double[] w = weights != null ? weights : new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            if (weights == null) {
                w[i] = 0.6 + random.nextDouble() * 0.8;
            }
            sum += w[i];
        }
        int[] split = new int[parts];
        int given = 0;
        for (int i = 0; i < parts - 1; i++) {
            split[i] = Math.max(1, (int) Math.round(w[i] / sum * total));
            given += split[i];
        }
        split[parts - 1] = total - given;
        if (split[parts - 1] < 1) {
            throw new IllegalStateException("cannot split " + total + " into " + parts + " parts");
        }
        return split;
    }
}
