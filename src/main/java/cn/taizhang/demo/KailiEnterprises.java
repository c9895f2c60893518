package cn.taizhang.demo;

import cn.taizhang.registry.codes.CreditCode;
import cn.taizhang.registry.enterprise.EnterpriseStatus;
import cn.taizhang.registry.enterprise.NewEnterprise;
import cn.taizhang.registry.enterprise.RiskLevel;
import cn.taizhang.registry.enterprise.UnionEngagement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's enterprise ledger: as the seeds count it, 130 non-public enterprises in business in 炉碧经济开发区, 84 of
 * them with a union and 4,882 members between them, the 50 with 25 or more staff looked after by the city's ten leaders,
 * five each (包保); a few deregistered and lost ones there (the other two ledgers); and some 2,400 more across the
 * city's grids and sectors. Fictitious names and codes (with valid check characters). Deterministic.
 */
final class KailiEnterprises {

    static final String ZONE = "LUBI-EDZ";
    static final int ZONE_ACTIVE = 130;
    static final int ZONE_UNIONS = 84;
    static final int ZONE_MEMBERS = 4882;
    static final int LOOKED_AFTER = 50;
    private static final int ELSEWHERE = 2_400;

    private static final String WORDS = "鑫盛恒泰宏达华宇兴隆永安金鼎嘉禾瑞丰博远汇通海川苗岭清水江黔东南凯达德信和顺天成锦程银河翔龙长城";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林潘龙吴杨石姚";
    private static final String GIVEN = "国华明强军平红文建志勇秀英丽芳敏静伟刚桂兰海波云飞";
    private static final Map<String, List<String>> TRADES = Map.ofEntries(
            Map.entry("hazardous_chemicals", List.of("化工", "气体", "危险化学品经营")),
            Map.entry("fire_safety", List.of("商贸", "酒店管理", "娱乐")),
            Map.entry("transport", List.of("物流", "交通运输")),
            Map.entry("road_transport", List.of("汽车运输", "客运")),
            Map.entry("coal_mining", List.of("煤业")),
            Map.entry("non_coal_mining", List.of("矿业", "砂石")),
            Map.entry("urban_construction", List.of("建筑工程", "建材")),
            Map.entry("industrial_parks", List.of("工业", "制造")),
            Map.entry("hazardous_waste", List.of("环保科技")),
            Map.entry("fireworks", List.of("烟花爆竹经营")),
            Map.entry("industry_trade", List.of("机械制造", "食品", "木业", "铝业", "电子")),
            Map.entry("special_equipment", List.of("电梯工程", "锅炉安装")),
            Map.entry("town_gas", List.of("燃气")),
            Map.entry("tourism", List.of("旅游开发", "文化旅游")),
            Map.entry("education", List.of("教育培训")),
            Map.entry("health_care", List.of("医疗器械", "医药")));
    private static final List<String> SECTORS = List.copyOf(TRADES.keySet().stream().sorted().toList());
    private static final List<String> ZONE_SECTORS = List.of("industry_trade", "industrial_parks", "hazardous_chemicals", "special_equipment");

    private final Random random = new Random(5_226_017);
    private final Set<String> codes = new HashSet<>();
    private final LocalDate today;

    private KailiEnterprises(LocalDate today) {
        this.today = today;
    }

    /** The ledger over these grids; {@code zoneGrids} lie in 炉碧, {@code leaders} are the ten leaders' ids. */
    static List<NewEnterprise> ledger(List<String> grids, List<String> zoneGrids, List<Long> leaders, LocalDate today) {
        return new KailiEnterprises(today).generate(grids, zoneGrids, leaders);
    }

    private List<NewEnterprise> generate(List<String> grids, List<String> zoneGrids, List<Long> leaders) {
        List<NewEnterprise> all = new ArrayList<>(zone(zoneGrids, leaders));
        Set<String> inZone = Set.copyOf(zoneGrids);
        List<String> outside = grids.stream().filter(g -> !inZone.contains(g)).toList();
        for (int i = 0; i < ELSEWHERE; i++) {
            String sector = SECTORS.get(random.nextInt(SECTORS.size()));
            int employees = employees();
            EnterpriseStatus status = status();
            boolean union = status == EnterpriseStatus.ACTIVE && employees >= 25 && random.nextInt(100) < 40;
            all.add(enterprise(outside.get(random.nextInt(outside.size())), null, sector, employees, status, union,
                    union ? members(employees) : null, union ? UnionEngagement.PROACTIVE : engagement(), null));
        }
        return all;
    }

