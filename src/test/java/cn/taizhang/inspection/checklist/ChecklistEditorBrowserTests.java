package cn.taizhang.inspection.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.PageGuard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The checklist editor in a real browser, on a 390×844 phone and a desktop: a row added, a duplicate code refused next to
 * its field, the edit saved as version 2; the pages fit and trip neither the Content-Security-Policy nor a script.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistEditorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private Browser browser;

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static List<WebElement> rows(WebDriver d) {
        return d.findElements(By.cssSelector("#checklist-rows tr.checklist-row"));
    }

    @Test
    void theSystemAdministratorAddsAnItemOnAPhoneAndSavesANewVersion() throws Exception {
        ChecklistApi api = new ChecklistApi(mvc);
        String code = api.created();
        browser = Browser.open(port);
        PageGuard guard = PageGuard.watch(browser);
        browser.signIn("demo-sysadmin", DemoUsers.PASSWORD);
        WebDriver d = browser.driver();
        List<String> problems = new ArrayList<>();
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                browser.phone();
            } else {
                browser.desktop();
            }
            for (String page : List.of("/admin/checklists", "/admin/checklists/hazardous_chemicals", "/admin/checklists/" + code)) {
                browser.get(page);
                browser.waiting().until(x -> !x.findElements(By.tagName("h1")).isEmpty());
                if (page.contains(code)) {
                    d.findElement(By.cssSelector("#checklist-editor-panel summary")).click();
                }
                browser.layoutProblems(80).forEach(p -> problems.add((phone ? "phone " : "desktop ") + page + ": " + p));
                browser.screenshot((phone ? "phone" : "desktop") + page.replaceAll("[^a-z0-9]+", "-") + "-demo-sysadmin");
                guard.assertCleanAndWithoutScriptErrors(page);
            }
        }
        assertThat(problems).isEmpty();

        // on the phone, still on the own checklist's page with its editor open: add a row whose code is taken
        assertThat(rows(d)).hasSize(3);
        d.findElement(By.id("add-checklist-item")).click();
        assertThat(rows(d)).hasSize(4);
        WebElement added = rows(d).get(3);
        type(added.findElement(By.className("item-code")), "t-01");
        type(added.findElement(By.className("item-text")), "消防控制室实行24小时值班");
        type(added.findElement(By.className("item-basis")), "《消防控制室通用技术要求》（GB 25506-2010）");
        added.findElement(By.className("item-major")).click();
        d.findElement(By.id("save-checklist")).click();
        By slot = By.cssSelector("[data-error-for='items[3].code']");
        browser.waiting().until(x -> !x.findElement(slot).getText().isEmpty());
        assertThat(d.findElement(slot).getText()).contains("T-01", "重复");
        assertThat(api.json("demo-inspector", "/api/v1/checklists/" + code).get("version").asInt()).isEqualTo(1);

        // a new code, the first row removed: saved as version 2
        type(rows(d).get(3).findElement(By.className("item-code")), "T-04");
        rows(d).get(0).findElement(By.className("remove-checklist-item")).click();
        d.findElement(By.id("save-checklist")).click();
        browser.waiting().until(x -> x.getCurrentUrl().contains("saved=2") && x.findElement(By.id("checklist-message")).isDisplayed());
        guard.assertCleanAndWithoutScriptErrors("/admin/checklists/" + code + " after saving");
        JsonNode saved = api.json("demo-inspector", "/api/v1/checklists/" + code);
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        assertThat(saved.get("items").findValues("code").stream().map(JsonNode::asString)).containsExactly("T-02", "T-03", "T-04");
        assertThat(saved.get("items").get(2).get("major").asBoolean()).isTrue();
        assertThat(d.findElements(By.cssSelector("#checklist-versions tbody tr"))).hasSize(2);
    }
}
