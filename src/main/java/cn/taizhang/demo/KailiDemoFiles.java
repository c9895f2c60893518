package cn.taizhang.demo;

import cn.taizhang.territory.AreaCode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what the demo generator wrote: the towns of the division list, the codes of the grids. */
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

    static List<String> gridCodes(String gridsGeoJson) {
        List<String> codes = new ArrayList<>();
        for (JsonNode feature : JsonMapper.shared().readTree(gridsGeoJson).get("features")) {
            codes.add(feature.get("properties").get("code").asString());
        }
        return codes;
    }
}
