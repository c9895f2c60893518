package cn.taizhang.territory;

import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.feature;
import static cn.taizhang.territory.Fixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import service as other modules (the demo loader) call it, on fictional counties 522697 and 522696. */
@IntegrationTest
class TerritoryImportTests {

    @Autowired
    TerritoryImport imports;

    @Autowired
    Territory territory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRejectedGridFileWritesNothingAndKeepsTheLookupAsItWas() {
        assertThat(imports.importDivisions(stream(divisions(
                "522697000000,,对照县,county,,,",
                "522697001000,522697000000,对照街道,town,,,",
                "522697001001,522697001000,对照社区居委会,village,111,,"))).imported()).isTrue();
        assertThat(imports.importGrids(stream(collection(
                feature("522697001001001", "原网格", box(102.00, 42.00, 0.01))))).imported()).isTrue();

        ImportReport report = imports.importGrids(stream(collection(
                feature("522697001001001", "挪走的原网格", box(102.05, 42.00, 0.01)),
                feature("522697001001002", "新网格", box(102.01, 42.00, 0.01)),
                feature("522697001001003", "自相交网格", "{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[102.02,42],[102.03,42.01],[102.03,42],[102.02,42.01],[102.02,42]]]}"))));

        assertThat(report.imported()).isFalse();
        assertThat(report.count()).isZero();
        assertThat(report.errors()).extracting(ImportError::index, ImportError::code).containsExactly(
                tuple(2, "INVALID_GEOMETRY"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area WHERE code LIKE '522697001001%' AND level = 'grid'",
                Integer.class)).isEqualTo(1);
        assertThat(territory.gridAt(42.005, 102.005, Crs.WGS84)).contains("522697001001001");
        assertThat(territory.gridAt(42.005, 102.055, Crs.WGS84)).isEmpty();
    }

    @Test
    void aCountyOfFifteenHundredGridsImportsInSecondsAndAgainUnchanged() {
        // 2 towns × 15 villages × 50 grids; each village a 10 × 5 block of 0.002° squares
        List<String> rows = new ArrayList<>(List.of("522696000000,,大县,county,,,"));
        List<String> features = new ArrayList<>();
        for (int t = 1; t <= 2; t++) {
            String town = String.format("522696%03d", 100 + t);
            rows.add(town + "000,522696000000,第" + t + "镇,town,,,");
            for (int v = 0; v < 15; v++) {
                String village = town + String.format("%03d", 200 + v);
                rows.add(village + "," + town + "000,第" + v + "村,village,220,,");
                for (int g = 0; g < 50; g++) {
                    double lng = 103 + (v * 10 + g % 10) * 0.002;
                    double lat = 43 + ((t - 1) * 5 + g / 10) * 0.002;
                    features.add(feature(village + String.format("%03d", g + 1), "网格" + g, box(lng, lat, 0.002)));
                }
            }
        }
        long start = System.nanoTime();
        ImportReport divisions = imports.importDivisions(stream(divisions(rows.toArray(String[]::new))));
        ImportReport grids = imports.importGrids(stream(collection(features.toArray(String[]::new))));
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportReport again = imports.importGrids(stream(collection(features.toArray(String[]::new))));
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Imported 33 divisions and 1500 grids in %d ms; re-imported the grids in %d ms%n", firstMillis, againMillis);

        assertThat(divisions.count()).isEqualTo(33);
        assertThat(grids.errors()).isEmpty();
        assertThat(grids.count()).isEqualTo(1500);
        assertThat(again.count()).isEqualTo(1500);
        assertThat(firstMillis).isLessThan(15_000); // "a few seconds" on a busy shared 2-core machine
        assertThat(againMillis).isLessThan(15_000);
        assertThat(territory.locate(43.001, 103.001, Crs.WGS84, Scope.area("522696")))
                .map(Area::code).contains("522696101200001");
        assertThat(territory.locate(43.019, 103.299, Crs.WGS84, Scope.area("522696102")))
                .map(Area::code).contains("522696102214050");
        assertThat(territory.children("522696102214", Scope.area("522696"), 0, 500).total()).isEqualTo(50);
    }

    @Test
    void aDivisionListSavedAsGbkIsRejectedRatherThanGarbled() {
        byte[] gbk = divisions("522697000000,,对照县,county,,,").getBytes(Charset.forName("GBK"));
        ImportReport report = imports.importDivisions(new ByteArrayInputStream(gbk));
        assertThat(report.errors()).extracting(ImportError::code).containsExactly("NOT_UTF8");
    }

    @Test
    void isInsideIsAPrefixTest() {
        assertThat(territory.isInside("522696101200001", "522696101")).isTrue();
        assertThat(territory.isInside("522696101", "522696101")).isTrue();
        assertThat(territory.isInside("522696101", "522696101200001")).isFalse();
        assertThat(territory.isInside("52269", "5226")).isFalse();
    }
}
