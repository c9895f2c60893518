package cn.taizhang.demo.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    static final Phrases SMALL = Phrases.parse(List.of("""
            # a comment
            [shop]
            {brand}超市
            [brand]
            鑫源
            顺发
            """, """
            [report]
            {here}{shop}门前堆放{2-4}箱{纸箱|{brand}货物}
            """));

    @Test
    void slotsAreListsGivenValuesNumbersAndAlternatives() {
        Set<String> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            String text = SMALL.pick("report", Map.of("here", "北京东路"), random);
            assertThat(text).matches("北京东路(鑫源|顺发)超市门前堆放[234]箱(纸箱|鑫源货物|顺发货物)");
            seen.add(text);
        }
        assertThat(seen).hasSize(2 * 3 * 3);
        assertThat(SMALL.fill("{brand}", Map.of("brand", "给定"), random)).as("a given value before a list").isEqualTo("给定");
    }

    @Test
    void theSameStreamGivesTheSameText() {
        List<String> a = IntStream.range(0, 20).mapToObj(i -> SMALL.pick("report", Map.of("here", "x"), new SplittableRandom(i))).toList();
        List<String> b = IntStream.range(0, 20).mapToObj(i -> SMALL.pick("report", Map.of("here", "x"), new SplittableRandom(i))).toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void mistakesInTheFilesAreCaughtEarly() {
        assertThatThrownBy(() -> Phrases.parse(List.of("[a]\nx\n", "[a]\ny\n"))).hasMessageContaining("[a] defined twice");
        assertThatThrownBy(() -> Phrases.parse(List.of("x\n[a]\ny\n"))).hasMessageContaining("outside a list");
        assertThatThrownBy(() -> Phrases.parse(List.of("[a]\n[b]\ny\n"))).hasMessageContaining("[a] is empty");
        Phrases loop = Phrases.parse(List.of("[a]\n{a}\n"));
        assertThatThrownBy(() -> loop.pick("a", Map.of(), new SplittableRandom(1))).hasMessageContaining("too deep");
        assertThatThrownBy(() -> SMALL.fill("{nobody}", Map.of(), new SplittableRandom(1))).hasMessageContaining("{nobody}");
        assertThatThrownBy(() -> SMALL.fill("{brand", Map.of(), new SplittableRandom(1))).hasMessageContaining("unclosed");
    }

    /** Every entry of the demo's files fills from a report's scene, many times over, leaving no brace behind. */
    @Test
    void everyDemoPhraseFills() {
        Phrases demo = Phrases.demo();
        Map<String, String> scene = new HashMap<>();
        for (String key : List.of("here", "road", "road2", "landmark", "estate", "building", "group", "town", "townBase", "village", "base")) {
            scene.put(key, "〔" + key + "〕");
        }
        SplittableRandom random = new SplittableRandom(7);
        for (String list : demo.lists()) {
            for (String entry : demo.entries(list)) {
                for (int i = 0; i < 20; i++) {
                    assertThat(demo.fill(entry, scene, random)).as(list + ": " + entry).isNotBlank().doesNotContain("{", "}");
                }
            }
        }
        assertThat(demo.lists()).contains(Wording.OTHER, "safety_hazard", "city_sanitation", "illegal_building", "overhead_cables",
                "civilisation_review", "enterprise_request", "epidemic_key_person", "address.city", "address.town", "address.village",
                "address.works");
    }

    /** Many templates for the common types (issue 16: 15–30 per common type), at least eight for any sector. */
    @Test
    void theCommonTypesHaveManyTemplates() {
        Phrases demo = Phrases.demo();
        for (String type : List.of("city_sanitation", "illegal_building", "overhead_cables", "civilisation_review", "enterprise_request",
                "epidemic_key_person", "safety_hazard.fire_safety", "safety_hazard.urban_construction", "safety_hazard.road_transport",
                "safety_hazard.industry_trade", "safety_hazard.town_gas")) {
            assertThat(demo.entries(type)).as(type).hasSizeGreaterThanOrEqualTo(15);
        }
        for (String sector : List.of("transport", "hazardous_chemicals", "special_equipment", "tourism", "education", "health_care",
                "fireworks", "safety_hazard")) {
            String list = sector.equals("safety_hazard") ? sector : "safety_hazard." + sector;
            assertThat(demo.entries(list)).as(list).hasSizeGreaterThanOrEqualTo(8);
        }
    }
}
