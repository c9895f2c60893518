package cn.taizhang.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaCodeTests {

    @ParameterizedTest
    @CsvSource({
            "522601, COUNTY, 县市",
            "522601002, TOWN, 街道",
            "522601099, TOWN, 街道",
            "522601100, TOWN, 镇",
            "522601199, TOWN, 镇",
            "522601002001, VILLAGE, 社区",
            "522601002199, VILLAGE, 社区",
            "522601103200, VILLAGE, 村",
            "522601103399, VILLAGE, 村",
            "522601002001001, GRID, 网格",
            "522601002001999, GRID, 网格",
    })
    void levelAndKindFollowFromTheDigits(String text, AreaLevel level, String kind) {
        AreaCode code = AreaCode.parse(text);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.kind()).isEqualTo(kind);
        assertThat(code.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
            "'', 为空",
            "52260a, 只能由数字组成",
            "52260, 实为5位",
            "5226010021, 实为10位",
            "522600, 不是有效的县级区划代码",
            "522601000, 镇街代码段",
            "522601200, 镇街代码段",
            "522601002000, 村社区代码段",
            "522601002400, 村社区代码段",
            "522601002001000, 网格序号",
    })
    void malformedCodesAreRejectedWithAChineseReason(String text, String reason) {
        assertThatThrownBy(() -> AreaCode.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void parentsClimbTheTreeAndStopAtTheCounty() {
        AreaCode grid = AreaCode.parse("522601002001007");
        assertThat(grid.parent()).contains(AreaCode.parse("522601002001"));
        assertThat(grid.parent().flatMap(AreaCode::parent)).contains(AreaCode.parse("522601002"));
        assertThat(AreaCode.parse("522601002").parent()).contains(AreaCode.parse("522601"));
        assertThat(AreaCode.parse("522601").parent()).isEmpty();
    }

    @Test
    void containsIsAPrefixTestThatIncludesTheAreaItself() {
        AreaCode town = AreaCode.parse("522601002");
        assertThat(town.contains(AreaCode.parse("522601002001007"))).isTrue();
        assertThat(town.contains(town)).isTrue();
        assertThat(town.contains(AreaCode.parse("522601"))).isFalse();
        assertThat(town.contains(AreaCode.parse("522601003001"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "522601000000, 522601",
            "522601002000, 522601002",
            "522601002002, 522601002002",
            "522601103200, 522601103200",
    })
    void statisticalCodesLoseTheirTrailingZeroSegments(String statistical, String code) {
        assertThat(AreaCode.fromStatistical(statistical).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"522601", "52260100200", "522601000001", "522600000000", "52260100200x"})
    void malformedStatisticalCodesAreRejected(String text) {
        assertThatThrownBy(() -> AreaCode.fromStatistical(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
