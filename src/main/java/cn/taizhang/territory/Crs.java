package cn.taizhang.territory;

import cn.taizhang.territory.geo.ChinaOffset;
import java.util.Arrays;
import java.util.Optional;

/** Coordinate systems a position may arrive in: GPS (WGS-84), 高德/腾讯 (GCJ-02) or 百度 (BD-09). */
public enum Crs {
    WGS84,
    GCJ02,
    BD09;

    /** Accepts wgs84, gcj02 or bd09, case-insensitively. */
    public static Optional<Crs> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(id)).findFirst();
    }

    /** The same position in WGS-84, the system the grid polygons are stored in. */
    public LatLng toWgs84(double lat, double lng) {
        double[] wgs = switch (this) {
            case WGS84 -> new double[] {lng, lat};
            case GCJ02 -> ChinaOffset.gcj02ToWgs84(lng, lat);
            case BD09 -> ChinaOffset.bd09ToWgs84(lng, lat);
        };
        return new LatLng(wgs[1], wgs[0]);
    }
}
