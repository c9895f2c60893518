package cn.taizhang.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

class GeoJsonTests {

    @Test
    void polygonsAndMultiPolygonsRoundTrip() {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[100.01,40],[100.01,40.01],[100,40]]]}";
        Geometry read = GeoJson.read(polygon);
        assertThat(read.getGeometryType()).isEqualTo("Polygon");
        assertThat(GeoJson.read(GeoJson.write(read)).equalsExact(read)).isTrue();

        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[100,40],[100.01,40],[100.01,40.01],[100,40]]],"
                + "[[[101,40],[101.01,40],[101.01,40.01],[101,40]]]]}";
        assertThat(GeoJson.read(multi).getNumGeometries()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"Point\",\"coordinates\":[100,40]} | 实为 Point",
            "{\"type\":\"Polygon\"} | 缺少坐标",
            "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[100.01,40],[100,40]]]} | 至少需要4个坐标",
            "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[100.01,40],[100.01,40.01],[100,40.01]]]} | 未闭合",
            "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[\"a\",40],[100.01,40.01],[100,40]]]} | 数值数组",
            "{\"type\":\"Polygon\",\"coordinates\":[[[100,40],[190,40],[100.01,40.01],[100,40]]]} | 超出经纬度范围",
    })
    void badShapesGetAChineseReason(String json, String reason) {
        assertThatThrownBy(() -> GeoJson.read(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }
}
