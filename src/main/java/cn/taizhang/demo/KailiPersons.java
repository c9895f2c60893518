package cn.taizhang.demo;

import cn.taizhang.registry.codes.IdNumber;
import cn.taizhang.registry.person.BulkPerson;
import cn.taizhang.registry.person.FollowUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's persons registry, some 3,500 residents across the city's grids in every category of the catalogue: key
 * persons of each kind (重点人员) with their follow-up — mostly 在管, some 已解除, a few 脱管; the technical talents of
 * the 炉碧工业园区人才数据库, most of them in 炉碧经济开发区's grids; the relocated (易地扶贫搬迁群众) in the grids of the
 * five resettlement areas; elderly people living alone and others everywhere. Fictitious names, mobiles and ID numbers
 * (凯里 522601, a birth date fitting the category, a valid GB 11643 check character), every number unique. Deterministic.
 */
final class KailiPersons {

    /** How many of each: the key categories, then the others. */
    static final int EPIDEMIC = 60;
    static final int COMMUNITY_CORRECTION = 180;
    static final int MENTAL_DISORDER = 260;
    static final int DRUG = 220;
    static final int PETITION = 120;
    static final int TALENTS = 420;
    /** The talents outside 炉碧's grids. */
    static final int TALENTS_ELSEWHERE = 60;
    static final int RELOCATED = 900;
    static final int ELDERLY_ALONE = 900;
    static final int OTHERS = 400;

    private static final String DIVISION = "522601";
    private static final String SURNAMES = "杨吴龙潘王李张刘陈石罗欧邰顾文万黄赵周徐孙马朱胡郭何高林姚唐宋彭";
    private static final String GIVEN = "国华明强军平红文建志勇秀英丽芳敏静伟刚桂兰海波云飞金银光荣德福春梅玉珍昌明永贵正兴";
    private static final String STREETS = "北京东路,北京西路,韶山南路,文化北路,营盘东路,清江路,环城北路,大十字街,宁波路,开元大道,金井路,永丰路";
    private static final String[] ESTATES = {"同心安置小区", "新民安置小区", "乐业安置小区", "安居安置小区", "欣悦安置小区", "玻璃厂安置小区",
            "怀安安置小区", "平安安置小区"};
    private static final String[] TRADES = {"化工工艺", "机电一体化", "焊接", "数控加工", "电气自动化", "铝材加工", "食品检验", "设备维修",
            "安全工程", "环境工程", "物流管理", "软件开发"};
    private static final String[] TITLES = {"高级技工", "技师", "高级技师", "助理工程师", "工程师", "高级工程师"};

    private final Random random = new Random(5_226_013);
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final LocalDate today;

    private KailiPersons(LocalDate today) {
        this.today = today;
    }

    /**
     * The registry over these grids; {@code zoneGrids} lie in 炉碧经济开发区, {@code resettlementGrids} in the
     * resettlement areas (both also among {@code grids}).
     */
    static List<BulkPerson> registry(List<String> grids, List<String> zoneGrids, List<String> resettlementGrids, LocalDate today) {
        return new KailiPersons(today).generate(grids, zoneGrids, resettlementGrids);
    }

    private List<BulkPerson> generate(List<String> grids, List<String> zoneGrids, List<String> resettlementGrids) {
        Set<String> special = new HashSet<>(zoneGrids);
        special.addAll(resettlementGrids);
        List<String> ordinary = grids.stream().filter(g -> !special.contains(g)).toList();
        List<BulkPerson> all = new ArrayList<>();
        key(all, ordinary, "epidemic", EPIDEMIC, 1950, 2005, "已落实健康监测，每日报告体温");
        key(all, ordinary, "community_correction", COMMUNITY_CORRECTION, 1960, 2004, "每月到司法所报到，网格员每周走访");
        key(all, ordinary, "mental_disorder", MENTAL_DISORDER, 1950, 2004, "监护人已签订监护责任书，按时服药");
        key(all, ordinary, "drug", DRUG, 1965, 2004, "社区戒毒（康复）中，每月尿检");
        key(all, ordinary, "petition", PETITION, 1950, 1995, "包保干部每月走访，诉求已登记");
        for (int i = 0; i < TALENTS; i++) {
            String grid = i < TALENTS - TALENTS_ELSEWHERE ? pick(zoneGrids) : pick(ordinary);
            all.add(person(grid, "talent", null, 1970, 2001, street(),
                    "炉碧工业园区人才数据库：" + TRADES[random.nextInt(TRADES.length)] + "，" + TITLES[random.nextInt(TITLES.length)], true));
        }
        for (int i = 0; i < RELOCATED; i++) {
            String grid = pick(resettlementGrids);
            String estate = ESTATES[Math.floorMod(grid.substring(0, 12).hashCode(), ESTATES.length)]; // one estate a community
            all.add(person(grid, "relocated", null, 1945, 2008,
                    estate + (1 + random.nextInt(24)) + "栋" + (1 + random.nextInt(4)) + "单元" + (101 + random.nextInt(18) * 100 + random.nextInt(4)) + "室",
                    "易地扶贫搬迁户，" + (2016 + random.nextInt(5)) + "年搬迁入住", random.nextInt(10) < 8));
        }
        for (int i = 0; i < ELDERLY_ALONE; i++) {
            all.add(person(pick(ordinary), "elderly_alone", null, 1932, 1956, street(), "独居，网格员每周探访一次", random.nextInt(10) < 6));
        }
        for (int i = 0; i < OTHERS; i++) {
            all.add(person(pick(ordinary), "other", null, 1950, 2005, street(), null, random.nextInt(10) < 8));
        }
        return all;
    }

    /** Key persons: most followed (在管), one in eight released (已解除), one in thirty lost from sight (脱管). */
    private void key(List<BulkPerson> all, List<String> grids, String category, int count, int bornFrom, int bornTo, String notes) {
        for (int i = 0; i < count; i++) {
            int r = random.nextInt(120);
            FollowUp followUp = r < 4 ? FollowUp.LOST : r < 19 ? FollowUp.RELEASED : FollowUp.IN_CARE;
            String note = followUp == FollowUp.LOST ? "已多日联系不上，正在查找" : followUp == FollowUp.RELEASED ? "已解除管控" : notes;
            all.add(person(pick(grids), category, followUp, bornFrom, bornTo, street(), note, random.nextInt(10) < 9));
        }
    }

    private BulkPerson person(String grid, String category, FollowUp followUp, int bornFrom, int bornTo, String address, String notes,
            boolean withPhone) {
        return new BulkPerson(name(), idNumber(bornFrom, bornTo), withPhone ? phone() : null, address, grid, category, followUp, notes);
    }

    private String idNumber(int bornFrom, int bornTo) {
        LocalDate first = LocalDate.of(bornFrom, 1, 1);
        LocalDate last = LocalDate.of(bornTo, 12, 31).isBefore(today) ? LocalDate.of(bornTo, 12, 31) : today.minusYears(1);
        String id;
        do {
            LocalDate birth = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
            id = IdNumber.of(DIVISION, birth, random.nextInt(1000));
        } while (!idNumbers.add(id));
        return id;
    }

    private String phone() {
        String phone;
        do {
            phone = "1" + "35789".charAt(random.nextInt(5)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
        } while (!phones.add(phone));
        return phone;
    }

    private String name() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextInt(4) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private String street() {
        String[] streets = STREETS.split(",");
        return "凯里市" + streets[random.nextInt(streets.length)] + (1 + random.nextInt(300)) + "号";
    }

    private String pick(List<String> grids) {
        return grids.get(random.nextInt(grids.size()));
    }
}
