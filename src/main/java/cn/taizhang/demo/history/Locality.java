package cn.taizhang.demo.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What kind of place a grid is and what is in it, fixed per grid so that its reports agree with each other: a city
 * community's roads, estate and nearest landmark; a town centre's streets; a village's groups (组); a factory's
 * housing (家委会). Told from the grid code (街道 segment below 100, 居委会/社区 below 200) and the names.
 */
record Locality(Kind kind, String town, String townBase, String village, String base, List<String> roads, String landmark,
        String estates, int groups) {

    /** The kinds of place, each with its own list of address forms. */
    enum Kind {
        CITY, TOWN, VILLAGE, WORKS;

        String addressList() {
            return "address." + name().toLowerCase();
        }
    }

    static Locality of(Spot spot, Phrases phrases) {
        String[] village = shortVillage(spot.villageName());
        String townBase = strip(spot.townName(), "街道", "镇", "乡");
        Kind kind = kind(spot.gridCode(), spot.villageName());
        // the same grid always gets the same streets and landmark, whatever the seed: geography does not change
        SplittableRandom random = new SplittableRandom(spot.gridCode().hashCode());
        Map<String, String> names = Map.of("town", spot.townName(), "townBase", townBase, "village", village[0], "base", village[1]);
        List<String> roads = roads(kind, spot.townName(), village[1], phrases, names, random);
        String landmark = phrases.pick(switch (kind) {
            case CITY -> first(phrases, "landmarks." + spot.townName(), "city_landmark");
            case TOWN -> first(phrases, "landmarks." + spot.townName(), "town_landmark");
            case VILLAGE -> "village_landmark";
            case WORKS -> "works_landmark";
        }, names, random);
        String estates = first(phrases, "estates." + spot.villageName(), "estates." + spot.townName(),
                kind == Kind.VILLAGE ? "village_estate" : "estate");
        int groups = 4 + random.nextInt(11);
        return new Locality(kind, spot.townName(), townBase, village[0], village[1], roads, landmark, estates, groups);
    }

    /**
     * The names a report's templates may use: {@code here} (a short place: the road, or the village and its group),
     * {@code road}, {@code road2}, {@code landmark}, {@code estate}, {@code building}, {@code group}, {@code town}, {@code townBase},
     * {@code village}, {@code base}.
     */
    Map<String, String> scene(Phrases phrases, SplittableRandom random) {
        Map<String, String> scene = new HashMap<>();
        scene.put("town", town);
        scene.put("townBase", townBase);
        scene.put("village", village);
        scene.put("base", base);
        int first = random.nextInt(roads.size());
        scene.put("road", roads.get(first));
        scene.put("road2", roads.get((first + 1) % roads.size()));
        scene.put("landmark", landmark);
        scene.put("group", Integer.toString(1 + random.nextInt(groups)));
        scene.put("estate", phrases.pick(estates, scene, random));
        // one building per report, so that a description and its address name the same one
        scene.put("building", kind == Kind.WORKS ? village + "生活区" + (1 + random.nextInt(30)) + "栋"
                : scene.get("estate") + (1 + random.nextInt(kind == Kind.VILLAGE ? 8 : 24)) + "栋");
        scene.put("here", switch (kind) {
            case CITY, TOWN -> scene.get("road");
            case VILLAGE -> village + scene.get("group") + "组";
            case WORKS -> village + "生活区";
        });
        return scene;
    }

    private static Kind kind(String grid, String villageName) {
        if (villageName.endsWith("家委会")) {
            return Kind.WORKS;
        }
        boolean street = grid.length() >= 12 && Integer.parseInt(grid.substring(6, 9)) < 100;
        boolean residents = grid.length() >= 12 && Integer.parseInt(grid.substring(9, 12)) < 200;
        return !residents ? Kind.VILLAGE : street ? Kind.CITY : Kind.TOWN;
    }

    /** A city grid's two roads: its community's own road if the community is named after one, then the town's. */
    private static List<String> roads(Kind kind, String town, String base, Phrases phrases, Map<String, String> names, SplittableRandom random) {
        if (kind == Kind.VILLAGE || kind == Kind.WORKS) {
            return List.of("通村公路", "通组路");
        }
        List<String> pool = new ArrayList<>(phrases.entries(first(phrases, "roads." + town, kind == Kind.CITY ? "city_road" : "town_road")));
        List<String> roads = new ArrayList<>();
        if (kind == Kind.CITY && (base.endsWith("路") || base.endsWith("街") || base.endsWith("巷") || base.endsWith("大道"))) {
            roads.add(base);
            pool.remove(base);
        }
        while (roads.size() < 2 && !pool.isEmpty()) {
            roads.add(phrases.fill(pool.remove(random.nextInt(pool.size())), names, random));
        }
        return List.copyOf(roads);
    }

    /** The first of the lists that exists. */
    private static String first(Phrases phrases, String... lists) {
        for (String list : lists) {
            if (phrases.has(list)) {
                return list;
            }
        }
        throw new IllegalStateException("none of the phrase lists " + List.of(lists));
    }

    /** The village as people say it ("龙头村", "北京西路社区", "化肥厂") and its bare name ("龙头", "北京西路"). */
    static String[] shortVillage(String name) {
        for (String[] suffix : new String[][] {{"社区居委会", "社区"}, {"居委会", "社区"}, {"村委会", "村"}, {"家委会", ""}}) {
            if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
                String base = name.substring(0, name.length() - suffix[0].length());
                return new String[] {base + suffix[1], base};
            }
        }
        String base = strip(name, "社区", "村");
        return new String[] {name, base};
    }

    private static String strip(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
