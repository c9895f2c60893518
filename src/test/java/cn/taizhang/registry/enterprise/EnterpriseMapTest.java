package cn.taizhang.registry.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseMapTest {

    @Test
    void itCountsTheSelectionDrawsOnlyTheLocatedUpToItsLimitAndSaysSo() {
        EnterpriseMap.Builder map = new EnterpriseMap.Builder(2);
        map.add(enterprise(1, null, null));
        map.add(enterprise(2, new Enterprise.Location(26.5, 107.9), new Enterprise.Coerced("closure", "关闭", LocalDate.of(2026, 11, 2))));
        map.add(enterprise(3, new Enterprise.Location(26.6, 108.0), null));
        EnterpriseMap two = map.build();
        assertThat(two.total()).isEqualTo(3);
        assertThat(two.located()).isEqualTo(2);
        assertThat(two.truncated()).isFalse();
        assertThat(two.features()).extracting(f -> f.properties().id()).containsExactly(2L, 3L);
        assertThat(two.features().get(0).geometry().coordinates()).containsExactly(107.9, 26.5);
        assertThat(two.features().get(0).properties().coerced()).isEqualTo("关闭");

        map.add(enterprise(4, new Enterprise.Location(26.7, 108.1), null));
        EnterpriseMap three = map.build();
        assertThat(three.located()).isEqualTo(3);
        assertThat(three.features()).hasSize(2);
        assertThat(three.truncated()).isTrue();
    }

    private static Enterprise enterprise(long id, Enterprise.Location location, Enterprise.Coerced coerced) {
        return new Enterprise(id, "91522601MA00000001", "企业" + id, "王某", "凯里市", "522601002002001", "网格", "522601002", "大十字街道",
                null, null, location, List.of(), 10, false, "blue", "蓝色", "active", "在营", null, null,
                new Enterprise.Union(false, null, null, null), null, 1, OffsetDateTime.now(), OffsetDateTime.now(), coerced);
    }
}
