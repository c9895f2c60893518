package cn.taizhang.demo;

import java.util.List;

/**
 * A named group of areas that is reported on but is not part of the area tree
 * (a development zone or a resettlement area). {@code areaCodes} are 12-digit statistical codes,
 * as in the divisions CSV, so an importer normalises them the same way as the divisions.
 *
 * @param kind {@code development_zone} or {@code resettlement_area}
 */
public record OverlaySpec(String code, String name, String kind, List<String> areaCodes) {

    public OverlaySpec {
        areaCodes = List.copyOf(areaCodes);
    }
}
