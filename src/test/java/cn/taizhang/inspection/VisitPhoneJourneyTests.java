package cn.taizhang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * An inspector on a phone walks a visit: picks the enterprise, fails one item with a note and a photo, passes the rest,
 * signs off and sees the hazard's case; the outing's page shows the photo. Without a connection the outing waits on the
 * phone, photo and all, and goes out when the connection returns. A handled hazard of the enterprise is offered for 复查.
 */
@IntegrationTest
class VisitPhoneJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    @TempDir
    Path temp;

    @Test
    void anInspectorWalksAVisitOnAPhone() throws Exception {
        String name = enterprise("手机检查");
        Path photo = Files.write(temp.resolve("储罐.jpg"), TestImages.jpeg(901));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-inspector", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/inspections/new");
            walk(browser, name, photo);
            browser.screenshot("phone-inspection-visit-walked");
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.driver().findElement(By.id("submit-outing")).click();

            browser.waiting().until(d -> !d.findElements(By.id("outing-link")).isEmpty());
            String number = caseNumber(name);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#outing-result .hazard-link")).stream()
                    .anyMatch(a -> a.getText().equals(number)));
            assertThat(browser.driver().findElement(By.id("outing-result")).getText()).contains(name, "发现隐患 1 项");
            browser.screenshot("phone-inspection-submitted");
            assertThat(browser.layoutProblems(80)).isEmpty();

            browser.driver().findElement(By.id("outing-link")).click();
            seesThePhoto(browser, number);
            browser.screenshot("phone-inspection-outing");
            assertThat(browser.layoutProblems(80)).isEmpty();
        }
    }

    @Test
    void withoutAConnectionTheOutingWaitsOnThePhoneAndGoesOutLater() throws Exception {
        String name = enterprise("离线检查");
        Path photo = Files.write(temp.resolve("通道.jpg"), TestImages.jpeg(902));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-inspector", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/inspections/new");
            walk(browser, name, photo);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // the outing's POST meets no network once, as on a mountain road; everything after goes through
            js.executeScript("""
                    var real = window.fetch;
                    window.fetch = function (url, options) {
                      if (String(url) === '/api/v1/inspections' && options && options.method === 'POST') {
                        window.fetch = real;
                        return Promise.reject(new TypeError('Failed to fetch'));
                      }
                      return real.apply(this, arguments);
                    };
                    """);
            browser.driver().findElement(By.id("submit-outing")).click();
            browser.waiting().until(d -> !d.findElements(By.id("outing-saved")).isEmpty());
            assertThat(browser.driver().findElement(By.id("outing-saved")).getText()).isEqualTo("已保存，联网后自动提交");
            assertThat(browser.driver().findElement(By.id("pending-outings")).getText()).contains(name);
            assertThat(outings(name)).isZero();
            browser.screenshot("phone-inspection-queued");
            assertThat(browser.layoutProblems(80)).isEmpty();

            js.executeScript("window.dispatchEvent(new Event('online'))");
            String number = browser.waiting().until(d -> outings(name) == 1 ? caseNumber(name) : null);
            browser.waiting().until(d -> d.findElements(By.cssSelector("#outing-result .hazard-link")).stream()
                    .anyMatch(a -> a.getText().equals(number)));
            assertThat(browser.driver().findElement(By.id("pending-note")).isDisplayed()).isFalse();
            browser.driver().findElement(By.id("outing-link")).click();
            seesThePhoto(browser, number);
        }
    }

    @Test
    void anInspectorReinspectsAHandledHazardOnAPhone() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        String name = enterprise("手机复查");
        long enterprise = jdbc.queryForObject("SELECT id FROM enterprise WHERE name = ?", Long.class, name);
        Checklist list = checklists.current("hazardous_chemicals").orElseThrow();
        long hazard = api.handledHazard(enterprise, list);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-inspector", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/inspections/new");
            WebDriver driver = browser.driver();
            choose(browser, name);
            browser.waiting().until(d -> !d.findElements(By.cssSelector(".recheck")).isEmpty());
            WebElement due = driver.findElement(By.cssSelector(".recheck"));
            assertThat(due.getText()).contains("处置情况：已处置");
            due.findElement(By.cssSelector("button.fail")).click();
            due.findElement(By.cssSelector("textarea.note")).sendKeys("报警器已更换但未接入控制室");
            WebElement group = driver.findElement(By.id("outing-group"));
            group.clear();
            group.sendKeys("市应急管理局复查组");
            browser.screenshot("phone-inspection-recheck");
            assertThat(browser.layoutProblems(80)).isEmpty();
            driver.findElement(By.id("submit-outing")).click();
            browser.waiting().until(d -> !d.findElements(By.id("outing-link")).isEmpty());
        }
        JsonNode reworked = new CaseApi(mvc).read("demo-leader", hazard);
        assertThat(reworked.get("state").asString()).as("not rectified: back to its unit").isEqualTo("dispatched");
        assertThat(reworked.get("reworkCount").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT note FROM inspection_recheck WHERE case_id = ?", String.class, hazard))
                .isEqualTo("报警器已更换但未接入控制室");
    }

    /** Chooses the enterprise, fails the first item with a note and a photo, passes the rest, names the group. */
    private static void walk(Browser browser, String name, Path photo) {
        WebDriver driver = browser.driver();
        choose(browser, name);
        browser.waiting().until(d -> d.findElements(By.cssSelector(".check-item")).size() > 1);
        WebElement first = driver.findElements(By.cssSelector(".check-item")).get(0);
        first.findElement(By.cssSelector("button.fail")).click();
        first.findElement(By.cssSelector("textarea.note")).sendKeys("储罐区可燃气体报警器失效");
        first.findElement(By.cssSelector("input.photo-input")).sendKeys(photo.toString());
        browser.waiting().until(d -> first.findElement(By.cssSelector(".photo-count")).getText().contains("1 张"));
        driver.findElement(By.cssSelector(".visit-card .all-pass")).click();
        WebElement group = driver.findElement(By.id("outing-group"));
        group.clear();
        group.sendKeys("市应急管理局手机检查组");
        List<WebElement> pressed = driver.findElements(By.cssSelector(".results button[aria-pressed=true]"));
        assertThat(pressed).hasSize(driver.findElements(By.cssSelector(".check-item")).size());
    }

    /** Searches the first visit's enterprise by name and picks it. */
    private static void choose(Browser browser, String name) {
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".visit-card .enterprise-search")).isEmpty());
        browser.driver().findElement(By.cssSelector(".visit-card .enterprise-search")).sendKeys(name);
        By choice = By.xpath("//button[contains(@class,'enterprise-choice')][contains(., '" + name + "')]");
        browser.waiting().until(d -> !d.findElements(choice).isEmpty());
        browser.driver().findElement(choice).click();
    }

    private static void seesThePhoto(Browser browser, String number) {
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/inspections/\\d+$"));
        WebDriver driver = browser.driver();
        assertThat(driver.findElement(By.cssSelector(".answer.fail")).getText()).contains("储罐区可燃气体报警器失效", number);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.querySelector('.answer.fail .photos').scrollIntoView()");
        browser.waiting().until(d -> Boolean.TRUE.equals(js.executeScript(
                "var i = document.querySelector('.answer.fail .photos img'); return !!i && i.complete && i.naturalWidth === 64")));
    }

    private String enterprise(String prefix) throws Exception {
        long id = new InspectionFixtures(mvc, jdbc).enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        String name = prefix + System.nanoTime() % 1_000_000_000L;
        jdbc.update("UPDATE enterprise SET name = ? WHERE id = ?", name, id);
        return name;
    }

    private int outings(String enterprise) {
        return jdbc.queryForObject("SELECT count(*) FROM inspection_visit WHERE subject_name = ?", Integer.class, enterprise);
    }

    private String caseNumber(String enterprise) {
        return jdbc.queryForObject("""
                SELECT c.number FROM case_record c JOIN inspection_hazard h ON h.case_id = c.id JOIN inspection_visit v ON v.id = h.visit_id
                WHERE v.subject_name = ?
                """, String.class, enterprise);
    }
}
