package cn.taizhang.territory;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Test files for fictional counties (5226xx from 90 up, each owned in support.OwnedArea), far from Kaili (522601) in code and on the map
 * (around 100°E 40°N), so the tests pass whether or not the Kaili demo is loaded.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String divisions(String... rows) {
        return "code,parent_code,name,level,urban_rural_class,lng,lat\n" + String.join("\n", rows) + "\n";
    }

    /** A rectangle as GeoJSON geometry, corner (lng, lat). */
    public static String box(double lng, double lat, double width, double height) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
                lng, lat, lng + width, lat, lng + width, lat + height, lng, lat + height, lng, lat);
    }

    public static String box(double lng, double lat, double size) {
        return box(lng, lat, size, size);
    }

    /** A feature; a null code or name is left out, a Long code is written as a JSON number. */
    public static String feature(Object code, String name, String geometry) {
        StringBuilder properties = new StringBuilder();
        if (code != null) {
            properties.append("\"code\":").append(code instanceof String ? "\"" + code + "\"" : code);
        }
        if (name != null) {
            properties.append(properties.isEmpty() ? "" : ",").append("\"name\":\"").append(name).append('"');
        }
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
    }

    public static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    public static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
