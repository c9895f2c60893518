package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/** A leader in a real browser: the dashboard's figures follow the statistics API live, and drill down by area. */
@IntegrationTest
class DashboardTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void aLeaderSeesTheFiguresOfTheCityGoUpWithANewReportAndDrillsDown() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.get("/dashboard");
            String before = String.valueOf(reported("522601"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), before));
            browser.waiting().until(d -> !d.findElement(By.id("briefing-text")).getText().isBlank());
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#children-table tbody a")).isEmpty());
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart-children canvas")).isEmpty()
                    && !d.findElements(By.cssSelector("#chart-months canvas")).isEmpty());
            assertThat(browser.driver().findElement(By.id("dashboard-area")).getText()).isEqualTo("凯里市");

            report();
            browser.driver().navigate().refresh();
            String after = String.valueOf(Long.parseLong(before) + 1);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), after));
            assertThat(reported("522601")).isEqualTo(Long.parseLong(after));
            browser.waiting().until(d -> !d.findElement(By.id("briefing-text")).getText().contains("暂无数据"));
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart-months canvas")).isEmpty());
            browser.screenshot("dashboard");

            browser.waiting().until(d -> !d.findElements(By.linkText("大十字街道")).isEmpty());
            browser.driver().findElement(By.linkText("大十字街道")).click();
            browser.waiting().until(ExpectedConditions.urlMatches("/dashboard\\?area=522601002$"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("dashboard-area"), "大十字街道"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), String.valueOf(reported("522601002"))));
        }
    }

    @Test
    void aDispatcherWhoTriesAnotherStreetGetsNotFound() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("jurisdiction-name"), "大十字街道"));
            browser.get("/dashboard?area=522601003");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("404").contains("不存在");
            assertThat(browser.driver().findElements(By.id("figure-reported"))).isEmpty();
        }
    }

    private long reported(String area) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/stats/summary").param("area", area).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString()).get("counts").get("reported").asLong();
    }

    private void report() throws Exception {
        Map<String, Object> body = Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation", "severity", "general",
                "description", "测试事项：统计页 " + UUID.randomUUID(), "gridCode", "522601002002001", "address", "北京东路 1 号",
                "source", "grid_worker");
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-gridworker")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
    }

    @Test
    void theChildAreaTableExportsToExcelWithTheCitysTotal() throws Exception {
        long reported = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/stats/summary?area=522601")
                .with(as(mvc, "demo-leader"))).andReturn().getResponse().getContentAsString()).get("counts").get("reported").asLong();
        byte[] xlsx = mvc.perform(get("/dashboard/children.xlsx?area=522601").with(as(mvc, "demo-leader")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("区域");
            assertThat(rows).hasSize(1 + 20 + 1);
            assertThat(rows.get(rows.size() - 1).getCellText(1)).isEqualTo("合计");
            assertThat(Long.parseLong(rows.get(rows.size() - 1).getCellText(2))).isEqualTo(reported);
        }
    }
}
