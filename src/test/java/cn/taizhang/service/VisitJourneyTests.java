package cn.taizhang.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 镇街 leader on a phone records a visit on the form: a problem left blank is named beside it, then the visit is saved
 * and its page shows the problem's case coordinated to the 镇街's office; the pages also fit a desktop.
 */
@IntegrationTest
class VisitJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTownLeaderRecordsAVisitOnAPhone() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        long before = jdbc.queryForObject("SELECT count(*) FROM leader_visit WHERE enterprise_id = ?", Long.class, enterprise);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("t522601002-leader", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/enterprise-service/visits/new");
            browser.driver().findElement(By.id("visit-enterprise")).sendKeys(Long.toString(enterprise));
            browser.driver().findElement(By.id("visit-notes")).sendKeys("座谈了解企业用工情况");
            browser.driver().findElement(By.id("add-problem")).click();
            browser.driver().findElement(By.id("save-visit")).click();
            browser.waiting().until(d -> !d.findElement(By.cssSelector("[data-error-for='problems[0].description']")).getText().isBlank());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM leader_visit WHERE enterprise_id = ?", Long.class, enterprise))
                    .as("a refused visit writes nothing").isEqualTo(before);

            WebElement problem = browser.driver().findElement(By.cssSelector("#visit-problems .problem"));
            problem.findElement(By.cssSelector("[data-field=description]")).sendKeys("企业反映招工难，急需技术工人");
            problem.findElement(By.cssSelector("[data-field=hard]")).click();
            browser.screenshot("phone-visit-form-filled");
            assertThat(browser.layoutProblems(80)).isEmpty();
            browser.driver().findElement(By.id("save-visit")).click();
            browser.waiting().until(d -> !d.findElements(By.id("visit-unit")).isEmpty());
            assertThat(browser.driver().findElement(By.id("visit-unit")).getText()).isEqualTo("大十字街道办事处");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("企业反映招工难，急需技术工人", "疑难", "正在积极推进中");
            browser.screenshot("phone-visit-page");
            assertThat(browser.layoutProblems(80)).isEmpty();

            browser.desktop();
            for (String page : new String[] {browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""), "/enterprise-service",
                    "/enterprise-service/mine", "/enforcement"}) {
                browser.get(page);
                assertThat(browser.layoutProblems(80)).as(page).isEmpty();
                browser.screenshot("desktop" + page.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM leader_visit WHERE enterprise_id = ?", Long.class, enterprise)).isEqualTo(before + 1);
    }
}
