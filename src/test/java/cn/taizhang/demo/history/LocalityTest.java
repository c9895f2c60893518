package cn.taizhang.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LocalityTest {

    static Locality of(String grid, String town, String village) {
        return Locality.of(new Spot(grid, town, village, null, null), Phrases.demo());
    }

    @Test
    void theKindOfPlaceComesFromTheCodeAndTheName() {
        assertThat(of("522601001001001", "城西街道", "北京西路社区居委会").kind()).isEqualTo(Locality.Kind.CITY);
        assertThat(of("522601100001001", "三棵树镇", "三棵树居委会").kind()).isEqualTo(Locality.Kind.TOWN);
        assertThat(of("522601101204001", "舟溪镇", "青山村委会").kind()).isEqualTo(Locality.Kind.VILLAGE);
        assertThat(of("522601002200001", "大十字街道", "金井村委会").kind()).as("a village in a 街道").isEqualTo(Locality.Kind.VILLAGE);
        assertThat(of("522601006001001", "鸭塘街道", "化肥厂家委会").kind()).isEqualTo(Locality.Kind.WORKS);
    }

    @Test
    void villagesAreCalledAsPeopleSayThem() {
        assertThat(Locality.shortVillage("北京西路社区居委会")).containsExactly("北京西路社区", "北京西路");
        assertThat(Locality.shortVillage("西门居委会")).containsExactly("西门社区", "西门");
        assertThat(Locality.shortVillage("龙头村委会")).containsExactly("龙头村", "龙头");
        assertThat(Locality.shortVillage("化肥厂家委会")).containsExactly("化肥厂", "化肥厂");
        assertThat(Locality.shortVillage("示例村")).containsExactly("示例村", "示例");
    }

    @Test
    void aCityGridHasTwoRoadsOfItsTownItsCommunitysOwnFirst() {
        Locality beijingRoad = of("522601001001003", "城西街道", "北京西路社区居委会");
        assertThat(beijingRoad.roads()).hasSize(2).first().isEqualTo("北京西路");
        assertThat(Phrases.demo().entries("roads.城西街道")).containsAll(beijingRoad.roads());
        assertThat(Phrases.demo().entries("landmarks.城西街道")).contains(beijingRoad.landmark());
        assertThat(of("522601001001003", "城西街道", "北京西路社区居委会")).as("fixed per grid").isEqualTo(beijingRoad);
    }

    @Test
    void aVillagesSceneNamesItsGroup() {
        Locality qingshan = of("522601101204001", "舟溪镇", "青山村委会");
        Map<String, String> scene = qingshan.scene(Phrases.demo(), new SplittableRandom(3));
        assertThat(scene.get("here")).matches("青山村\\d+组");
        assertThat(scene.get("town")).isEqualTo("舟溪镇");
        assertThat(scene.get("townBase")).isEqualTo("舟溪");
    }
}
