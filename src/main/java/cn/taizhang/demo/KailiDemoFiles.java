package cn.taizhang.demo;

import cn.taizhang.territory.AreaCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what the demo generator wrote: the towns and 村社区 of the division list, the codes of the grids. */
final class KailiDemoFiles {

    private KailiDemoFiles() {
    }

    static List<KailiOrganisation.Town> towns(String divisionsCsv) {
        List<KailiOrganisation.Town> towns = new ArrayList<>();
        for (String line : divisionsCsv.split("\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length > 3 && cells[3].equals("town")) {
                towns.add(new KailiOrganisation.Town(AreaCode.fromStatistical(cells[0]).value(), cells[2]));
            }
        }
        return towns;
    }

    /** The 村社区 by code, each under its short name (市府社区居委会 → 市府社区, 金井村委会 → 金井村). */
    static Map<String, String> villages(String divisionsCsv) {
        Map<String, String> villages = new LinkedHashMap<>();
        for (Division d : Division.parse(divisionsCsv)) {
            if (d.isVillage()) {
                villages.put(AreaCode.fromStatistical(d.code()).value(), d.shortName());
            }
        }
        return villages;
    }

    static List<String> gridCodes(String gridsGeoJson) {
        List<String> codes = new ArrayList<>();
        for (JsonNode feature : JsonMapper.shared().readTree(gridsGeoJson).get("features")) {
            codes.add(feature.get("properties").get("code").asString());
        }
        return codes;
    }
}
