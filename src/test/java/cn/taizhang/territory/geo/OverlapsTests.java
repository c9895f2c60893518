package cn.taizhang.territory.geo;

import static cn.taizhang.territory.geo.Shapes.box;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.taizhang.territory.geo.Overlaps.Overlap;
import cn.taizhang.territory.geo.Overlaps.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapsTests {

    private static final String VILLAGE = "522699001001";

    @Test
    void neighboursSharingAnEdgeDoNotOverlap() {
        List<Shape> incoming = List.of(
                new Shape(VILLAGE + "001", VILLAGE, box(100.00, 40.00, 100.01, 40.01)),
                new Shape(VILLAGE + "002", VILLAGE, box(100.01, 40.00, 100.02, 40.01)));
        assertThat(Overlaps.find(incoming, List.of())).isEmpty();
    }

    @Test
    void floatNoiseAlongASharedEdgeIsNotAnOverlap() {
        // 1e-8° too far over a 0.01° edge: 1e-10 square degrees, about 1 m²
        List<Shape> incoming = List.of(
                new Shape(VILLAGE + "001", VILLAGE, box(100.00, 40.00, 100.01 + 1e-8, 40.01)),
                new Shape(VILLAGE + "002", VILLAGE, box(100.01, 40.00, 100.02, 40.01)));
        assertThat(Overlaps.find(incoming, List.of())).isEmpty();
    }

    @Test
    void overlappingSiblingsInTheFileAreBothReported() {
        List<Shape> incoming = List.of(
                new Shape(VILLAGE + "001", VILLAGE, box(100.00, 40.00, 100.01, 40.01)),
                new Shape(VILLAGE + "002", VILLAGE, box(100.02, 40.00, 100.03, 40.01)),
                new Shape(VILLAGE + "003", VILLAGE, box(100.005, 40.00, 100.015, 40.01)));
        List<Overlap> found = Overlaps.find(incoming, List.of());
        assertThat(found).extracting(Overlap::incoming, Overlap::otherCode)
                .containsExactly(tuple(0, VILLAGE + "003"),
                        tuple(2, VILLAGE + "001"));
        assertThat(found.get(0).area()).isCloseTo(0.00005, within(1e-9));
    }

    @Test
    void anOverlapWithAnExistingSiblingIsReported() {
        List<Shape> incoming = List.of(new Shape(VILLAGE + "002", VILLAGE, box(100.005, 40.005, 100.02, 40.02)));
        List<Shape> existing = List.of(new Shape(VILLAGE + "001", VILLAGE, box(100.00, 40.00, 100.01, 40.01)));
        assertThat(Overlaps.find(incoming, existing)).extracting(Overlap::otherCode).containsExactly(VILLAGE + "001");
    }

    @Test
    void gridsOfDifferentVillagesAreNotSiblings() {
        String other = "522699001002";
        List<Shape> incoming = List.of(
                new Shape(VILLAGE + "001", VILLAGE, box(100.00, 40.00, 100.01, 40.01)),
                new Shape(other + "001", other, box(100.005, 40.00, 100.015, 40.01)));
        assertThat(Overlaps.find(incoming, List.of())).isEmpty();
    }
}
