package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person in a real browser: signs in, sees their grids drawn on the map, clicks through, browses. */
@IntegrationTest
class MapJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDispatcherSignsInAndSeesTheGridsOfTheirStreetOnTheMap() {
        long streetGrids = jdbc.queryForObject("SELECT count(*) FROM area WHERE level = 'grid' AND code LIKE '522601002%'", Long.class);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jurisdiction-name"), "大十字街道"));

            browser.waiting().until(d -> !d.findElements(By.cssSelector("#map path.leaflet-interactive")).isEmpty());
            List<WebElement> polygons = browser.driver().findElements(By.cssSelector("#map path.leaflet-interactive"));
            assertThat(polygons).hasSize((int) streetGrids);
            browser.screenshot("home-dispatcher");

            polygons.get(0).click();
            browser.waiting().until(ExpectedConditions.urlMatches("/areas/522601002\\d{6}$"));
            assertThat(browser.driver().findElement(By.id("area-name")).getText()).endsWith("网格");
        }
    }

    @Test
    void theAreaTreeExpandsAndSearchFindsOnlyWhatIsInScope() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.get("/areas");
            // the tree's first level arrives by htmx after the page: wait for it on a busy machine
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tree .toggle"))).click();
            browser.waiting().until(d -> d.findElement(By.id("tree")).getText().contains("市府社区"));
            browser.screenshot("area-tree");

            browser.driver().findElement(By.id("area-search")).sendKeys("西门");
            browser.waiting().until(d -> d.findElement(By.id("search-results")).getText().contains("找到 0 个区域"));
        }
    }

    @Test
    void aGridWorkerWhoTriesAnotherStreetGetsNotFound() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#map path.leaflet-interactive")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSize(1);

            browser.get("/areas/522601003");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("404").contains("不存在");
        }
    }
}
