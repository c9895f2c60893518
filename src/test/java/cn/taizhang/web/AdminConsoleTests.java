package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static cn.taizhang.territory.Fixtures.box;
import static cn.taizhang.territory.Fixtures.collection;
import static cn.taizhang.territory.Fixtures.divisions;
import static cn.taizhang.territory.Fixtures.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import cn.taizhang.support.PageGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 系统管理员's console in a real browser: the home page leads to it, each section works through the API (its
 * changes saved, its refusals shown in Chinese next to the fields, a stale edit refused), every page fits a 390×844
 * phone and a desktop, and no page trips the Content-Security-Policy or fails a script. Nobody else opens it. One browser signs in
 * once for the whole class (each sign-in spends a step of the authenticator). The tests change only what they make
 * themselves: a case type of their own, a day in 2099, the fictional county they own ({@link OwnedArea}), and the
 * department weights, put back as they were.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminConsoleTests {

    /** A fictional county, owned by this test, uploaded through the import page. */
    private static final String COUNTY = OwnedArea.ADMIN_CONSOLE.code(AdminConsoleTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private PageGuard guard;

    /** The sysadmin's browser, signed in at its first use (the refusal test needs none). */
    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(port);
            guard = PageGuard.watch(browser);
            browser.signIn("demo-sysadmin", DemoUsers.PASSWORD);
        }
        return browser;
    }

    @BeforeEach
    void desktopWidth() {
        if (browser != null) {
            browser.desktop();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHomePageLeadsToTheConsoleAndEveryPageFitsAPhone() throws Exception {
        Browser b = browser();
        b.get("/");
        assertThat(b.driver().getCurrentUrl()).endsWith("/admin");
        assertThat(b.driver().findElement(By.id("admin-link")).getAttribute("href")).endsWith("/admin");
        for (String section : List.of("territory", "case-types", "calendar", "weights", "registry-catalogues", "dictionaries",
                "enterprise-service")) {
            b.driver().findElement(By.id("console-" + section)).click();
            b.waiting().until(ExpectedConditions.urlContains("/admin/"));
            b.driver().navigate().back();
            b.waiting().until(d -> d.getCurrentUrl().endsWith("/admin"));
        }

        Map<String, Function<WebDriver, Boolean>> pages = new java.util.LinkedHashMap<>();
        pages.put("/admin", d -> !d.findElements(By.cssSelector(".tiles.console .tile")).isEmpty());
        pages.put("/admin/territory", d -> d.findElement(By.id("import-map")).getAttribute("data-grid-count") != null);
        pages.put("/admin/case-types", d -> !text(d, "case-type-total").equals("…"));
        pages.put("/admin/case-types/new", d -> !d.findElements(By.cssSelector("#severity-rows .severity-row")).isEmpty());
        pages.put("/admin/case-types/safety_hazard", d -> d.findElement(By.id("case-type-version")).isDisplayed());
        pages.put("/admin/calendar", d -> !text(d, "year-summary").isEmpty());
        pages.put("/admin/evaluation-weights", d -> d.findElements(By.cssSelector("[data-weight-sum]")).stream()
                .noneMatch(e -> e.getText().equals("…")));
        pages.put("/admin/dictionaries", d -> !d.findElements(By.cssSelector("#unit-table tbody tr")).isEmpty());
        pages.put("/admin/registry-catalogues", d -> !d.findElements(By.cssSelector("#person-category-table tbody tr[data-code]")).isEmpty());
        pages.put("/admin/enterprise-service", d -> !d.findElements(By.cssSelector("#coordinator-department option[selected]")).isEmpty());
        List<String> problems = new ArrayList<>();
        for (boolean phone : List.of(true, false)) {
            if (phone) {
                b.phone();
            } else {
                b.desktop();
            }
            for (var page : pages.entrySet()) {
                b.get(page.getKey());
                b.waiting().withMessage(page.getKey() + ": its scripts did not finish").until(page.getValue()::apply);
                b.layoutProblems(80).forEach(p -> problems.add((phone ? "phone " : "desktop ") + page.getKey() + ": " + p));
                b.screenshot((phone ? "phone" : "desktop") + page.getKey().replaceAll("[^a-z0-9]+", "-") + "-demo-sysadmin");
                guard.assertCleanAndWithoutScriptErrors(page.getKey());
            }
        }
        assertThat(problems).isEmpty();

        // the territory page draws the jurisdiction's grids; the dictionaries say that they are read-only
        b.get("/admin/territory");
        b.waiting().until(d -> !d.findElements(By.cssSelector("#import-map path.leaflet-interactive")).isEmpty());
        assertThat(text(b.driver(), "no-preview")).contains("没有预检");
        b.get("/admin/dictionaries");
        assertThat(text(b.driver(), "read-only-note")).contains("只读");
        assertThat(b.driver().findElements(By.cssSelector("#sector-table tbody tr"))).isNotEmpty();
        guard.assertCleanAndWithoutScriptErrors("dictionaries");
    }

    @Test
    void aCaseTypeIsAddedAndItsDeadlineEditedOnThePageWithEveryRefusalShown() throws Exception {
        Browser b = browser();
        String code = "console_" + letters(10);
        b.get("/admin/case-types");
        b.waiting().until(d -> !text(d, "case-type-total").equals("…"));
        b.driver().findElement(By.id("new-case-type")).click();
        b.waiting().until(d -> !d.findElements(By.cssSelector("#severity-rows .severity-row")).isEmpty());
        type("type-code", code);
        type("type-name", "控制台测试 " + code);
        type("type-category", "测试");
        new Select(b.driver().findElement(By.id("type-responsibility"))).selectByValue("town_office");
        b.driver().findElement(By.id("save-case-type")).click();
        b.waiting().until(ExpectedConditions.urlContains("saved=" + code));
        b.waiting().until(d -> d.findElement(By.id("case-type-message")).isDisplayed());
        assertThat(text(b.driver(), "case-type-message")).contains(code);
        assertThat(severitiesShown(code)).isEqualTo("一般：5 个工作日（默认）");
        guard.assertCleanAndWithoutScriptErrors("case type added");

        // a deadline of 0 and a blank name: refused by the API, each reason next to its field, nothing saved
        b.driver().findElement(By.cssSelector("tr[data-code='" + code + "'] a.button")).click();
        openedForEditing(1);
        type("type-name", "");
        type(b.driver().findElement(By.cssSelector("#severity-rows .severity-row .severity-days")), "0");
        b.driver().findElement(By.id("save-case-type")).click();
        WebElement deadlineError = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-error-for='severities[0].deadlineDays']")));
        assertThat(deadlineError.getText()).isEqualTo("处置时限（工作日）须在 1 到 365 之间");
        assertThat(b.driver().findElement(By.cssSelector("[data-error-for='name']")).getText()).isEqualTo("请填写名称");
        assertThat(text(b.driver(), "case-type-problems")).contains("输入有误");
        assertThat(b.driver().getCurrentUrl()).endsWith("/admin/case-types/" + code);
        assertThat(caseType(code).get("version").asInt()).isEqualTo(1);
        guard.assertCleanAndWithoutScriptErrors("case type refused");

        // put right and saved: the list shows the new deadline, the API the new version
        type("type-name", "控制台测试 " + code);
        type(b.driver().findElement(By.cssSelector("#severity-rows .severity-row .severity-days")), "7");
        b.driver().findElement(By.id("save-case-type")).click();
        b.waiting().until(ExpectedConditions.urlContains("saved=" + code));
        b.waiting().until(d -> d.findElement(By.id("case-type-message")).isDisplayed());
        assertThat(severitiesShown(code)).isEqualTo("一般：7 个工作日（默认）");
        JsonNode saved = caseType(code);
        assertThat(saved.get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(7);
        assertThat(saved.get("version").asInt()).isEqualTo(2);

        // someone else saves while the form is open: the page's save is refused as stale, and says so
        b.get("/admin/case-types/" + code);
        openedForEditing(2);
        ObjectNode meanwhile = (ObjectNode) saved.deepCopy();
        ((ObjectNode) meanwhile.get("severities").get(0)).put("deadlineDays", 8);
        assertThat(mvc.perform(put("/api/v1/case-types/{code}", code).with(as(mvc, "demo-sysadmin")).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(meanwhile))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        type(b.driver().findElement(By.cssSelector("#severity-rows .severity-row .severity-days")), "9");
        b.driver().findElement(By.id("save-case-type")).click();
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-type-problems")));
        assertThat(text(b.driver(), "case-type-problems")).contains("已被他人修改，请刷新后重试");
        assertThat(caseType(code).get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(8);
        b.driver().findElement(By.id("case-type-reload")).click();
        openedForEditing(3);
        assertThat(b.driver().findElement(By.cssSelector("#severity-rows .severity-row .severity-days")).getAttribute("value")).isEqualTo("8");
        guard.assertCleanAndWithoutScriptErrors("case type stale");
    }

    @Test
    void aLocalDayIsAddedAndRemovedAndABadImportRowIsNamed() throws Exception {
        Browser b = browser();
        String date = "2099-03-04"; // a Wednesday
        b.get("/admin/calendar?year=2099");
        b.waiting().until(d -> !text(d, "year-summary").isEmpty());
        assertThat(text(b.driver(), "year-summary")).as("no notice for 2099").contains("尚未导入");
        assertThat(b.driver().findElements(By.cssSelector("#day-table tr[data-date='" + date + "']"))).isEmpty();

        // a click on the day in the twelve months fills the form's date
        b.driver().findElement(By.cssSelector("#year-view [data-date='" + date + "']")).click();
        assertThat(b.driver().findElement(By.id("day-date")).getAttribute("value")).isEqualTo(date);
        type("day-name", "控制台测试休息日");
        b.driver().findElement(By.id("day-save")).click();
        b.waiting().until(d -> !d.findElements(By.cssSelector("#day-table tr[data-date='" + date + "']")).isEmpty());
        assertThat(b.driver().findElement(By.cssSelector("#day-table tr[data-date='" + date + "']")).getText())
                .contains("控制台测试休息日", "本地", "生效");
        assertThat(b.driver().findElement(By.cssSelector("#year-view [data-date='" + date + "']")).getAttribute("class")).contains("off", "local");
        assertThat(day(date)).isNotNull();

        // a local day off on a Sunday: refused, the reason next to the date
        b.driver().findElement(By.cssSelector("#year-view [data-date='2099-03-08']")).click();
        b.driver().findElement(By.id("day-save")).click();
        WebElement dateError = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#day-form [data-error-for='date']")));
        assertThat(dateError.getText()).isEqualTo("2099-03-08 是星期日，本来就是休息日，无需列为本地休息日");
        assertThat(day("2099-03-08")).isNull();

        // removing takes a second click on the same button
        WebElement remove = b.driver().findElement(By.cssSelector("#day-table button[data-remove='" + date + "']"));
        remove.click();
        assertThat(remove.getText()).isEqualTo("确认删除");
        assertThat(day(date)).as("not yet").isNotNull();
        remove.click();
        b.waiting().until(d -> d.findElements(By.cssSelector("#day-table tr[data-date='" + date + "']")).isEmpty());
        assertThat(text(b.driver(), "calendar-message")).contains("已删除 " + date);
        assertThat(day(date)).isNull();

        // an import with a bad row: refused whole, the row and its reason listed
        Path file = file("calendar.csv", "date,kind,festival_zh,festival_en,in_lieu\n2099-03-05,off,控制台测试,,no\n2099-02-30,off,不存在的日子,,no\n");
        new Select(b.driver().findElement(By.id("calendar-source"))).selectByValue("local");
        b.driver().findElement(By.id("calendar-file")).sendKeys(file.toAbsolutePath().toString());
        b.driver().findElement(By.id("calendar-import")).click();
        b.waiting().until(d -> d.findElement(By.id("calendar-import-errors")).isDisplayed());
        assertThat(text(b.driver(), "calendar-import-summary")).contains("导入被拒绝");
        assertThat(b.driver().findElement(By.cssSelector("#calendar-import-errors tbody")).getText()).contains("第3行");
        assertThat(day("2099-03-05")).as("nothing of a refused file is written").isNull();
        guard.assertCleanAndWithoutScriptErrors("calendar");
    }

    @Test
    void anUploadWithABadRowShowsTheRowAndItsReasonThenAGoodOneIsImported() throws Exception {
        Browser b = browser();
        String county = COUNTY + "000000";
        String town = COUNTY + "001000";
        String village = COUNTY + "001001";
        String badDivisions = divisions(county + ",522600000000,控制台县,county,,101.55,41.55",
                town + "," + county + ",控制台街道,town,,,",
                village + "," + town + ",,village,111,,"); // line 4: no name
        b.get("/admin/territory");
        upload("divisions", file("divisions-bad.csv", badDivisions));
        b.waiting().until(d -> d.findElement(By.id("import-errors")).isDisplayed());
        assertThat(text(b.driver(), "import-result-title")).isEqualTo("导入被拒绝，未写入任何数据");
        List<WebElement> rejected = b.driver().findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).getText()).contains("第4行", "名称为空", "MISSING_NAME");
        assertThat(areas()).as("nothing of a refused file is written").isZero();

        upload("divisions", file("divisions.csv", badDivisions.replace(",,village,", ",控制台社区,village,")));
        b.waiting().until(d -> text(d, "import-result-title").equals("导入成功"));
        assertThat(text(b.driver(), "import-summary")).contains("已导入 3 条行政区划");
        assertThat(areas()).isEqualTo(3);

        // grids: one in an unknown village is refused with its position; the good file is imported
        String grid = feature(village + "001", "控制台网格", box(101.50, 41.50, 0.01));
        upload("grids", file("grids-bad.geojson", collection(grid, feature(COUNTY + "001002001", "无村网格", box(101.52, 41.50, 0.01)))));
        b.waiting().until(d -> d.findElement(By.id("import-errors")).isDisplayed());
        assertThat(b.driver().findElement(By.cssSelector("#import-errors tbody")).getText()).contains("第2个要素", "不在系统中");
        upload("grids", file("grids.geojson", collection(grid)));
        b.waiting().until(d -> text(d, "import-result-title").equals("导入成功"));
        assertThat(text(b.driver(), "import-summary")).contains("已导入 1 个网格");
        assertThat(areas()).isEqualTo(4);
        // the county lies outside the demo sysadmin's jurisdiction (522601): the page says why the map cannot show it
        b.waiting().until(d -> text(d, "map-note").contains(village));
        assertThat(text(b.driver(), "map-note")).contains("不在您的辖区内", "导入已完成");
        assertThat(b.driver().findElement(By.id("map-area")).getAttribute("value")).isEqualTo(village);
        guard.assertCleanAndWithoutScriptErrors("territory import");
    }

    @Test
    void theWeightsOfOneKindAreChangedOnThePageAndPutBack() throws Exception {
        Browser b = browser();
        JsonNode original = settings("department");
        try {
            b.get("/admin/evaluation-weights");
            WebElement form = b.waiting().until(d -> {
                WebElement f = d.findElement(By.id("weights-department"));
                return f.findElement(By.name("minimumSample")).getAttribute("value").isEmpty() ? null : f;
            });
            assertThat(form.findElement(By.name("minimumSample")).getAttribute("value")).isEqualTo(original.get("minimumSample").asString());

            // a 观摩 weight above 1: refused, named next to its field
            type(form.findElement(By.name("observationWeight")), "1.5");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#weights-department [data-error-for='observationWeight']")));
            assertThat(error.getText()).isEqualTo("观摩得分权重须在 0 到 1 之间");
            assertThat(settings("department")).isEqualTo(original);

            int sample = original.get("minimumSample").asInt() + 7;
            type(form.findElement(By.name("observationWeight")), "0.25");
            type(form.findElement(By.name("minimumSample")), Integer.toString(sample));
            type(form.findElement(By.name("weights.closureRate")), "40");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            b.waiting().until(d -> d.findElement(By.cssSelector("#weights-department [data-saved]")).isDisplayed());
            JsonNode changed = settings("department");
            assertThat(changed.get("minimumSample").asInt()).isEqualTo(sample);
            assertThat(changed.get("observationWeight").decimalValue()).isEqualByComparingTo("0.25");
            assertThat(changed.get("weights").get("closureRate").decimalValue()).isEqualByComparingTo("40");
            assertThat(changed.get("version").asInt()).isEqualTo(original.get("version").asInt() + 1);
            assertThat(form.findElement(By.cssSelector("[data-version]")).getText()).contains(changed.get("version").asString());
            guard.assertCleanAndWithoutScriptErrors("weights");

            // put back through the page
            type(form.findElement(By.name("observationWeight")), original.get("observationWeight").asString());
            type(form.findElement(By.name("minimumSample")), original.get("minimumSample").asString());
            type(form.findElement(By.name("weights.closureRate")), original.get("weights").get("closureRate").asString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            b.waiting().until(d -> settings("department").get("version").asInt() == original.get("version").asInt() + 2);
            assertThat(sameSettings(settings("department"), original)).isTrue();
        } finally {
            if (!sameSettings(settings("department"), original)) {
                mvc.perform(put("/api/v1/evaluation-weights/department").with(as(mvc, "demo-sysadmin"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(original)));
            }
        }
    }

    @Test
    void aPlaceTypeIsAddedRenamedAndRetiredOnTheCataloguesPage() throws Exception {
        Browser b = browser();
        String code = "console_" + letters(10);
        String name = "控制台" + letters(6);
        b.get("/admin/registry-catalogues");
        b.driver().findElement(By.cssSelector("#place-types details summary")).click();
        type(b.driver().findElement(By.cssSelector("#place-type-add input[name=code]")), code);
        type(b.driver().findElement(By.cssSelector("#place-type-add input[name=name]")), name);
        b.driver().findElement(By.cssSelector("#place-type-add button[type=submit]")).click();
        b.waiting().until(ExpectedConditions.urlContains("saved=place-types"));
        b.waiting().until(d -> d.findElement(By.id("catalogue-message")).isDisplayed());
        assertThat(text(b.driver(), "catalogue-message")).contains(name, code, "在用");
        guard.assertCleanAndWithoutScriptErrors("place type added");

        // a blank name is refused beside its field; then renamed and moved
        By row = By.cssSelector("#place-type-table tr[data-code='" + code + "']");
        b.driver().findElement(row).findElement(By.cssSelector("[data-edit]")).click();
        WebElement nameInput = b.driver().findElement(By.cssSelector("#place-type-edit input[name=name]"));
        assertThat(nameInput.getAttribute("value")).isEqualTo(name);
        type(nameInput, "");
        b.driver().findElement(By.cssSelector("#place-type-edit button[type=submit]")).click();
        WebElement nameError = b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#place-type-edit [data-error-for=name]")));
        assertThat(nameError.getText()).isEqualTo("请填写类型名称");
        type(nameInput, name + "改");
        type(b.driver().findElement(By.cssSelector("#place-type-edit input[name=position]")), "950");
        b.driver().findElement(By.cssSelector("#place-type-edit button[type=submit]")).click();
        b.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#place-type-table tr[data-code='" + code + "'] td[data-label='名称']"), name + "改"));
        assertThat(b.driver().findElement(row).findElement(By.cssSelector("td[data-label='顺序']")).getText()).isEqualTo("950");

        // retired: still listed, said so, and the button restores it
        b.driver().findElement(row).findElement(By.cssSelector("[data-retire]")).click();
        b.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#place-type-table tr[data-code='" + code + "'] td[data-label='状态']"), "已停用"));
        assertThat(b.driver().findElement(row).findElement(By.cssSelector("[data-retire]")).getText()).isEqualTo("恢复");
        JsonNode listed = JSON.readTree(mvc.perform(get("/api/v1/place-types").with(as(mvc, "demo-sysadmin"))).andReturn().getResponse()
                .getContentAsString()).get("items").valueStream().filter(t -> t.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(listed.get("retired").asBoolean()).isTrue();
        assertThat(listed.get("name").asString()).isEqualTo(name + "改");
        guard.assertCleanAndWithoutScriptErrors("place type retired");
    }

    /** The console is the 系统管理员's alone: a leader has no role for it, the 安全管理员 no duty (三权分立). */
    @Test
    void nobodyElseOpensTheConsole() throws Exception {
        for (String user : List.of("demo-leader", "demo-secadmin")) {
            MockHttpSession session = DemoUsers.webSession(mvc, user);
            for (String path : List.of("/admin", "/admin/case-types", "/admin/territory", "/admin/calendar", "/admin/evaluation-weights",
                    "/admin/dictionaries", "/admin/registry-catalogues", "/admin/case-types/safety_hazard")) {
                MockHttpServletResponse r = mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
                assertThat(r.getStatus()).as(user + " " + path).isEqualTo(403);
                assertThat(r.getContentType()).startsWith("text/html");
                if (user.equals("demo-secadmin")) {
                    assertThat(r.getContentAsString()).as(path).contains("三权分立");
                }
            }
            assertThat(mvc.perform(get("/").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString())
                    .as(user + " sees no link to the console").doesNotContain("href=\"/admin\"");
        }
    }

    // --- the page ------------------------------------------------------------------------------------------------------

    private void type(String id, String text) {
        type(browser.driver().findElement(By.id(id)), text);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String text(WebDriver d, String id) {
        return d.findElement(By.id(id)).getText();
    }

    private String severitiesShown(String code) {
        return browser.driver().findElement(By.cssSelector("tr[data-code='" + code + "'] td.severities")).getText();
    }

    /** Waits for the form to show the type as read at {@code version}. */
    private void openedForEditing(int version) {
        browser.waiting().until(d -> d.findElement(By.id("case-type-version")).getText().startsWith("版本 " + version));
    }

    private void upload(String kind, Path file) {
        browser.driver().findElement(By.id(kind + "-file")).sendKeys(file.toAbsolutePath().toString());
        String before = text(browser.driver(), "import-summary");
        browser.driver().findElement(By.id(kind + "-upload")).click();
        browser.waiting().until(d -> !text(d, "import-result-title").equals("正在导入…") && !text(d, "import-summary").equals(before));
    }

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "admin-console"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    // --- the API, as the sysadmin --------------------------------------------------------------------------------------

    private JsonNode api(String path) {
        try {
            return JSON.readTree(mvc.perform(get(path).with(as(mvc, "demo-sysadmin"))).andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode caseType(String code) {
        return api("/api/v1/case-types/" + code);
    }

    private JsonNode settings(String object) {
        for (JsonNode s : api("/api/v1/evaluation-weights").get("items")) {
            if (s.get("object").asString().equals(object)) {
                return s;
            }
        }
        throw new AssertionError("no settings for " + object);
    }

    /** The same values, whatever their scale (a weight never saved reads 0, once saved 0.00), and whatever the version. */
    private static boolean sameSettings(JsonNode a, JsonNode b) {
        if (a.get("minimumSample").asInt() != b.get("minimumSample").asInt()
                || a.get("observationWeight").decimalValue().compareTo(b.get("observationWeight").decimalValue()) != 0
                || a.get("weights").size() != b.get("weights").size()) {
            return false;
        }
        return a.get("weights").propertyNames().stream()
                .allMatch(k -> b.get("weights").has(k) && a.get("weights").get(k).decimalValue().compareTo(b.get("weights").get(k).decimalValue()) == 0);
    }

    /** The listed day of that date in force, or null. */
    private JsonNode day(String date) {
        for (JsonNode d : api("/api/v1/calendar/" + date.substring(0, 4)).get("days")) {
            if (d.get("date").asString().equals(date) && d.get("inForce").asBoolean()) {
                return d;
            }
        }
        return null;
    }

    /** The areas of the fictional county in the database (the demo sysadmin's API does not reach outside 522601). */
    private long areas() {
        return jdbc.queryForObject("SELECT count(*) FROM area WHERE code LIKE ?", Long.class, COUNTY + "%");
    }
}
