package cn.taizhang.demo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * One row of the divisions CSV. The original text of the row is kept so that the generator
 * can hand the input back unchanged, whatever number formatting it used.
 *
 * @param location the row's WGS-84 point, or null where the source has none
 */
record Division(String code, String parentCode, String name, String level, String urbanRuralClass,
                Coordinate location, String line) {

    static final String HEADER = "code,parent_code,name,level,urban_rural_class,lng,lat";

    static Division synthetic(String code, String parentCode, String name, String urbanRuralClass) {
        String line = String.join(",", code, parentCode, name, "village", urbanRuralClass, "", "");
        return new Division(code, parentCode, name, "village", urbanRuralClass, null, line);
    }

    /** Parses the CSV body; the source has no quoted fields, so a plain split is enough. */
    static List<Division> parse(String csv) {
        List<Division> rows = new ArrayList<>();
        String[] lines = csv.split("\r?\n");
        if (lines.length == 0 || !lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException("unexpected divisions header: " + (lines.length == 0 ? "" : lines[0]));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 7 fields: " + lines[i]);
            }
            Coordinate at = f[5].isBlank() || f[6].isBlank() ? null
                    : new Coordinate(Double.parseDouble(f[5]), Double.parseDouble(f[6]));
            rows.add(new Division(f[0], f[1], f[2], f[3], f[4], at, lines[i]));
        }
        return rows;
    }

    boolean isTown() {
        return level.equals("town");
    }

    boolean isVillage() {
        return level.equals("village");
    }

    /** 街道 (segment 001-099) as opposed to 镇 (100-199). */
    boolean isStreet() {
        return isTown() && Integer.parseInt(code.substring(6, 9)) < 100;
    }

    /** 村委会 (segment 200-399); below 200 are 居委会, 社区 and 家委会. */
    boolean isVillageCommittee() {
        return isVillage() && Integer.parseInt(code.substring(9, 12)) >= 200;
    }

    /** A city 社区 of the 主城区 or 城乡结合区: the unit that is cut into 万米 grids. */
    boolean isUrbanCommunity() {
        return !isVillageCommittee() && (urbanRuralClass.equals("111") || urbanRuralClass.equals("112"));
    }

    /** The name the grids are named after: 市府社区居委会 → 市府社区, 金井村委会 → 金井村. */
    String shortName() {
        if (name.endsWith("社区居委会")) {
            return name.substring(0, name.length() - 3);
        }
        if (name.endsWith("村委会")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }
}
