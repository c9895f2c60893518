package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.PageGuard;
import cn.taizhang.support.OwnedArea;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of every role under the Content-Security-Policy (scripts from our own files only): each page's scripts
 * run, so its map, charts, tables and htmx fragments appear and its controls work, and the browser refuses nothing.
 */
@IntegrationTest
class ContentSecurityPolicyTests {

    /** 白午街道, owned by this test ({@link OwnedArea}). */
    private static final String TOWN = OwnedArea.CONTENT_SECURITY_POLICY.code(ContentSecurityPolicyTests.class);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadersPagesWorkWithoutBreakingThePolicy() throws Exception {
        CaseDriver cases = new CaseDriver(mvc, jdbc, TOWN);
        long caseId = cases.report("city_sanitation", cases.grid(0));
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.get("/login");
            assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed()).isTrue();
            browser.waiting().until(d -> Boolean.FALSE.equals(js(d, "return window.htmx && htmx.config.includeIndicatorStyles")));
            guard.assertClean("login");
            browser.signIn("demo-leader", DemoUsers.PASSWORD);

            page(browser, guard, "home", "/", d -> drawn(d, "#map"));
            page(browser, guard, "area", "/areas/522601002", d -> drawn(d, "#map"));
            browser.get("/areas");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tree .toggle"))).click();
            browser.waiting().until(d -> d.findElement(By.id("tree")).getText().contains("大十字街道"));
            guard.assertClean("area tree");

            page(browser, guard, "dashboard", "/dashboard", d -> !text(d, "figure-reported").equals("…")
                    && !d.findElements(By.cssSelector("#chart-children canvas")).isEmpty()
                    && !d.findElements(By.cssSelector("#chart-months canvas")).isEmpty()
                    && d.findElement(By.id("grid-map")).getAttribute("data-coloured") != null
                    && !d.findElements(By.cssSelector("#ranking-table td.rank")).isEmpty() && !text(d, "briefing-text").isBlank());
            page(browser, guard, "screen", "/dashboard/screen?area=522601", d -> !text(d, "figure-reported").equals("…")
                    && !d.findElements(By.cssSelector("#chart-months canvas")).isEmpty()
                    && d.findElement(By.id("grid-map")).getAttribute("data-coloured") != null
                    && !d.findElements(By.cssSelector("#ranking td.rank")).isEmpty() && !text(d, "screen-clock").isBlank());
            page(browser, guard, "case list", "/cases?queue=all", d -> !text(d, "case-total").equals("…"));
            page(browser, guard, "case", "/cases/" + caseId, d -> !text(d, "case-number").equals("…")
                    && !d.findElements(By.cssSelector("#case-timeline tbody tr")).isEmpty() && drawn(d, "#case-map"));
            page(browser, guard, "report form", "/cases/new", d -> d.findElements(By.cssSelector("#type option")).size() > 1
                    && d.findElements(By.cssSelector("#grid option")).size() > 1);
            page(browser, guard, "notices", "/notices", ContentSecurityPolicyTests::layoutScriptsRan);
            page(browser, guard, "staff", "/staff", ContentSecurityPolicyTests::layoutScriptsRan);
            page(browser, guard, "password", "/me/password", ContentSecurityPolicyTests::layoutScriptsRan);

            // the selects that submit their form on a choice, and the briefing's copy button
            browser.get("/evaluations");
            Select period = new Select(browser.driver().findElement(By.id("period")));
            String other = period.getOptions().get(1).getAttribute("value");
            period.selectByValue(other);
            browser.waiting().until(ExpectedConditions.urlContains("period=" + other));
            guard.assertClean("evaluation");
            browser.get("/briefings");
            new Select(browser.driver().findElement(By.id("area-select"))).selectByValue("522601002");
            browser.waiting().until(ExpectedConditions.urlContains("area=522601002"));
            browser.driver().findElement(By.id("briefing-copy")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("briefing-copied"), "已复制"));
            guard.assertClean("briefing");

            page(browser, guard, "API documentation", "/swagger-ui.html", d -> !d.findElements(By.cssSelector(".swagger-ui .info")).isEmpty());
            page(browser, guard, "not found", "/areas/522601999", d -> d.findElement(By.tagName("h1")).getText().equals("404"));
        }
    }

    @Test
    void theDispatchersGridWorkersAndAuditorsPagesWorkWithoutBreakingThePolicy() {
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            page(browser, guard, "dispatcher's home", "/", d -> drawn(d, "#map"));
            page(browser, guard, "dispatcher's queue", "/cases", d -> !text(d, "case-total").equals("…"));
            page(browser, guard, "dispatcher's briefing", "/briefings", d -> !text(d, "briefing-title").isBlank());

            browser.driver().manage().deleteAllCookies();
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            page(browser, guard, "grid worker's home", "/", d -> drawn(d, "#map"));
            page(browser, guard, "grid worker's report form", "/cases/new", d -> drawn(d, "#report-map")
                    && d.findElements(By.cssSelector("#grid option")).size() == 1 && d.findElements(By.cssSelector("#type option")).size() > 1);

            browser.driver().manage().deleteAllCookies();
            browser.signIn("demo-auditor", DemoUsers.PASSWORD);
            page(browser, guard, "audit trail", "/audit", d -> !d.findElements(By.cssSelector("#audit-table tbody tr")).isEmpty());
        }
    }

    private static void page(Browser browser, PageGuard guard, String name, String path,
            Function<WebDriver, Boolean> ready) {
        browser.get(path);
        browser.waiting().withMessage(name + ": its scripts did not finish").until(ready::apply);
        guard.assertClean(name);
    }

    /** htmx, Leaflet and app.js, which every page of the layout loads. */
    private static boolean layoutScriptsRan(WebDriver d) {
        return Boolean.TRUE.equals(js(d, "return typeof htmx === 'object' && typeof L === 'object' && typeof escapeHtml === 'function'"));
    }

    private static boolean drawn(WebDriver d, String map) {
        return !d.findElements(By.cssSelector(map + " path.leaflet-interactive")).isEmpty();
    }

    private static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    private static Object js(WebDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }
}
