package cn.taizhang.registry.enterprise;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.List;
import java.util.Locale;

/**
 * The {@code near=lat,lng} of the enterprise list (WGS-84, as a phone's position): the list ordered by distance from it,
 * those without a position last. Kaili spans a few tens of kilometres, so the flat-earth approximation orders as well as
 * a great circle; the page computes the metres it shows from each enterprise's location.
 */
record Near(double lat, double lng) {

    /** The point, or null when none was asked for; 400 naming {@code near} when it is not "lat,lng" on the earth. */
    static Near parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length == 2) {
            try {
                double lat = Double.parseDouble(parts[0].strip());
                double lng = Double.parseDouble(parts[1].strip());
                if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) { // NaN fails both comparisons
                    return new Near(lat, lng);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw Problem.invalid(List.of(new FieldProblem("near", "INVALID_FIELD", "near：须为“纬度,经度”（WGS-84），如 26.566,107.981")));
    }

    /** The ORDER BY clause: nearest first, unplaced last. The numbers are parsed doubles, never the caller's text. */
    String orderBy() {
        double cos = Math.cos(Math.toRadians(lat));
        return String.format(Locale.ROOT, "e.lat IS NULL, (e.lat - (%.8f)) ^ 2 + ((e.lng - (%.8f)) * %.8f) ^ 2, e.name, e.id", lat, lng, cos);
    }
}
