package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.PageGuard;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's 工作台 as each role sees it, with the number behind every button the same as the list it opens; the
 * leader's to-do leads to the 挂牌督办 page; a notice opens its case on a phone; the report form shows 行业领域 only for a
 * type that needs it and draws its map once, with the grids' names on it.
 */
@IntegrationTest
class WorkbenchTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGridWorkersHomeHasBigButtonsToReportVerifyAndSeeTheirOwnReports() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        api.created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation",
                "description", "垃圾桶满溢，周边散落生活垃圾", "gridCode", "522601002002001", "address", "市府路 3 号", "source", "grid_worker"));
        long mine = api.json("demo-gridworker", "/api/v1/cases?mine=true&size=1").get("total").asLong();
        long toVerify = api.json("demo-gridworker", "/api/v1/cases?state=handled&size=1").get("total").asLong();
        assertThat(mine).isPositive();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workbench .tile")));
            assertThat(labels(browser)).startsWith("上报事件", "待核查", "我上报的");
            assertThat(count(browser, "to-verify")).isEqualTo(toVerify);
            assertThat(count(browser, "mine")).isEqualTo(mine);
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.screenshot("workbench-gridworker-phone");
            browser.driver().findElement(By.id("tile-mine")).click();
            browser.waiting().until(ExpectedConditions.urlContains("queue=mine"));
            assertThat(Long.parseLong(browser.driver().findElement(By.id("case-total")).getText())).isEqualTo(mine);
            browser.driver().findElement(By.cssSelector("a[href='/cases/new']")).click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#type option[value=safety_hazard]")).isEmpty());
        }
    }

    @Test
    void theLeadersToDoCountsExtensionsSupervisionsAndOverdueCasesAndLeadsToTheSupervisionList() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        long pending = api.json("demo-leader", "/api/v1/cases?extensionPending=true&size=1").get("total").asLong();
        long overdue = api.json("demo-leader", "/api/v1/cases?overdue=true&size=1").get("total").asLong();
        long supervised = api.json("demo-leader", "/api/v1/supervisions?size=1").get("total").asLong();
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.get("/");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workbench .tile")));
            assertThat(labels(browser)).containsSequence("延期待批", "挂牌督办").contains("超期");
            assertThat(count(browser, "extension-pending")).isEqualTo(pending);
            assertThat(count(browser, "overdue")).isEqualTo(overdue);
            assertThat(count(browser, "supervisions")).isEqualTo(supervised);
            browser.screenshot("workbench-leader");
            browser.driver().findElement(By.id("tile-supervisions")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/supervisions"));
            assertThat(Long.parseLong(browser.driver().findElement(By.id("supervision-total")).getText())).isEqualTo(supervised);
            guard.assertClean("leader's home and supervisions");
        }
    }

    @Test
    void theReportFormShowsTheSectorOnlyWhenTheTypeNeedsOneAndDrawsItsMapOnce() throws Exception {
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.get("/cases/new");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#type option[value=safety_hazard]")).isEmpty());
            Select type = new Select(browser.driver().findElement(By.id("type")));
            type.selectByValue("city_sanitation");
            assertThat(browser.driver().findElement(By.id("sector-row")).isDisplayed()).isFalse();
            type.selectByValue("safety_hazard");
            assertThat(browser.driver().findElement(By.id("sector-row")).isDisplayed()).isTrue();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#report-map .grid-label")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector("#report-map .leaflet-map-pane")))
                    .as("one map in the container").hasSize(1);
            guard.assertClean("report form");
        }
    }

    @Test
    void onAPhoneANoticeOpensItsCaseAndIsReadFromThenOn() throws Exception {
        long id = new ApiCalls(mvc).created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation",
                "description", "通知测试：广告牌松动", "gridCode", "522601002002001", "address", "市府路 9 号", "source", "grid_worker"));
        String title = "事项即将到期：" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO notice (staff_id, kind, title, body, link, dedup_key) VALUES ((SELECT id FROM staff WHERE username = "
                + "'demo-dispatcher'), 'case.remind', ?, '请尽快办结', ?, gen_random_uuid()::text)", title, "/api/v1/cases/" + id);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/notices?unread=true");
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.driver().findElements(By.cssSelector("button.notice-open")).stream().filter(b -> b.getText().equals(title)).findFirst()
                    .orElseThrow().click();
            browser.waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/cases/" + id));
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#case-timeline tbody tr")).isEmpty());
            browser.get("/notices?unread=true");
            assertThat(browser.driver().getPageSource()).doesNotContain(title);
        }
    }

    private static List<String> labels(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#workbench .tile span")).stream().map(WebElement::getText).toList();
    }

    private static long count(Browser browser, String key) {
        return Long.parseLong(browser.driver().findElement(By.cssSelector("#tile-" + key + " b")).getText());
    }
}
