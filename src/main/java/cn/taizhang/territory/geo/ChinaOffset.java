package cn.taizhang.territory.geo;

/**
 * The published approximation of China's GCJ-02 offset (the "Mars" coordinates of 高德/腾讯 maps) and
 * Baidu's BD-09 on top of it. GCJ-02 has no closed-form inverse, so GCJ-02 → WGS-84 iterates the forward
 * formula. Outside China's bounding box no offset is applied, as the official devices do.
 * Arrays are {lng, lat}, the GeoJSON order.
 */
public final class ChinaOffset {

    private static final double A = 6378245.0; // Krasovsky 1940 semi-major axis, used by the GCJ-02 formula
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double TOLERANCE = 1e-9; // degrees, well below the required 1e-7
    private static final int MAX_ITERATIONS = 30;

    private ChinaOffset() {
    }

    public static boolean outOfChina(double lng, double lat) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    public static double[] wgs84ToGcj02(double lng, double lat) {
        if (outOfChina(lng, lat)) {
            return new double[] {lng, lat};
        }
        double[] d = delta(lng, lat);
        return new double[] {lng + d[0], lat + d[1]};
    }

    public static double[] gcj02ToWgs84(double lng, double lat) {
        if (outOfChina(lng, lat)) {
            return new double[] {lng, lat};
        }
        double wgsLng = lng;
        double wgsLat = lat;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] gcj = wgs84ToGcj02(wgsLng, wgsLat);
            double dLng = gcj[0] - lng;
            double dLat = gcj[1] - lat;
            if (Math.abs(dLng) < TOLERANCE && Math.abs(dLat) < TOLERANCE) {
                break;
            }
            wgsLng -= dLng;
            wgsLat -= dLat;
        }
        return new double[] {wgsLng, wgsLat};
    }

    public static double[] bd09ToGcj02(double lng, double lat) {
        double x = lng - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new double[] {z * Math.cos(theta), z * Math.sin(theta)};
    }

    public static double[] bd09ToWgs84(double lng, double lat) {
        if (outOfChina(lng, lat)) {
            return new double[] {lng, lat};
        }
        double[] gcj = bd09ToGcj02(lng, lat);
        return gcj02ToWgs84(gcj[0], gcj[1]);
    }

    private static double[] delta(double lng, double lat) {
        double x = lng - 105.0;
        double y = lat - 35.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = (transformLat(x, y) * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLng = (transformLng(x, y) * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLng, dLat};
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLng(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
