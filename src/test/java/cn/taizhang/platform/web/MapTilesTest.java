package cn.taizhang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The city's tile server: its host becomes the one image source the policy adds; a bad template stops the start. */
class MapTilesTest {

    @Test
    void aTemplateWithSubdomainsAllowsThemAll() {
        MapTiles tianditu = new MapTiles("https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&TILECOL={x}&TILEROW={y}&TILEMATRIX={z}&tk=KEY");
        assertThat(tianditu.source()).isEqualTo("https://*.tianditu.gov.cn");
        assertThat(new MapTiles("https://tiles.kaili.gov.cn/{z}/{x}/{y}.png").source()).isEqualTo("https://tiles.kaili.gov.cn");
    }

    @Test
    void withoutATileServerThereIsNoSource() {
        assertThat(new MapTiles("").source()).isEmpty();
        assertThat(new MapTiles(null).url()).isEmpty();
    }

    @Test
    void anythingButAnHttpsHostIsRefusedAtStart() {
        assertThatThrownBy(() -> new MapTiles("http://tiles.example.cn/{z}/{x}/{y}.png")).hasMessageContaining("https");
        assertThatThrownBy(() -> new MapTiles("https://user@evil.example/{z}")).hasMessageContaining("https");
        assertThatThrownBy(() -> new MapTiles("javascript:alert(1)")).hasMessageContaining("https");
    }
}
