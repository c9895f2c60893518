package cn.taizhang.inspection.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 镇街's safety supervisor on a 390×844 phone opens 专项整治 from the menu and starts a campaign of the 镇街 through the
 * form's script: a refusal shows by its field, the measures typed one a line are saved as a list, and every page on the
 * way fits the phone (no sideways scroll, no column under 80 px).
 */
@IntegrationTest
class CampaignPhoneJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTownsSafetySupervisorStartsACampaignOnAPhone() throws Exception {
        String name = CampaignFixtures.newName("手机发起的专项整治");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("t" + CampaignFixtures.TOWN + "-safety-1", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/");
            browser.driver().findElement(By.cssSelector(".menu-toggle")).click();
            browser.driver().findElement(By.id("campaigns-link")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/campaigns"));
            check(browser, problems, "campaigns");
            browser.driver().findElement(By.id("campaign-new")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/campaigns/new"));
            check(browser, problems, "campaign-form");

            browser.driver().findElement(By.id("save-campaign")).click(); // nothing filled in: the API's reasons show by the fields
            browser.waiting().until(d -> !d.findElement(By.cssSelector("[data-error-for=name]")).getText().isBlank());
            assertThat(browser.driver().findElement(By.cssSelector("[data-error-for=area]")).getText()).contains("整治区域");
            check(browser, problems, "campaign-form-refused");

            browser.driver().findElement(By.name("name")).sendKeys(name);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("document.querySelector('[name=from]').value = '2026-04-01';"
                    + "document.querySelector('[name=to]').value = '2026-09-30';"
                    + "document.querySelector('[name=area]').value = '" + CampaignFixtures.TOWN + "';");
            browser.driver().findElement(By.cssSelector("#campaign-sectors input[value=fire_safety]")).click();
            WebElement measures = browser.driver().findElement(By.name("measures"));
            measures.sendKeys("逐户摸排九小场所\n\n限期整改发现的隐患");
            browser.driver().findElement(By.id("save-campaign")).click();
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/campaigns/\\d+$"));
            assertThat(browser.driver().findElement(By.id("campaign-name")).getText()).isEqualTo(name);
            assertThat(browser.driver().findElements(By.cssSelector("#campaign-measures li")).stream().map(WebElement::getText))
                    .containsExactly("逐户摸排九小场所", "限期整改发现的隐患");
            check(browser, problems, "campaign");
            browser.driver().findElement(By.id("campaign-edit")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/edit"));
            check(browser, problems, "campaign-edit");
        }
        assertThat(jdbc.queryForObject("SELECT area_code FROM campaign WHERE name = ?", String.class, name)).isEqualTo(CampaignFixtures.TOWN);
        assertThat(problems).isEmpty();
    }

    private static void check(Browser browser, List<String> problems, String name) throws InterruptedException {
        Thread.sleep(300);
        browser.layoutProblems(80).forEach(p -> problems.add(name + ": " + p));
        browser.screenshot("phone-" + name);
    }
}
