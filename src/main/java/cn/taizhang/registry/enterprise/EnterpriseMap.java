package cn.taizhang.registry.enterprise;

import java.util.ArrayList;
import java.util.List;

/**
 * The enterprises of a filtered list as points for a map (GeoJSON, WGS-84 longitude first): each with its risk level and
 * the coercive measure it is under, which the map marks. {@code total} is how many the filter selects, {@code located}
 * how many of them have a location; at most a fixed number are drawn ({@code truncated}).
 */
public record EnterpriseMap(String type, long total, long located, boolean truncated, List<Feature> features) {

    public record Feature(String type, Point geometry, Properties properties) {
    }

    public record Point(String type, double[] coordinates) {
    }

    /** {@code coerced}: 停产停业整顿, 关闭 or 取缔 while it is in force, else null. */
    public record Properties(long id, String name, String riskLevel, String riskLevelLabel, String statusLabel, String coerced) {
    }

    /** Collects the selection one enterprise at a time. */
    static final class Builder {

        private final int max;
        private final List<Feature> features = new ArrayList<>();
        private long total;
        private long located;

        Builder(int max) {
            this.max = max;
        }

        void add(Enterprise e) {
            total++;
            if (e.location() == null) {
                return;
            }
            located++;
            if (features.size() < max) {
                features.add(new Feature("Feature", new Point("Point", new double[] {e.location().lng(), e.location().lat()}),
                        new Properties(e.id(), e.name(), e.riskLevel(), e.riskLevelLabel(), e.statusLabel(),
                                e.coerced() == null ? null : e.coerced().label())));
            }
        }

        EnterpriseMap build() {
            return new EnterpriseMap("FeatureCollection", total, located, located > features.size(), List.copyOf(features));
        }
    }
}
