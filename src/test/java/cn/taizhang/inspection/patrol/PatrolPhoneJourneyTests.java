package cn.taizhang.inspection.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A grid worker on a 390×844 phone opens 巡查 from the menu and records a round of an internet café in their grid (chosen
 * already) with a "五老" monitor and a finding; a refusal shows by its field; every page fits the phone.
 */
@IntegrationTest
class PatrolPhoneJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGridWorkerRecordsARoundOnAPhone() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        long cafe = api.cafe(PatrolFixtures.GRID);
        long monitor = api.volunteer(PatrolFixtures.GRID);
        String finding = PatrolFixtures.newName("手机巡查发现未成年人上网");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/");
            browser.driver().findElement(By.cssSelector(".menu-toggle")).click();
            browser.driver().findElement(By.id("patrols-link")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/patrols"));
            check(browser, problems, "patrols");
            browser.driver().findElement(By.id("patrol-new")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/patrols/new"));
            check(browser, problems, "patrol-form");

            browser.driver().findElement(By.id("save-patrol")).click(); // nothing said of the round: its reasons show by the fields
            browser.waiting().until(d -> !d.findElement(By.cssSelector("[data-error-for=seen]")).getText().isBlank());
            assertThat(browser.driver().findElement(By.cssSelector("[data-error-for=placeIds]")).getText()).contains("场所");
            check(browser, problems, "patrol-form-refused");

            new Select(browser.driver().findElement(By.id("patrol-kind"))).selectByValue("internet_cafe");
            browser.driver().findElement(By.cssSelector("input[name=placeIds][value='" + cafe + "']")).click();
            browser.driver().findElement(By.cssSelector("input[name=volunteerIds][value='" + monitor + "']")).click();
            browser.driver().findElement(By.id("patrol-seen")).sendKeys("查验身份证件，发现一名未成年人");
            browser.driver().findElement(By.id("add-finding")).click();
            browser.driver().findElement(By.cssSelector(".finding textarea")).sendKeys(finding);
            new Select(browser.driver().findElement(By.cssSelector(".finding select[data-field=placeId]"))).selectByValue(Long.toString(cafe));
            check(browser, problems, "patrol-form-filled");
            browser.driver().findElement(By.id("save-patrol")).click();
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/patrols/\\d+$"));
            assertThat(browser.driver().findElement(By.id("patrol-person-times")).getText()).isEqualTo("2");
            check(browser, problems, "patrol");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record WHERE subject_kind = 'place' AND subject_id = ? AND description LIKE ?",
                Integer.class, cafe, "%" + finding)).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    private static void check(Browser browser, List<String> problems, String name) throws InterruptedException {
        Thread.sleep(300);
        browser.layoutProblems(80).forEach(p -> problems.add(name + ": " + p));
        browser.screenshot("phone-patrol-" + name);
    }
}
