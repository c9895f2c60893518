package cn.taizhang.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.taizhang.territory.geo.ChinaOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrsTests {

    // Reference pairs (wgsLat, wgsLng, gcjLat, gcjLng) from googollee/eviltransform, python/test.py
    // (the same vectors are in its go/transform_test.go): Shanghai, Shenzhen, Beijing.
    @ParameterizedTest
    @CsvSource({
            "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
            "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
            "39.911954, 116.377817, 39.91334545536069, 116.38404722455657",
    })
    void gcj02PositionsGoBackToTheirWgs84Origin(double wgsLat, double wgsLng, double gcjLat, double gcjLng) {
        double[] forward = ChinaOffset.wgs84ToGcj02(wgsLng, wgsLat);
        assertThat(forward[0]).isCloseTo(gcjLng, within(1e-6));
        assertThat(forward[1]).isCloseTo(gcjLat, within(1e-6));

        LatLng wgs = Crs.GCJ02.toWgs84(gcjLat, gcjLng);
        assertThat(wgs.lat()).isCloseTo(wgsLat, within(1e-6));
        assertThat(wgs.lng()).isCloseTo(wgsLng, within(1e-6));
    }

    @Test
    void theInverseIsExactToBetterThanATenMillionthOfADegree() {
        for (double[] p : new double[][] {{107.97754, 26.582963}, {121.5272106, 31.1774276}, {87.6, 43.8}}) {
            double[] gcj = ChinaOffset.wgs84ToGcj02(p[0], p[1]);
            LatLng back = Crs.GCJ02.toWgs84(gcj[1], gcj[0]);
            assertThat(back.lng()).isCloseTo(p[0], within(1e-7));
            assertThat(back.lat()).isCloseTo(p[1], within(1e-7));
        }
    }

    // hujiulong/gcoord, test/unit/crs/GCJ02.spec.js and BD09.spec.js: [123, 45] in each system.
    @Test
    void gcoordReferencePoints() {
        LatLng fromGcj = Crs.GCJ02.toWgs84(45, 123);
        assertThat(fromGcj.lng()).isCloseTo(122.99395597, within(5e-6));
        assertThat(fromGcj.lat()).isCloseTo(44.99804071, within(5e-6));

        double[] gcj = ChinaOffset.bd09ToGcj02(123, 45);
        assertThat(gcj[0]).isCloseTo(122.99363304, within(5e-6));
        assertThat(gcj[1]).isCloseTo(44.99365430, within(5e-6));

        LatLng fromBd = Crs.BD09.toWgs84(45, 123);
        assertThat(fromBd.lng()).isCloseTo(122.98762210, within(5e-6));
        assertThat(fromBd.lat()).isCloseTo(44.99171540, within(5e-6));
    }

    @Test
    void noOffsetOutsideChina() {
        assertThat(Crs.GCJ02.toWgs84(45, 183)).isEqualTo(new LatLng(45, 183)); // gcoord's "not in China" case
        assertThat(Crs.GCJ02.toWgs84(39.7392, -104.9903)).isEqualTo(new LatLng(39.7392, -104.9903));
        assertThat(Crs.BD09.toWgs84(-27.4698, 153.0251)).isEqualTo(new LatLng(-27.4698, 153.0251));
        assertThat(Crs.WGS84.toWgs84(26.5, 107.9)).isEqualTo(new LatLng(26.5, 107.9));
    }

    @Test
    void crsNamesAreReadCaseInsensitively() {
        assertThat(Crs.fromId("gcj02")).contains(Crs.GCJ02);
        assertThat(Crs.fromId("BD09")).contains(Crs.BD09);
        assertThat(Crs.fromId("mercator")).isEmpty();
    }
}
