package cn.taizhang.territory.imports;

import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.ImportError;
import cn.taizhang.territory.geo.GeoJson;
import cn.taizhang.territory.imports.GridFile.GridFeature;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;

/** The checks of one grid feature, each failure added to the errors as it is found. */
final class FeatureCheck {

    private static final String[] TOPOLOGY_ERRORS = {
            "拓扑错误", "存在重复点", "内环（洞）位于外环之外", "内环相互嵌套", "内部不连通", "边自相交",
            "环自相交", "多边形相互嵌套", "存在重复的环", "点数过少", "坐标无效", "环未闭合"};

    private FeatureCheck() {
    }

    static GridFeature check(int index, JsonNode feature, Map<AreaCode, Integer> firstIndex,
            Predicate<AreaCode> villageExists, List<ImportError> errors) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            errors.add(ImportError.atFeature(index, "BAD_FEATURE", "不是 GeoJSON Feature 对象"));
            return null;
        }
        int before = errors.size();
        JsonNode properties = feature.path("properties");
        AreaCode code = code(index, properties.path("code"), firstIndex, villageExists, errors);
        String name = properties.path("name").isString() ? properties.path("name").stringValue().strip() : "";
        if (name.isEmpty()) {
            errors.add(ImportError.atFeature(index, "MISSING_NAME", "缺少名称（properties.name）"));
        }
        Geometry shape = shape(index, feature.path("geometry"), errors);
        return errors.size() > before ? null : new GridFeature(index, code, name, shape);
    }

    private static AreaCode code(int index, JsonNode value, Map<AreaCode, Integer> firstIndex,
            Predicate<AreaCode> villageExists, List<ImportError> errors) {
        // a 15-digit code fits a JSON number exactly, so accept one written without quotes
        String text = value.isString() ? value.stringValue().strip() : value.isIntegralNumber() ? value.asString() : "";
        if (text.isEmpty()) {
            errors.add(ImportError.atFeature(index, "MISSING_CODE", "缺少网格代码（properties.code）"));
            return null;
        }
        AreaCode code;
        try {
            code = AreaCode.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.atFeature(index, "MALFORMED_CODE", "网格代码格式不正确：" + e.getMessage()));
            return null;
        }
        if (code.level() != AreaLevel.GRID) {
            errors.add(ImportError.atFeature(index, "NOT_A_GRID_CODE",
                    "代码 " + code + " 是" + code.level().label() + "代码，不是15位网格代码"));
            return null;
        }
        Integer first = firstIndex.putIfAbsent(code, index);
        if (first != null) {
            errors.add(ImportError.atFeature(index, "DUPLICATE_CODE",
                    "网格代码 " + code + " 与第" + (first + 1) + "个要素（features[" + first + "]）重复"));
            return null;
        }
        AreaCode village = code.parent().orElseThrow();
        if (!villageExists.test(village)) {
            errors.add(ImportError.atFeature(index, "UNKNOWN_VILLAGE", "所属村社区 " + village + " 不在系统中，请先导入区划"));
            return null;
        }
        return code;
    }

    private static Geometry shape(int index, JsonNode geometry, List<ImportError> errors) {
        if (geometry.isMissingNode() || geometry.isNull()) {
            errors.add(ImportError.atFeature(index, "MISSING_GEOMETRY", "缺少几何（geometry）"));
            return null;
        }
        Geometry shape;
        try {
            shape = GeoJson.read(geometry);
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.atFeature(index, "BAD_GEOMETRY", "几何格式不正确：" + e.getMessage()));
            return null;
        }
        TopologyValidationError invalid = new IsValidOp(shape).getValidationError();
        if (invalid != null) {
            Coordinate at = invalid.getCoordinate();
            String where = at == null ? "" : String.format("，位置 (%.7f, %.7f)", at.x, at.y);
            errors.add(ImportError.atFeature(index, "INVALID_GEOMETRY", "几何无效：" + reason(invalid) + where));
            return null;
        }
        return shape;
    }

    private static String reason(TopologyValidationError error) {
        int type = error.getErrorType();
        return type >= 0 && type < TOPOLOGY_ERRORS.length ? TOPOLOGY_ERRORS[type] : error.getMessage();
    }
}
