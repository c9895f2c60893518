package cn.taizhang.enforcement;

import static cn.taizhang.enforcement.EnforcementFixtures.SAFETY;
import static cn.taizhang.enforcement.EnforcementFixtures.action;
import static cn.taizhang.enforcement.EnforcementFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * An enforcement officer on a phone opens the 执法 page, finds the candidate an order's failed re-inspection raised,
 * acts on it with a 行政处罚决定书 for the hazard, and sees the candidate handled and the action on the enterprise's page.
 */
@IntegrationTest
class CandidatePhoneJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerActsOnACandidateOnAPhone() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        String name = api.json("demo-dispatcher", "/api/v1/enterprises/" + enterprise).get("name").asString();
        long order = api.take(SAFETY, action(enterprise, "order").put("date", today().minusDays(20).toString())
                .put("deadline", today().minusDays(5).toString())).get("id").asLong();
        api.take(SAFETY, action(enterprise, "reinspection").put("targetId", order).put("passed", false));
        long candidate = api.candidates(enterprise).get(0).get("id").asLong();
        String document = EnforcementFixtures.documentNumber();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(SAFETY, DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/enforcement");
            WebElement card = browser.driver().findElement(By.cssSelector("#candidates li[data-id='" + candidate + "']"));
            assertThat(card.getText()).contains("查而不改", name, "复查仍未整改到位");
            browser.screenshot("phone-enforcement-candidates");
            assertThat(browser.layoutProblems(80)).isEmpty();

            card.findElement(By.className("act-on-candidate")).click();
            browser.waiting().until(d -> !d.findElements(By.id("enforcement-form")).isEmpty());
            assertThat(browser.driver().findElement(By.id("form-enterprise")).getText()).isEqualTo(name);
            assertThat(new Select(browser.driver().findElement(By.id("action-kind"))).getFirstSelectedOption().getText()).isEqualTo("行政处罚决定");
            browser.driver().findElement(By.id("action-document")).sendKeys(document);
            browser.driver().findElement(By.id("violation-description")).sendKeys("责令限期整改逾期未整改");
            browser.driver().findElement(By.id("violation-basis")).sendKeys("《安全生产法》第一百零二条");
            browser.driver().findElement(By.id("action-fine")).sendKeys("-5");
            browser.screenshot("phone-enforcement-form");
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.driver().findElement(By.id("save-action")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector("[data-error-for='fine']")).getText().contains("0 到"));

            browser.driver().findElement(By.id("action-fine")).clear();
            browser.driver().findElement(By.id("action-fine")).sendKeys("50000");
            browser.driver().findElement(By.id("save-action")).click();
            browser.waiting().until(d -> !d.findElements(By.id("action-details")).isEmpty());
            assertThat(browser.driver().findElement(By.id("action-details")).getText()).contains(document, "50000");
            assertThat(browser.driver().findElement(By.id("action-violations")).getText()).contains("责令限期整改逾期未整改");
            browser.screenshot("phone-enforcement-action");
            assertThat(browser.layoutProblems(80)).isEmpty();

            browser.get("/enforcement?state=acted");
            assertThat(browser.driver().findElement(By.cssSelector("#candidates li[data-id='" + candidate + "']")).getText()).contains("已处置");
            browser.get("/enterprises/" + enterprise);
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("行政处罚决定（" + document + "）");
        }
        JsonNode acted = api.candidates(enterprise).get(0);
        assertThat(acted.get("state").asString()).isEqualTo("acted");
        assertThat(api.actions(enterprise)).as("the refused try wrote nothing").isEqualTo(3);
    }
}
