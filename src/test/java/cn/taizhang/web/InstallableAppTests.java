package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The installable app: a manifest with real icons; a service worker that keeps the grid worker's open cases for
 * reading offline; and the report form, which keeps a report it cannot send, shows what waits, and sends it when the
 * network is back.
 */
@IntegrationTest
class InstallableAppTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the report form keeps what waits (case-report.js). */
    static final String QUEUE = "taizhang.pendingReports";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void theManifestNamesTheAppAndItsIconsAreRealImagesOfTheirSizes() throws Exception {
        MvcResult m = mvc.perform(get("/manifest.webmanifest")).andReturn();
        assertThat(m.getResponse().getStatus()).as("reachable before signing in").isEqualTo(200);
        JsonNode manifest = JSON.readTree(m.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)); // always UTF-8
        assertThat(manifest.get("short_name").asString()).isEqualTo("台账");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        for (JsonNode icon : manifest.get("icons")) {
            byte[] png = mvc.perform(get(icon.get("src").asString())).andReturn().getResponse().getContentAsByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asString());
        }
        assertThat(mvc.perform(get("/sw.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theWorkersOpenCasesAreKeptForReadingOfflineAndAReportWaitsForTheNetwork() throws Exception {
        long open = new ApiCalls(mvc).created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type",
                "city_sanitation", "description", "井盖松动，车辆经过时响声很大", "gridCode", "522601002002001", "address", "市府路 18 号",
                "source", "grid_worker"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.get("/");
            browser.waiting().until(d -> Boolean.TRUE.equals(script(browser, "return !!navigator.serviceWorker.controller")));
            browser.get("/");
            browser.waiting().until(d -> kept(browser).contains("/cases/" + open));
            assertThat(kept(browser)).contains("/api/v1/cases/" + open, "/cases/new", "/");

            // the report cannot reach the server: it waits on the phone, listed, and goes once the network is back
            browser.get("/cases/new");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#type option[value=city_sanitation]")).isEmpty());
            String marker = UUID.randomUUID().toString();
            String description = "离线上报：路灯不亮 " + marker;
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/cases", "*/api/v1/cases/batch")));
            new Select(browser.driver().findElement(By.id("type"))).selectByValue("city_sanitation");
            browser.driver().findElement(By.id("description")).sendKeys(description);
            browser.driver().findElement(By.id("submit-report")).click();
            browser.waiting().until(d -> d.findElement(By.id("pending-note")).isDisplayed());
            assertThat(browser.driver().findElement(By.id("pending-list")).getText()).contains(description.substring(0, 20));
            browser.screenshot("report-waiting-offline");

            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.get("/cases/new"); // the form sends what waits when it opens online
            browser.waiting().until(d -> "[]".equals(script(browser, "return localStorage.getItem('" + QUEUE + "')")));
            assertThat(browser.driver().findElement(By.id("pending-note")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("report-error")).getText()).as("nothing refused").isEmpty();
            JsonNode found = new ApiCalls(mvc).json("demo-gridworker", "/api/v1/cases?q=" + marker);
            assertThat(found.get("total").asLong()).as("sent once").isEqualTo(1);

            // a waiting report the server refuses is not dropped unseen: the form says which and why
            script(browser, "localStorage.setItem('" + QUEUE + "', JSON.stringify([{clientId: '" + UUID.randomUUID()
                    + "', type: 'no_such_type', description: '类型已被删除的暂存上报', gridCode: '522601002002001', source: 'grid_worker'}]))");
            browser.get("/cases/new");
            browser.waiting().until(d -> d.findElement(By.id("report-error")).getText().contains("未能补报"));
            assertThat(browser.driver().findElement(By.id("report-error")).getText()).contains("类型已被删除的暂存上报");
            assertThat(script(browser, "return localStorage.getItem('" + QUEUE + "')")).isEqualTo("[]");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> kept(Browser browser) {
        Object paths = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                caches.open('taizhang-cases-v1').then(function (c) { return c.keys(); })
                  .then(function (keys) { done(keys.map(function (r) { return new URL(r.url).pathname; })); })
                  .catch(function () { done([]); });
                """);
        return (List<String>) paths;
    }

    private static Object script(Browser browser, String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }
}
