package cn.taizhang.demo;

import cn.taizhang.inspection.patrol.BulkPatrol;
import cn.taizhang.inspection.patrol.NewVolunteer;
import cn.taizhang.inspection.patrol.PatrolKind;
import cn.taizhang.inspection.patrol.VolunteerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's patrols (巡查): a few "五老" internet-café monitors (网吧监督员) and a 平安志愿者 in two areas, and a year of
 * their rounds of the areas' internet cafés — a tenth of the seed's 1,900 a year, one or two monitors a round, now and then two
 * cafés of a grid in one round. Names and phones are plausible, not real. Deterministic.
 */
final class KailiPatrols {

    /** The areas the volunteers serve: 市府社区 of 大十字街道 (the demo grid worker's) and 西门街道. */
    static final List<String> AREAS = List.of("522601002002", "522601003");
    static final int MONITORS_PER_AREA = 4;
    static final int PATROLS = 190;

    /** An internet café of the ledger. */
    record Cafe(long id, String name, String gridCode) {
    }

    private static final List<String> MONITORS = List.of("杨光明", "吴德清", "潘仕华", "龙文忠", "王秀英", "张国富", "顾永昌", "李淑珍", "欧启贵",
            "石顺和");
    private static final List<String> SEEN = List.of("查验上网人员身份证件，未发现未成年人上网", "营业场所消防通道畅通，灭火器在有效期内",
            "未成年人禁入标志张贴规范，实名登记落实", "晚间巡查，上网人员均已实名登记", "提醒经营者落实禁烟措施，现场无吸烟",
            "检查营业时间，未发现超时营业", "发现一名疑似未成年人，经核验已成年");

    private KailiPatrols() {
    }

    /** The volunteers: {@link #MONITORS_PER_AREA} monitors and a 平安志愿者 per area, serving the whole of it. */
    static List<NewVolunteer> volunteers() {
        Random random = new Random(5_226_033);
        List<NewVolunteer> all = new ArrayList<>();
        int n = 0;
        for (String area : AREAS) {
            for (int i = 0; i < MONITORS_PER_AREA; i++) {
                all.add(new NewVolunteer(MONITORS.get(n++ % MONITORS.size()), phone(random), VolunteerKind.WULAO_INTERNET_CAFE.code(), area, true));
            }
            all.add(new NewVolunteer(MONITORS.get(n++ % MONITORS.size()), phone(random), VolunteerKind.SAFETY_VOLUNTEER.code(), area, true));
        }
        return all;
    }

    /**
     * The year up to yesterday: rounds spread over the days, each by one or two of its area's monitors ({@code monitors},
     * by area), recorded by the area's {@code recorders}.
     */
    static List<BulkPatrol> year(List<Cafe> cafes, Map<String, List<Long>> monitors, Map<String, Long> recorders, LocalDate today) {
        Random random = new Random(5_226_034);
        List<Cafe> sorted = cafes.stream().sorted(Comparator.comparingLong(Cafe::id)).toList();
        List<BulkPatrol> all = new ArrayList<>();
        if (sorted.isEmpty()) {
            return all;
        }
        for (int i = 0; i < PATROLS; i++) {
            Cafe cafe = sorted.get(random.nextInt(sorted.size()));
            String area = AREAS.stream().filter(cafe.gridCode()::startsWith).findFirst().orElseThrow();
            List<Long> team = new ArrayList<>(monitors.get(area));
            Collections.shuffle(team, random);
            List<Long> on = team.subList(0, random.nextInt(4) == 0 ? 2 : 1);
            List<BulkPatrol.PlacePassed> places = new ArrayList<>(List.of(new BulkPatrol.PlacePassed(cafe.id(), cafe.name())));
            sorted.stream().filter(c -> c.gridCode().equals(cafe.gridCode()) && c.id() != cafe.id()).findFirst()
                    .filter(c -> random.nextInt(3) == 0).ifPresent(c -> places.add(new BulkPatrol.PlacePassed(c.id(), c.name())));
            LocalDate day = today.minusDays(1 + (long) i * 364 / PATROLS + random.nextInt(2));
            all.add(new BulkPatrol(day, PatrolKind.INTERNET_CAFE.code(), cafe.gridCode(), recorders.get(area), List.of(), List.copyOf(on),
                    places, null, SEEN.get(random.nextInt(SEEN.size()))));
        }
        return all;
    }

    /** Plausible mobile numbers; demo data, not real people. */
    private static String phone(Random random) {
        return "13" + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
    }
}
