package cn.taizhang.territory.geo;

import static cn.taizhang.territory.geo.Shapes.box;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.territory.geo.GridIndex.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GridIndexTests {

    // Four 0.01° squares meeting at (100.01, 40.01), listed out of code order; a fifth one to the east
    // leaves a gap (100.02-100.03); the sixth has a hole.
    private final GridIndex index = GridIndex.of(List.of(
            new Grid("522699001001004", box(100.01, 40.01, 100.02, 40.02)),
            new Grid("522699001001002", box(100.01, 40.00, 100.02, 40.01)),
            new Grid("522699001001003", box(100.00, 40.01, 100.01, 40.02)),
            new Grid("522699001001001", box(100.00, 40.00, 100.01, 40.01)),
            new Grid("522699001001005", box(100.03, 40.00, 100.04, 40.02)),
            new Grid("522699001001006", withHole())));

    private static Polygon withHole() {
        Polygon outer = box(100.05, 40.00, 100.08, 40.03);
        Polygon hole = box(100.06, 40.01, 100.07, 40.02);
        return GeoJson.FACTORY.createPolygon(outer.getExteriorRing(), new LinearRing[] {
                GeoJson.FACTORY.createLinearRing(hole.getExteriorRing().getCoordinates())});
    }

    @Test
    void aPointInsideAGridFindsIt() {
        assertThat(index.locate(100.005, 40.005)).contains("522699001001001");
        assertThat(index.locate(100.015, 40.015)).contains("522699001001004");
        assertThat(index.locate(100.035, 40.019)).contains("522699001001005");
    }

    @Test
    void aPointOnASharedEdgeBelongsToTheLowestCode() {
        assertThat(index.locate(100.01, 40.005)).contains("522699001001001"); // 001 | 002
        assertThat(index.locate(100.015, 40.01)).contains("522699001001002"); // 002 / 004
        assertThat(index.locate(100.01, 40.015)).contains("522699001001003"); // 003 | 004
    }

    @Test
    void aVertexSharedByFourGridsBelongsToTheLowestCode() {
        assertThat(index.locate(100.01, 40.01)).contains("522699001001001");
    }

    @Test
    void anOuterEdgeOrCornerStillBelongsToItsGrid() {
        assertThat(index.locate(100.04, 40.01)).contains("522699001001005");
        assertThat(index.locate(100.00, 40.00)).contains("522699001001001");
    }

    @Test
    void gapsHolesAndOutsidePointsFindNothing() {
        assertThat(index.locate(100.025, 40.01)).isEmpty();
        assertThat(index.locate(100.065, 40.015)).isEmpty();
        assertThat(index.locate(100.055, 40.015)).contains("522699001001006");
        assertThat(index.locate(99.0, 40.0)).isEmpty();
        assertThat(index.locate(100.005, 40.0200001)).isEmpty();
        assertThat(GridIndex.empty().locate(100.005, 40.005)).isEmpty();
    }

    @Test
    void agreesWithALinearScanOnThousandsOfGridsAndIsFast() {
        List<Grid> grids = new ArrayList<>();
        for (int row = 0; row < 50; row++) {
            for (int col = 0; col < 60; col++) {
                grids.add(new Grid(String.format("522699%03d%03d%03d", 1 + row % 99, 1 + col, 1 + row), // unique
                        box(100 + col * 0.01, 40 + row * 0.01, 100 + (col + 1) * 0.01, 40 + (row + 1) * 0.01)));
            }
        }
        GridIndex big = GridIndex.of(grids);
        Random random = new Random(42);
        int n = 20_000;
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {99.99 + random.nextDouble() * 0.62, 39.99 + random.nextDouble() * 0.52};
        }
        for (int i = 0; i < 2_000; i++) { // the index against the truth
            double[] p = points[i];
            String expected = grids.stream()
                    .filter(g -> g.shape().covers(GeoJson.FACTORY.createPoint(new Coordinate(p[0], p[1]))))
                    .map(Grid::code).sorted().findFirst().orElse(null);
            assertThat(big.locate(p[0], p[1]).orElse(null)).isEqualTo(expected);
        }
        long start = System.nanoTime();
        for (double[] p : points) {
            big.locate(p[0], p[1]);
        }
        double microsPerLookup = (System.nanoTime() - start) / 1e3 / n;
        assertThat(microsPerLookup).as("µs per lookup").isLessThan(1000);
    }
}
