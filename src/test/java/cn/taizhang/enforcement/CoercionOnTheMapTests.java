package cn.taizhang.enforcement;

import static cn.taizhang.enforcement.EnforcementFixtures.SAFETY;
import static cn.taizhang.enforcement.EnforcementFixtures.action;
import static cn.taizhang.enforcement.EnforcementFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** An enterprise under 停产停业整顿 is marked on the registry's map, in the API's points and on a phone's page. */
@IntegrationTest
class CoercionOnTheMapTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSuspendedEnterpriseIsMarkedOnTheMapOfTheList() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        String tag = "地图标注" + System.nanoTime();
        long suspended = placed(api, tag + "甲", 26.5661, 107.9812);
        long open = placed(api, tag + "乙", 26.5700, 107.9850);
        long unplaced = api.enterprise();
        jdbc.update("UPDATE enterprise SET name = ? WHERE id = ?", tag + "丙", unplaced);
        api.take(SAFETY, action(suspended, "suspension").put("date", today().minusDays(3).toString())
                .put("documentNumber", EnforcementFixtures.documentNumber()));

        String query = "/api/v1/enterprises/map.geojson?q=" + tag; // MockMvc encodes it
        JsonNode map = api.json("demo-dispatcher", query);
        assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.get("total").asLong()).isEqualTo(3);
        assertThat(map.get("located").asLong()).as("the one without a location is counted, not drawn").isEqualTo(2);
        assertThat(map.get("truncated").asBoolean()).isFalse();
        Map<Long, JsonNode> features = new HashMap<>();
        map.get("features").forEach(f -> features.put(f.get("properties").get("id").asLong(), f));
        assertThat(features.keySet()).containsExactlyInAnyOrder(suspended, open);
        JsonNode point = features.get(suspended).get("geometry");
        assertThat(point.get("type").asString()).isEqualTo("Point");
        assertThat(point.get("coordinates").get(0).asDouble()).as("longitude first").isEqualTo(107.9812);
        assertThat(point.get("coordinates").get(1).asDouble()).isEqualTo(26.5661);
        assertThat(features.get(suspended).get("properties").get("coerced").asString()).isEqualTo("停产停业整顿");
        assertThat(features.get(open).get("properties").get("coerced").isNull()).isTrue();
        assertThat(api.json("t522601003-dispatcher-1", query).get("total").asLong()).as("another 镇街 sees none of them").isZero();

        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/enterprises?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            browser.driver().findElement(By.cssSelector("#enterprise-map-panel summary")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("#enterprise-map path.enterprise-point")).size() == 2);
            assertThat(browser.driver().findElements(By.cssSelector("#enterprise-map path.enterprise-point.coerced"))).hasSize(1);
            assertThat(browser.driver().findElement(By.id("enterprise-map-note")).getText())
                    .isEqualTo("筛选出 3 家，其中 2 家有位置；1 家正被采取强制措施。");
            WebElement marked = browser.driver().findElement(By.cssSelector("#enterprise-map path.enterprise-point.coerced"));
            assertThat(marked.getAttribute("fill")).as("the legend's colour of a measure").isEqualTo("#7a0f0f");
            assertThat(browser.driver().findElement(By.cssSelector("#enterprise-map path.enterprise-point:not(.coerced)")).getAttribute("fill"))
                    .as("the legend's 橙色").isEqualTo("#f08c00");
            marked.click();
            WebElement popup = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
            assertThat(popup.getText()).contains(tag + "甲", "停产停业整顿");
            browser.screenshot("phone-enterprise-map-coerced");
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.desktop();
            browser.screenshot("desktop-enterprise-map-coerced");
            assertThat(browser.driver().findElement(By.id("enterprise-map")).getSize().getWidth()).as("the map spans the page").isGreaterThan(900);
        }
    }

    private long placed(EnforcementFixtures api, String name, double lat, double lng) throws Exception {
        long id = api.enterprise();
        jdbc.update("UPDATE enterprise SET name = ?, lat = ?, lng = ? WHERE id = ?", name, lat, lng, id);
        return id;
    }
}
