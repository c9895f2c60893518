package cn.taizhang.demo;

import cn.taizhang.registry.place.NewPlace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's place ledger (场所台账), a few hundred places of every type across the city's grids: stations and the
 * checkpoints at the expressway exits, schools and hospitals of every 镇街, cold-chain stores, some 60 internet cafés,
 * the isolation sites, as the seeds count them 70 公园广场 and 15 全民健身示范点 — in exactly the 镇街 the seed names
 * ({@link #FITNESS_TOWNS}) — a 党群服务中心 per 镇街, markets and venues. Names are plausible, not real. Deterministic.
 */
final class KailiPlaces {

    static final int PARKS = 70;
    static final int INTERNET_CAFES = 60;
    /** The 镇街 of the seed's 15 全民健身示范点, by name; the first four have two each. */
    static final List<String> FITNESS_TOWNS = List.of("大十字街道", "鸭塘街道", "洗马河街道", "白果井街道", "西门街道", "湾溪街道", "开怀街道",
            "白午街道", "万潮镇", "湾水镇", "龙场镇");
    static final int FITNESS_POINTS = 15;

    private static final List<String> ROADS = List.of("北京东路", "北京西路", "韶山南路", "韶山北路", "宁波路", "文化北路", "文化南路",
            "营盘东路", "营盘西路", "清江路", "永丰路", "环城东路", "环城西路", "金井路", "凯开大道", "迎宾大道", "龙井路", "鸭塘大道", "开元大道",
            "大十字路", "博南路", "万博路", "广场路", "友谊路");
    private static final List<String> PARK_WORDS = List.of("金泉湖", "大阁山", "龙头河", "清江", "苗岭", "民族", "月亮湾", "香炉山", "巴拉河",
            "鸭塘", "开怀", "白午", "湾溪", "洗马河", "西门", "白果井", "营盘坡", "龙井", "金井", "下司", "舟溪", "凯棠", "三棵树", "炉山",
            "万潮", "龙场", "湾水", "旁海", "碧波", "大风洞", "芦笙", "银饰", "锦鸡", "迎宾", "博南", "万博", "丹霞", "桂花", "樱花", "滨江");
    private static final List<String> PARK_KINDS = List.of("公园", "广场", "游园", "休闲广场", "湿地公园", "文化广场");
    private static final List<String> SHOP_WORDS = List.of("星际", "极速", "网鱼", "风云", "天空", "蓝海", "飞扬", "光速", "雷霆", "零度",
            "梦幻", "未来", "火线", "战神", "巅峰", "启航", "银河", "竞技", "微光", "云端");

    private final Random random = new Random(5_226_019);
    private final Map<String, String> towns; // code -> name, in code order
    private final Map<String, String> villages; // 12-digit code -> short name
    private final Map<String, List<String>> gridsOfTown = new LinkedHashMap<>();
    private final Map<String, List<String>> gridsOfVillage = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final List<NewPlace> places = new ArrayList<>();

    private KailiPlaces(List<KailiOrganisation.Town> towns, Map<String, String> villages, List<String> grids) {
        this.towns = new LinkedHashMap<>();
        towns.forEach(t -> this.towns.put(t.code(), t.name()));
        this.villages = villages;
        for (String grid : grids) {
            gridsOfTown.computeIfAbsent(grid.substring(0, 9), t -> new ArrayList<>()).add(grid);
            gridsOfVillage.computeIfAbsent(grid.substring(0, 12), v -> new ArrayList<>()).add(grid);
        }
    }

    /** The ledger over these 镇街, 村社区 (code → short name) and grids. */
    static List<NewPlace> ledger(List<KailiOrganisation.Town> towns, Map<String, String> villages, List<String> grids) {
        return new KailiPlaces(towns, villages, grids).generate();
    }

    private List<NewPlace> generate() {
        stations();
        schools();
        hospitals();
        coldChain();
        internetCafes();
        isolationSites();
        parks();
        fitnessPoints();
        partyServiceCentres();
        markets();
        venues();
        return places;
    }

    private void stations() {
        add("station", "凯里站", street(0), "中国铁路成都局集团有限公司凯里车务段", "铁路客运站；节假日客流高峰加派安保");
        add("station", "凯里南站", street(4), "中国铁路成都局集团有限公司凯里南站", "高铁站");
        add("station", "凯里汽车客运总站", street(1), "凯里市交通运输局", null);
        add("station", "凯里汽车客运西站", street(2), "凯里市交通运输局", null);
        add("station", "凯里汽车客运北站", street(5), "凯里市交通运输局", null);
        add("station", "凯里城东公交枢纽站", street(6), "凯里市公共交通有限公司", null);
        for (String exit : List.of("凯里北", "凯里东", "三棵树", "炉山", "舟溪", "下司", "万潮", "龙场")) {
            String town = townNamed(exit.startsWith("凯里") ? (exit.equals("凯里北") ? "鸭塘街道" : "开怀街道") : exit + "镇");
            add("station", exit + "收费站检查站", town, "凯里市公安局交通管理大队", "高速公路出入口，车辆和人员查验点");
        }
    }

    private void schools() {
        List<String> streets = towns.keySet().stream().filter(KailiPlaces::isStreet).toList();
        for (int n = 1; n <= 18; n++) {
            add("school", "凯里市第" + numeral(n) + "小学", streets.get(n % streets.size()), "凯里市教科局", null);
        }
        for (int n = 1; n <= 8; n++) {
            add("school", "凯里市第" + numeral(n) + "中学", streets.get((n * 3) % streets.size()), "凯里市教科局", null);
        }
        add("school", "凯里学院", street(7), "凯里学院", "高等院校");
        add("school", "黔东南民族职业技术学院", street(3), "黔东南民族职业技术学院", "高等职业院校");
        add("school", "凯里市民族中等职业学校", street(8), "凯里市教科局", null);
        for (String town : towns.keySet()) {
            if (!isStreet(town)) {
                add("school", base(town) + "镇中心小学", town, "凯里市教科局", null);
                add("school", base(town) + "镇中学", town, "凯里市教科局", null);
                add("school", base(town) + "镇中心幼儿园", town, "凯里市教科局", null);
            }
        }
    }

    private void hospitals() {
        add("hospital", "黔东南州人民医院", street(1), "黔东南州卫生健康局", "三级甲等综合医院");
        add("hospital", "凯里市第一人民医院", street(2), "凯里市卫健局", null);
        add("hospital", "凯里市中医医院", street(0), "凯里市卫健局", null);
        add("hospital", "凯里市妇幼保健院", street(3), "凯里市卫健局", null);
        add("hospital", "黔东南州中医医院", street(5), "黔东南州卫生健康局", null);
        for (String town : towns.keySet()) {
            add("hospital", isStreet(town) ? towns.get(town) + "社区卫生服务中心" : towns.get(town) + "卫生院", town, "凯里市卫健局", null);
        }
    }

    private void coldChain() {
        String[][] stores = {{"凯里市农产品冷链物流中心", null}, {"凯里市肉类冷链仓储中心", null}, {"黔东南州冷链物流园一号库", null},
            {"黔东南州冷链物流园二号库", null}, {"凯里市水产品冷库", null}, {"凯里市果蔬保鲜库", null}, {"凯里市进口冷链食品集中监管仓", null},
            {"鸭塘冻品批发市场冷库", "鸭塘街道"}, {"开怀医药冷链仓库", "开怀街道"}, {"炉山农产品冷库", "炉山镇"}, {"三棵树果蔬冷库", "三棵树镇"},
            {"舟溪蔬菜预冷库", "舟溪镇"}, {"下司冷水鱼冷库", "下司镇"}, {"万潮食用菌冷库", "万潮镇"}, {"龙场农产品冷库", "龙场镇"}};
        for (String[] store : stores) {
            add("cold_chain", store[0], store[1] == null ? street(random.nextInt(9)) : townNamed(store[1]), "凯里市市场监管局",
                    "进口冷链食品须查验核酸检测证明和追溯码");
        }
    }

    private void internetCafes() {
        List<String> streets = towns.keySet().stream().filter(KailiPlaces::isStreet).toList();
        for (int i = 0; i < INTERNET_CAFES; i++) {
            String town = i < 48 ? streets.get(i % streets.size()) : nonStreet(i);
            String name;
            do {
                name = SHOP_WORDS.get(random.nextInt(SHOP_WORDS.size())) + (random.nextBoolean() ? "网咖" : "网吧") + "（"
                        + ROADS.get(random.nextInt(ROADS.size())).replace("路", "").replace("大道", "") + "店）";
            } while (names.contains("internet_cafe" + name));
            add("internet_cafe", name, town, "凯里市文体广电旅游局", "核验上网人员身份，禁止未成年人进入");
        }
    }

    private void isolationSites() {
        for (int n = 1; n <= 8; n++) {
            add("isolation", "凯里市第" + numeral(n) + "集中隔离医学观察点", n <= 5 ? street(n) : nonStreet(n), "凯里市卫健局", "平时关闭，按预案启用");
        }
    }

    private void parks() {
        List<String> all = new ArrayList<>();
        for (String word : PARK_WORDS) {
            for (String kind : PARK_KINDS) {
                all.add(word + kind);
            }
        }
        List<String> townCodes = new ArrayList<>(towns.keySet());
        int made = 0;
        while (made < PARKS) {
            String name = all.remove(random.nextInt(all.size()));
            // most of them in the city's 街道, the others in the 镇 whose name they carry or anywhere
            String town = townCodes.stream().filter(t -> name.startsWith(base(t))).findFirst()
                    .orElse(random.nextInt(4) == 0 ? townCodes.get(random.nextInt(townCodes.size())) : street(random.nextInt(9)));
            if (add("park", name, town, "凯里市综合行政执法局", null)) {
                made++;
            }
        }
    }

    private void fitnessPoints() {
        for (int i = 0; i < FITNESS_POINTS; i++) {
            String town = townNamed(FITNESS_TOWNS.get(i < FITNESS_TOWNS.size() ? i : i - FITNESS_TOWNS.size()));
            String grid;
            do { // a 村社区 of its own: the points are named after theirs
                grid = gridIn(town);
            } while (!place("fitness_point", villages.getOrDefault(grid.substring(0, 12), base(town)) + "全民健身示范点", grid,
                    "凯里市文体广电旅游局", "2021年建成：健身路径、篮球场、乒乓球台"));
        }
    }

    private void partyServiceCentres() {
        for (String town : towns.keySet()) {
            String unit = towns.get(town) + (isStreet(town) ? "办事处" : "人民政府");
            if (gridsOfTown.get(town).contains(DemoSignIns.GRID_WORKER_GRID)) { // the demo grid worker's grid has one of its own to show
                place("party_service", towns.get(town) + "党群服务中心", DemoSignIns.GRID_WORKER_GRID, unit, "便民服务、党员活动、网格员工作站");
            } else {
                add("party_service", towns.get(town) + "党群服务中心", town, unit, null);
            }
        }
    }

    private void markets() {
        for (String town : towns.keySet()) {
            if (isStreet(town)) {
                String grid = gridIn(town);
                place("market", villages.getOrDefault(grid.substring(0, 12), base(town)) + "农贸市场", grid, towns.get(town) + "办事处", null);
            } else {
                add("market", base(town) + "农贸市场", town, towns.get(town) + "人民政府", "逢赶场日人流量大");
            }
        }
        add("market", "凯里市金井农贸市场", street(0), "凯里市商务局", null);
        add("market", "凯里市营盘坡农贸市场", street(2), "凯里市商务局", null);
    }

    private void venues() {
        for (String name : List.of("凯里市体育馆", "黔东南州体育中心", "凯里市文化馆", "凯里市图书馆", "黔东南州民族博物馆", "凯里市全民健身中心",
                "凯里市青少年活动中心", "凯里市游泳馆")) {
            add("venue", name, street(random.nextInt(9)), "凯里市文体广电旅游局", null);
        }
    }

    /** A place in a grid of the 镇街 {@code town}; false if its name was used already. */
    private boolean add(String type, String name, String town, String unit, String notes) {
        return place(type, name, gridIn(town), unit, notes);
    }

    private boolean place(String type, String name, String grid, String unit, String notes) {
        if (!names.add(type + name)) {
            return false;
        }
        String town = grid.substring(0, 9);
        String address = isStreet(town) ? "凯里市" + towns.get(town) + ROADS.get(random.nextInt(ROADS.size())) + (1 + random.nextInt(300)) + "号"
                : "凯里市" + towns.get(town) + villages.getOrDefault(grid.substring(0, 12), "");
        places.add(new NewPlace(type, name, address, grid, null, null, unit, notes));
        return true;
    }

    private String gridIn(String town) {
        List<String> grids = gridsOfTown.get(town);
        return grids.get(random.nextInt(grids.size()));
    }

    /** The {@code n}-th 街道, in code order. */
    private String street(int n) {
        List<String> streets = towns.keySet().stream().filter(KailiPlaces::isStreet).toList();
        return streets.get(n % streets.size());
    }

    private String nonStreet(int n) {
        List<String> others = towns.keySet().stream().filter(t -> !isStreet(t)).toList();
        return others.get(n % others.size());
    }

    private String townNamed(String name) {
        return towns.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no 镇街 named " + name));
    }

    /** 大十字街道 → 大十字, 三棵树镇 → 三棵树. */
    private String base(String town) {
        String name = towns.get(town);
        return name.endsWith("街道") ? name.substring(0, name.length() - 2) : name.substring(0, name.length() - 1);
    }

    /** 街道 (segment 001-099) as opposed to 镇. */
    static boolean isStreet(String town) {
        return Integer.parseInt(town.substring(6, 9)) < 100;
    }

    private static String numeral(int n) {
        String digits = "一二三四五六七八九十";
        return n <= 10 ? String.valueOf(digits.charAt(n - 1)) : "十" + digits.charAt(n - 11);
    }
}
