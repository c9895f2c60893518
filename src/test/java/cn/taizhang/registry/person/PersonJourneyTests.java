package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.keyPerson;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.newPhone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.crypto.PersonalDataCipher;
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
 * The persons ledger in a real browser: a grid worker registers a person of their grid on a 390×844 phone, and no page
 * on the way scrolls sideways or squeezes a column; a 指挥员 sees a key person's ID number plainly only after giving a
 * reason — on the page, never in its address — and the view is audited with that reason.
 */
@IntegrationTest
class PersonJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void aGridWorkerRegistersAPersonOfTheirGridOnAPhone() throws Exception {
        String name = newName("何");
        String id = newIdNumber();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/persons");
            problems.addAll(browser.layoutProblems(80).stream().map(p -> "/persons: " + p).toList());
            browser.screenshot("phone-persons-demo-gridworker");
            browser.driver().findElement(By.id("person-new")).click();
            browser.waiting().until(d -> d.findElement(By.id("person-form")).isDisplayed());
            problems.addAll(browser.layoutProblems(80).stream().map(p -> "/persons/new: " + p).toList());
            assertThat(browser.driver().findElement(By.id("person-follow-up-fields")).isDisplayed()).isFalse();
            browser.driver().findElement(By.id("person-name-input")).sendKeys(name);
            browser.driver().findElement(By.id("person-id-number-input")).sendKeys(id);
            browser.driver().findElement(By.id("person-phone-input")).sendKeys(newPhone());
            browser.driver().findElement(By.name("address")).sendKeys("凯里市大十字街道北京东路 20 号");
            new Select(browser.driver().findElement(By.id("person-category-input"))).selectByValue("drug");
            assertThat(browser.driver().findElement(By.id("person-follow-up-fields")).isDisplayed()).isTrue(); // a key person's
            new Select(browser.driver().findElement(By.id("person-category-input"))).selectByValue("elderly_alone");
            assertThat(browser.driver().findElement(By.id("person-follow-up-fields")).isDisplayed()).isFalse();
            browser.screenshot("phone-persons-new-demo-gridworker");
            browser.driver().findElement(By.id("save-person")).click();
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/persons/\\d+$"));
            assertThat(browser.driver().findElement(By.id("person-name")).getText()).isEqualTo(name);
            assertThat(browser.driver().findElement(By.id("person-id-number")).getText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
            assertThat(browser.driver().findElements(By.id("show-id-number"))).isEmpty(); // a grid worker has no right to the plain number
            problems.addAll(browser.layoutProblems(80).stream().map(p -> "/persons/{id}: " + p).toList());
            browser.screenshot("phone-person-demo-gridworker");
        }
        assertThat(problems).isEmpty();
        assertThat(jdbc.queryForObject("SELECT area_code FROM person WHERE id_number_hash = ?", String.class, cipher.lookupHash(id)))
                .isEqualTo(PersonFixtures.GRID);
    }

    @Test
    void aDispatcherSeesAnIdNumberPlainlyOnlyOnThePageAndOnlyWithAReasonThatIsAudited() throws Exception {
        String id = newIdNumber();
        long pid = new PersonFixtures(mvc).created("demo-dispatcher", keyPerson(newName("吕"), id, newPhone())).get("id").asLong();
        String reason = "入户走访核对身份" + pid;
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/persons/" + pid);
            String masked = browser.driver().findElement(By.id("person-id-number")).getText();
            assertThat(masked).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
            browser.driver().findElement(By.id("show-id-number")).click();
            var form = browser.driver().findElement(By.cssSelector("[data-key=idNumber] [data-plain-form]"));
            form.findElement(By.tagName("button")).click(); // no reason: refused on the page, nothing asked of the server
            assertThat(form.findElement(By.cssSelector("[data-plain-error]")).getText()).contains("请填写查看原因");
            problems(browser);
            browser.screenshot("phone-person-reason-demo-dispatcher");
            form.findElement(By.name("reason")).sendKeys(reason);
            form.findElement(By.tagName("button")).click();
            browser.waiting().until(d -> d.findElement(By.id("person-id-number")).getText().equals(id));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain(id).endsWith("/persons/" + pid);
            problems(browser);
            browser.screenshot("phone-person-plain-demo-dispatcher");
            browser.driver().findElement(By.id("show-id-number")).click(); // 隐藏
            assertThat(browser.driver().findElement(By.id("person-id-number")).getText()).isEqualTo(masked);
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' AND target_type = 'person' AND target_id = ?
                AND actor_username = 'demo-dispatcher' AND detail = ?""", Long.class, Long.toString(pid), "id_number；原因：" + reason)).isEqualTo(1);
    }

    private static void problems(Browser browser) {
        assertThat(browser.layoutProblems(80)).isEmpty();
    }
}
