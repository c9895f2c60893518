package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.Browser;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A leader in a real browser: the dashboard's figures follow the statistics API live, and drill down by area. */
@IntegrationTest
class DashboardTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** 碧波镇, owned by this test ({@link OwnedArea}). */
    private static final String TOWN = OwnedArea.DASHBOARD.code(DashboardTests.class);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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
            browser.waiting().until(ExpectedConditions.urlMatches("/dashboard\\?area=522601002&from=\\d{4}-01-01&to=" + TODAY + "$"));
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

    @Test
    void theClosedFigureAndTheMapFollowACaseClosingOverAChosenPeriod() throws Exception {
        CaseDriver cases = new CaseDriver(mvc, jdbc, TOWN);
        String grid = cases.grid(0);
        long id = cases.report("city_sanitation", grid);
        cases.dispatch(id);
        cases.report("city_sanitation", grid);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.get("/dashboard?area=" + TOWN);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("dashboard-area"), "碧波镇"));

            // the period picker: 本月 is a link that puts the month into the URL, and shows as chosen
            browser.driver().findElement(By.id("preset-month")).click();
            String month = "from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY;
            browser.waiting().until(ExpectedConditions.urlContains(month));
            assertThat(browser.driver().findElement(By.id("preset-month")).getAttribute("class")).contains("active");
            JsonNode now = summary(TOWN, month);
            assertThat(now.get("counts").get("reported").asLong()).isEqualTo(2);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-closed"), "0"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), "2"));
            // the previous period of the same length had nothing in this town: +2, no rate to compare with
            long before = summary(TOWN, "from=" + compared(browser, "from") + "&to=" + compared(browser, "to"))
                    .get("counts").get("reported").asLong();
            String compared = browser.driver().findElement(By.id("dashboard")).getAttribute("data-compare-label");
            assertThat(compared).as("本月 reads against the month before, unless it is January").isIn("环比", "同比");
            assertThat(browser.driver().findElement(By.id("delta-reported")).getText()).isEqualTo(compared + " +" + (2 - before));
            assertThat(browser.driver().findElement(By.id("delta-closureRate")).getText()).isEqualTo(compared + " —");
            // the grid with the case is drawn and coloured: no case closed yet, so the worst colour
            browser.waiting().until(d -> "1".equals(d.findElement(By.id("grid-map")).getAttribute("data-coloured")));
            assertThat(fills(browser)).contains(RED).doesNotContain(GREEN);
            long grids = jdbc.queryForObject("SELECT count(*) FROM area WHERE level = 'grid' AND code LIKE ?", Long.class, TOWN + "%");
            assertThat(browser.driver().findElements(By.cssSelector("#grid-map path.leaflet-interactive"))).hasSize((int) grids);

            cases.close(id);
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-closed"), "1"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-closureRate"), "100.0%"));
            assertThat(browser.driver().findElement(By.id("delta-closed")).getText()).isEqualTo(compared + " +1");
            assertThat(browser.driver().findElement(By.id("delta-closed")).getAttribute("class")).contains("good");
            browser.waiting().until(d -> fills(browser).contains(GREEN));
            assertThat(browser.driver().findElement(By.cssSelector("#grid-map .legend")).getText()).contains("结案率", "≥ 95%", "无数据");

            // another figure for the map; the ranking by a chosen figure, best first
            new Select(browser.driver().findElement(By.id("map-figure"))).selectByValue("reported");
            browser.waiting().until(d -> "reported".equals(d.findElement(By.id("grid-map")).getAttribute("data-figure")));
            assertThat(browser.driver().findElement(By.cssSelector("#grid-map .legend")).getText()).startsWith("上报")
                    .doesNotContain("1 – 1").contains("≥ 4");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#ranking-table td.rank")).isEmpty());
            String village = grid.substring(0, 12);
            assertThat(rankingRow(browser, village)).startsWith("1 ").contains("100.0%");
            new Select(browser.driver().findElement(By.id("ranking-figure"))).selectByValue("overdue");
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#ranking-table th:nth-child(3)"), "超期"));
            assertThat(browser.driver().findElements(By.cssSelector("#ranking-table th")).stream().map(e -> e.getText())
                    .filter("超期"::equals)).as("超期 once").hasSize(1);
            assertThat(browser.driver().findElement(By.id("ranking-export")).getAttribute("href")).contains("by=overdue", month);
            browser.screenshot("dashboard-town");

            // drill down to the grid: its figures and its case list
            browser.get("/dashboard?area=" + grid + "&" + month);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), "2"));
            browser.driver().findElement(By.id("cases-link")).click();
            browser.waiting().until(d -> d.findElements(By.cssSelector("#case-table tbody tr")).size() == 2);
            assertThat(browser.driver().findElement(By.id("case-total")).getText()).isEqualTo("2");
        }
    }

    @Test
    void theYearToDateReadsAgainstTheSameDaysLastYearAndEitherComparisonCanBeChosen() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.get("/dashboard?area=" + TOWN);
            browser.driver().findElement(By.id("preset-year")).click();
            browser.waiting().until(ExpectedConditions.urlContains("from=" + TODAY.withDayOfYear(1)));
            assertThat(browser.driver().findElement(By.id("dashboard")).getAttribute("data-compare-label")).isEqualTo("同比");
            assertThat(compared(browser, "from")).isEqualTo(TODAY.withDayOfYear(1).minusYears(1).toString());
            assertThat(compared(browser, "to")).isEqualTo(TODAY.minusYears(1).toString());
            browser.waiting().until(d -> d.findElement(By.id("delta-reported")).getText().startsWith("同比 "));

            browser.driver().findElement(By.id("compare-mom")).click();
            browser.waiting().until(ExpectedConditions.urlContains("compare=mom"));
            assertThat(compared(browser, "to")).isEqualTo(TODAY.withDayOfYear(1).minusDays(1).toString());
            browser.waiting().until(d -> d.findElement(By.id("delta-reported")).getText().startsWith("环比 "));
        }
    }

    @Test
    void theBigScreenShowsTheFiguresMapRankingTrendAndLatestReports() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.get("/dashboard?area=522601");
            String screen = browser.driver().findElement(By.id("screen-link")).getAttribute("href");
            assertThat(screen).endsWith("/dashboard/screen?area=522601");
            browser.driver().get(screen);
            JsonNode city = summary("522601", "");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("figure-reported"), city.get("counts").get("reported").asString()));
            assertThat(browser.driver().findElements(By.cssSelector(".topbar"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("screen-clock")).getText()).matches(".*\\d{2}:\\d{2}:\\d{2}.*");
            browser.waiting().until(d -> d.findElements(By.cssSelector("#ranking-table td.rank")).size() == 20);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#latest-cases tbody tr")).size() > 0);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#chart-months canvas")).isEmpty());
            browser.waiting().until(d -> d.findElement(By.id("grid-map")).getAttribute("data-coloured") != null);
            browser.waiting().until(d -> !d.findElement(By.id("screen-updated")).getText().equals("—"));
            browser.screenshot("screen");
        }
        assertThat(mvc.perform(get("/dashboard/screen?area=522601003").with(as(mvc, "demo-dispatcher"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dashboard/ranking?area=522601003").with(as(mvc, "demo-dispatcher"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theRankingExportsWithItsPeriod() throws Exception {
        String query = "area=522601&from=" + TODAY.withDayOfYear(1) + "&to=" + TODAY;
        byte[] xlsx = mvc.perform(get("/dashboard/ranking.xlsx?" + query + "&by=reported").with(as(mvc, "demo-leader")))
                .andReturn().getResponse().getContentAsByteArray();
        JsonNode towns = JSON.readTree(mvc.perform(get("/api/v1/stats/breakdown?by=child&" + query).with(as(mvc, "demo-leader")))
                .andReturn().getResponse().getContentAsString());
        long most = 0;
        for (JsonNode town : towns.get("items")) {
            most = Math.max(most, town.get("counts").get("reported").asLong());
        }
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(2), rows.get(0).getCellText(3),
                    rows.get(0).getCellText(4))).containsExactly("名次", "区域", "上报", "统计期间");
            assertThat(rows).hasSize(1 + 20);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("1");
            assertThat(Long.parseLong(rows.get(1).getCellText(3))).isEqualTo(most);
            assertThat(rows.get(1).getCellText(4)).isEqualTo(TODAY.withDayOfYear(1) + " 至 " + TODAY);
        }
    }

    private static final String RED = "#d73027";
    private static final String GREEN = "#1a9850";

    private static List<String> fills(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#grid-map path.leaflet-interactive")).stream()
                .map(p -> p.getAttribute("fill")).toList();
    }

    private static String rankingRow(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector("#ranking-table tr[data-area='" + code + "']")).getText();
    }

    /** The first or last day of the period the page compares with. */
    private static String compared(Browser browser, String end) {
        return browser.driver().findElement(By.id("dashboard")).getAttribute("data-previous-" + end);
    }

    private JsonNode summary(String area, String query) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/stats/summary?area=" + area + (query.isEmpty() ? "" : "&" + query))
                .with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
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