    /** 炉碧: 130 in business (50 large ones looked after, 84 unions with 4,882 members), then 8 deregistered and 5 lost. */
    private List<NewEnterprise> zone(List<String> grids, List<Long> leaders) {
        int[] employees = new int[ZONE_ACTIVE];
        int[] members = new int[ZONE_ACTIVE];
        for (int i = 0; i < ZONE_ACTIVE; i++) {
            employees[i] = i < LOOKED_AFTER ? 25 + random.nextInt(200) : 5 + random.nextInt(20);
        }
        double[] share = new double[ZONE_UNIONS]; // the large ones first, then the first 34 small ones
        double total = 0;
        for (int i = 0; i < ZONE_UNIONS; i++) {
            share[i] = employees[i] * (0.6 + random.nextDouble() * 0.3);
            total += share[i];
        }
        int given = 0;
        for (int i = 0; i < ZONE_UNIONS; i++) { // scaled to the seed's total exactly; the last takes what rounding left
            members[i] = i == ZONE_UNIONS - 1 ? ZONE_MEMBERS - given : Math.max(1, (int) Math.round(share[i] / total * ZONE_MEMBERS));
            employees[i] = Math.max(employees[i], members[i] + random.nextInt(10));
            given += members[i];
        }
        List<NewEnterprise> zone = new ArrayList<>();
        for (int i = 0; i < ZONE_ACTIVE; i++) {
            boolean union = i < ZONE_UNIONS;
            zone.add(enterprise(grids.get(random.nextInt(grids.size())), ZONE, ZONE_SECTORS.get(random.nextInt(ZONE_SECTORS.size())),
                    employees[i], EnterpriseStatus.ACTIVE, union, union ? members[i] : null, union ? UnionEngagement.PROACTIVE : engagement(),
                    i < LOOKED_AFTER ? leaders.get(i / 5) : null));
        }
        for (int i = 0; i < 13; i++) {
            zone.add(enterprise(grids.get(random.nextInt(grids.size())), ZONE, ZONE_SECTORS.get(random.nextInt(ZONE_SECTORS.size())),
                    5 + random.nextInt(20), i < 8 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.LOST_CONTACT, false, null, null, null));
        }
        return zone;
    }

    private NewEnterprise enterprise(String grid, String zone, String sector, int employees, EnterpriseStatus status, boolean union,
            Integer members, UnionEngagement engagement, Long leader) {
        List<String> trades = TRADES.get(sector);
        String name = "凯里市" + word() + trades.get(random.nextInt(trades.size())) + (random.nextInt(5) == 0 ? "有限责任公司" : "有限公司");
        LocalDate since = status == EnterpriseStatus.ACTIVE ? null : today.minusDays(10 + random.nextInt(700));
        String reason = status == EnterpriseStatus.DEREGISTERED ? "经营期满，已办理注销登记"
                : status == EnterpriseStatus.LOST_CONTACT ? "多次上门无人，联系电话停机" : null;
        return new NewEnterprise(code(), name, person(), "凯里市" + word() + "路" + (1 + random.nextInt(300)) + "号", grid, null, null, zone,
                List.of(sector), zone != null || random.nextInt(20) != 0, employees, risk(sector), status, since, reason, union, members, engagement, leader);
    }

    private String code() {
        String code;
        do {
            code = CreditCode.of("91", "522601", String.format("%08d", random.nextInt(100_000_000)));
        } while (!codes.add(code));
        return code;
    }

    private String word() {
        int at = random.nextInt(WORDS.length() / 2) * 2;
        return WORDS.substring(at, at + 2);
    }

    private String person() {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private int employees() {
        return random.nextInt(4) == 0 ? 25 + random.nextInt(400) : 3 + random.nextInt(22);
    }

    private int members(int employees) {
        return Math.max(1, (int) (employees * (0.5 + random.nextDouble() * 0.4)));
    }

    private EnterpriseStatus status() {
        int r = random.nextInt(100);
        return r < 92 ? EnterpriseStatus.ACTIVE : r < 97 ? EnterpriseStatus.DEREGISTERED : EnterpriseStatus.LOST_CONTACT;
    }

    private UnionEngagement engagement() {
        int r = random.nextInt(10);
        return r < 4 ? UnionEngagement.PROACTIVE : r < 8 ? UnionEngagement.STALLED : UnionEngagement.RESISTANT;
    }

    private RiskLevel risk(String sector) {
        int r = random.nextInt(100) + (Set.of("hazardous_chemicals", "coal_mining", "non_coal_mining", "fireworks").contains(sector) ? 15 : 0);
        return r >= 105 ? RiskLevel.RED : r >= 85 ? RiskLevel.ORANGE : r >= 50 ? RiskLevel.YELLOW : RiskLevel.BLUE;
    }
}
