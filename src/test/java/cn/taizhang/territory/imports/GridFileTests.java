package cn.taizhang.territory.imports;

import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.Fixtures;
import cn.taizhang.territory.ImportError;
import cn.taizhang.territory.geo.GeoJson;
import cn.taizhang.territory.geo.GridIndex.Grid;
import cn.taizhang.territory.imports.GridFile.GridFeature;
import cn.taizhang.territory.imports.GridFile.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridFileTests {

    private static final String VILLAGE = "522699001001";

    private final List<Grid> stored = new ArrayList<>();

    private Result read(String json) {
        Set<String> villages = Set.of(VILLAGE, "522699001002");
        GridFile.Existing existing = new GridFile.Existing(v -> villages.contains(v.value()),
                vs -> stored.stream().filter(g -> vs.contains(AreaCode.parse(g.code()).parent().orElseThrow())).toList());
        return GridFile.read(Fixtures.stream(json), existing);
    }

    @Test
    void readsValidGridsSharingEdges() {
        Result result = read(collection(
                feature(VILLAGE + "001", "一网格", box(100.00, 40.00, 0.01)),
                feature(Long.parseLong(VILLAGE + "002"), "二网格", box(100.01, 40.00, 0.01)),
                feature("522699001002001", "邻村网格", "{\"type\":\"MultiPolygon\",\"coordinates\":[["
                        + "[[100.02,40],[100.03,40],[100.03,40.01],[100.02,40]]],[[[100.04,40],[100.05,40],[100.05,40.01],[100.04,40]]]]}")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.grids()).extracting(g -> g.code().value(), GridFeature::name)
                .containsExactly(tuple(VILLAGE + "001", "一网格"), tuple(VILLAGE + "002", "二网格"), tuple("522699001002001", "邻村网格"));
    }

    @Test
    void everyBadFeatureIsReportedWithItsIndex() {
        String selfIntersecting = "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[100.01,40.01],[100.01,40],[100,40.01],[100,40]]]}";
        Result result = read(collection(
                feature(VILLAGE + "001", "好网格", box(100.00, 40.00, 0.01)),     // 0 ok
                feature(null, "无代码", box(100.02, 40.00, 0.01)),                // 1
                feature("52269900100100X", "坏代码", box(100.03, 40.00, 0.01)),   // 2
                feature(VILLAGE, "村代码", box(100.04, 40.00, 0.01)),             // 3
                feature("522699009001001", "无主网格", box(100.05, 40.00, 0.01)), // 4
                feature(VILLAGE + "001", "重复", box(100.06, 40.00, 0.01)),       // 5
                feature(VILLAGE + "003", null, box(100.07, 40.00, 0.01)),         // 6
                feature(VILLAGE + "004", "无几何", "null"),                        // 7
                feature(VILLAGE + "005", "自相交", selfIntersecting),              // 8
                feature(VILLAGE + "006", "点", "{\"type\":\"Point\",\"coordinates\":[100,40]}"), // 9
                feature(VILLAGE + "007", "压盖", box(100.005, 40.005, 0.01)),      // 10 overlaps 0
                "[1,2]"));                                                        // 11
        assertThat(result.grids()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::index, ImportError::code).containsExactly(
                tuple(0, "OVERLAPS_GRID"),
                tuple(1, "MISSING_CODE"),
                tuple(2, "MALFORMED_CODE"),
                tuple(3, "NOT_A_GRID_CODE"),
                tuple(4, "UNKNOWN_VILLAGE"),
                tuple(5, "DUPLICATE_CODE"),
                tuple(6, "MISSING_NAME"),
                tuple(7, "MISSING_GEOMETRY"),
                tuple(8, "INVALID_GEOMETRY"),
                tuple(9, "BAD_GEOMETRY"),
                tuple(10, "OVERLAPS_GRID"),
                tuple(11, "BAD_FEATURE"));
        assertThat(result.errors().get(8).detail()).startsWith("第9个要素（features[8]）：几何无效：边自相交");
        assertThat(result.errors().get(10).detail()).contains("与文件中的同村网格 " + VILLAGE + "001 重叠");
    }

    @Test
    void anOverlapWithAStoredSiblingIsReportedUnlessTheFileReplacesIt() {
        stored.add(new Grid(VILLAGE + "001", GeoJson.read(box(100.00, 40.00, 0.01))));
        Result overlapping = read(collection(feature(VILLAGE + "002", "压盖", box(100.005, 40.00, 0.01))));
        assertThat(overlapping.errors()).extracting(ImportError::code, ImportError::detail)
                .containsExactly(tuple("OVERLAPS_GRID", "第1个要素（features[0]）：网格 " + VILLAGE + "002 与系统中已有的同村网格 "
                        + VILLAGE + "001 重叠（重叠面积约 474612 平方米）"));

        Result replacing = read(collection(
                feature(VILLAGE + "001", "挪开", box(100.02, 40.00, 0.01)),
                feature(VILLAGE + "002", "占位", box(100.005, 40.00, 0.01))));
        assertThat(replacing.errors()).isEmpty();
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRejectedAsAWhole() {
        assertThat(read("{").errors()).extracting(ImportError::code).containsExactly("MALFORMED_FILE");
        assertThat(read("{\"type\":\"Feature\"}").errors()).extracting(ImportError::code).containsExactly("NOT_A_FEATURE_COLLECTION");
        assertThat(read(collection()).errors()).extracting(ImportError::code).containsExactly("EMPTY_FILE");
    }
}
