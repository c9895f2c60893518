package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case list as a leader uses it on a desktop and on a phone: 22 cases of a grid of its own, paged by 20, narrowed by
 * source and keyword with the state in the URL, sorted by 上报时间, exported exactly as shown, and an empty result that
 * says so; on a 390×844 phone the same list is cards with nothing squeezed and nothing scrolling sideways.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListPageTests {

    static final String TOWN = OwnedArea.CASE_LIST.code(CaseListPageTests.class);
    static final String LEADER = "t" + TOWN + "-leader";
    static final int CASES = 22;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String grid;
    List<String> numbers = new ArrayList<>();

    @BeforeAll
    void reportCases() throws Exception {
        grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, TOWN + "%");
        for (int i = 0; i < CASES; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("clientId", UUID.randomUUID().toString());
            body.put("type", "city_sanitation");
            body.put("description", i == 7 ? "北京西路井盖缺失，夜间行人易踩空" : "列表测试第" + i + "件：路面垃圾");
            body.put("gridCode", grid);
            body.put("address", "北京西路 " + (i + 1) + " 号");
            body.put("source", i % 3 == 0 ? "citizen" : "grid_worker");
            MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, "t" + TOWN + "-dispatcher-1")).contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(body))).andReturn();
            assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
            numbers.add(JSON.readTree(r.getResponse().getContentAsString()).get("number").asString());
        }
    }

    @Test
    void theListPagesFiltersSortsAndExportsWhatItShows() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(LEADER, DemoUsers.PASSWORD);
            browser.get("/cases?queue=all&area=" + grid);
            assertThat(total(browser)).isEqualTo(CASES);
            assertThat(rows(browser)).hasSize(20);
            assertThat(firstNumber(browser)).as("newest first").isEqualTo(numbers.get(CASES - 1));
            assertThat(browser.driver().findElement(By.cssSelector(".pager")).getText()).contains("第 1 / 2 页", "共 22 条");
            assertThat(headers(browser)).contains("上报时间", "来源", "等级");
            browser.driver().findElement(By.cssSelector(".pager a.next")).click();
            browser.waiting().until(ExpectedConditions.urlContains("page=1"));
            assertThat(rows(browser)).hasSize(2);

            // narrowed by source: the state is in the URL, the export takes exactly that
            browser.driver().findElement(By.cssSelector("#case-filters summary")).click();
            new Select(browser.driver().findElement(By.id("filter-source"))).selectByValue("citizen");
            browser.driver().findElement(By.id("apply-filters")).click();
            browser.waiting().until(ExpectedConditions.urlContains("source=citizen"));
            assertThat(total(browser)).isEqualTo(8);
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("page=");
            assertThat(cells(browser, "来源")).containsOnly("群众举报");
            String export = browser.driver().findElement(By.id("case-export")).getAttribute("href");
            assertThat(export).contains("source=citizen", "area=" + grid);
            List<Row> sheet = sheet(URI.create(export));
            assertThat(sheet).hasSize(1 + 8);
            assertThat(sheet.subList(1, sheet.size())).allSatisfy(r -> assertThat(r.getCellText(9)).isEqualTo("群众举报"));
            // real cells: 上报时间 a date-time in Beijing time (today there), 是否超期 是/否
            int reportedAt = sheet.get(0).stream().map(c -> c.getText()).toList().indexOf("上报时间");
            assertThat(sheet.get(1).getCellAsDate(reportedAt).orElseThrow().toLocalDate())
                    .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            assertThat(sheet.get(1).getCellText(8)).isEqualTo("否");

            // sorted by 上报时间, oldest first, keeping the filter
            browser.driver().findElement(By.id("sort-createdAt")).click();
            browser.waiting().until(ExpectedConditions.urlContains("sort=createdAt"));
            assertThat(browser.driver().getCurrentUrl()).contains("source=citizen");
            assertThat(firstNumber(browser)).isEqualTo(numbers.get(0));

            // a keyword, and a search that finds nothing
            browser.get("/cases?queue=all&area=" + grid + "&q=" + enc("井盖"));
            assertThat(total(browser)).isEqualTo(1);
            assertThat(firstNumber(browser)).isEqualTo(numbers.get(7));
            browser.get("/cases?queue=all&area=" + grid + "&q=" + enc("没有这样的事"));
            assertThat(total(browser)).isZero();
            assertThat(browser.driver().findElement(By.cssSelector("#case-table tr.empty")).getText()).startsWith("没有符合条件的事件");
            browser.screenshot("case-list-desktop");
        }
    }

    @Test
    void onAPhoneTheListIsCardsWithNothingSqueezed() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(LEADER, DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/cases?queue=all&area=" + grid);
            assertThat(rows(browser)).hasSize(20);
            assertThat(browser.driver().findElement(By.cssSelector("#case-table thead")).isDisplayed()).isFalse();
            assertThat(browser.layoutProblems(80)).isEmpty();
            assertThat(browser.driver().findElement(By.id("main-menu")).isDisplayed()).as("the menu is folded").isFalse();
            browser.driver().findElement(By.id("menu-toggle")).click();
            assertThat(browser.driver().findElement(By.cssSelector("#main-menu a[href='/cases']")).isDisplayed()).isTrue();
            WebElement card = rows(browser).get(0);
            assertThat(card.getText()).contains(numbers.get(CASES - 1), "列表测试第21件");
            browser.screenshot("case-list-phone");
        }
    }

    private static long total(Browser browser) {
        return Long.parseLong(browser.driver().findElement(By.id("case-total")).getText());
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#case-table tbody tr[data-id]"));
    }

    private static String firstNumber(Browser browser) {
        return rows(browser).get(0).findElement(By.cssSelector("td a")).getText();
    }

    private static List<String> headers(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#case-table thead th")).stream().map(WebElement::getText)
                .map(t -> t.replace(" ▲", "").replace(" ▼", "")).toList();
    }

    private static List<String> cells(Browser browser, String label) {
        return browser.driver().findElements(By.cssSelector("#case-table tbody td[data-label='" + label + "']")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    private List<Row> sheet(URI export) throws Exception {
        MvcResult r = mvc.perform(get(URI.create(export.getRawPath() + "?" + export.getRawQuery())).with(as(mvc, LEADER))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            return book.getFirstSheet().read();
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
