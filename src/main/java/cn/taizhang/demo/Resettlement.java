package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The five 集中安置区 (易地扶贫搬迁 resettlement areas) of the seed: "新设立 2 个街道、2 个社区、
 * 8 个居民委员会、49 个居民网格，其中，3 个集中安置区纳入原来 3 个街道、社区管理".
 * The CSV (2016 edition plus the two new 街道) has none of these units, so they are made up here:
 * the two new 街道 (白午, 白果井) each get one 社区 and a few 居委会; the other three areas are one
 * 居委会 each under an existing 街道, with a segment number the CSV does not use.
 * Names are invented but plausible (玻璃厂安置小区 is named in the seed); grid counts are fixed
 * so that they add up to the seed's 49.
 */
final class Resettlement {

    /** A synthetic community-level unit and the number of 居民网格 it is cut into. */
    record Unit(String areaCode, Division division, int grids) {
    }

    private record Area(String code, String name, String townCode, List<String[]> units) {
    }

    // {segment, name, urban-rural class, grids}; 社区 rows end in 社区居委会 like the CSV's.
    private static final List<Area> AREAS = List.of(
            new Area("RA01", "白午集中安置区", "522601008000", List.of(
                    new String[] {"001", "白午社区居委会", "111", "6"},
                    new String[] {"002", "同心居委会", "111", "5"},
                    new String[] {"003", "新民居委会", "111", "5"},
                    new String[] {"004", "乐业居委会", "111", "4"})),
            new Area("RA02", "白果井集中安置区", "522601009000", List.of(
                    new String[] {"001", "白果井社区居委会", "111", "6"},
                    new String[] {"002", "安居居委会", "111", "5"},
                    new String[] {"003", "欣悦居委会", "111", "4"})),
            new Area("RA03", "玻璃厂集中安置区", "522601006000", List.<String[]>of(
                    new String[] {"003", "玻璃厂居委会", "112", "5"})),
            new Area("RA04", "上马石集中安置区", "522601007000", List.<String[]>of(
                    new String[] {"002", "怀安居委会", "112", "5"})),
            new Area("RA05", "平茶集中安置区", "522601005000", List.<String[]>of(
                    new String[] {"004", "平安居委会", "112", "4"})));

    private Resettlement() {
    }

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (Area area : AREAS) {
            for (String[] u : area.units()) {
                String code = area.townCode().substring(0, 9) + u[0];
                Division d = Division.synthetic(code, area.townCode(), u[1], u[2]);
                units.add(new Unit(area.code(), d, Integer.parseInt(u[3])));
            }
        }
        return units;
    }

    private static final Set<String> CODES = units().stream().map(u -> u.division().code()).collect(Collectors.toSet());

    static boolean isUnit(String code) {
        return CODES.contains(code);
    }

    static List<OverlaySpec> overlays() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Unit u : units()) {
            members.computeIfAbsent(u.areaCode(), k -> new ArrayList<>()).add(u.division().code());
        }
        List<OverlaySpec> overlays = new ArrayList<>();
        for (Area area : AREAS) {
            overlays.add(new OverlaySpec(area.code(), area.name(), "resettlement_area", members.get(area.code())));
        }
        return overlays;
    }
}
