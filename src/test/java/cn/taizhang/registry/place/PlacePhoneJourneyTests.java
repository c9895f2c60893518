package cn.taizhang.registry.place;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A grid worker on a 390×844 phone opens 台账 from the menu, goes to the place ledger and registers a market in their
 * grid, which the form has chosen already; every page on the way fits the phone (no sideways scroll, no column under
 * 80 px), the form's fields are a thumb's height, and a refusal shows next to its field. A 指挥员's project pages fit too.
 */
@IntegrationTest
class PlacePhoneJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGridWorkerRegistersAPlaceOfTheirGridOnAPhone() throws Exception {
        String name = PlaceFixtures.newName("手机登记农贸市场");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-gridworker", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/");
            browser.driver().findElement(By.cssSelector(".menu-toggle")).click();
            browser.driver().findElement(By.id("registries-link")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/registries"));
            check(browser, problems, "registries");
            browser.driver().findElement(By.id("registry-places")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/places"));
            check(browser, problems, "places");
            browser.driver().findElement(By.id("place-new")).click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/places/new"));
            check(browser, problems, "place-form");
            WebElement grid = browser.driver().findElement(By.cssSelector("select[name=gridCode]"));
            assertThat(new Select(grid).getFirstSelectedOption().getAttribute("value")).isEqualTo(PlaceFixtures.GRID);
            for (WebElement field : browser.driver().findElements(By.cssSelector("#place-form input:not([type=hidden]), #place-form select"))) {
                assertThat(field.getSize().getHeight()).as(field.getAttribute("name")).isGreaterThanOrEqualTo(40);
                assertThat(field.getRect().getX() + field.getSize().getWidth()).isLessThanOrEqualTo(390);
            }

            browser.driver().findElement(By.id("save-place")).click(); // nothing filled in: the API's reasons show by the fields
            browser.waiting().until(d -> !d.findElement(By.cssSelector("[data-error-for=type]")).getText().isBlank());
            assertThat(browser.driver().findElement(By.cssSelector("[data-error-for=name]")).getText()).contains("场所名称");
            check(browser, problems, "place-form-refused");

            new Select(browser.driver().findElement(By.cssSelector("select[name=type]"))).selectByVisibleText("农贸市场");
            browser.driver().findElement(By.name("name")).sendKeys(name);
            browser.driver().findElement(By.name("address")).sendKeys("凯里市北京东路 66 号");
            browser.driver().findElement(By.name("responsibleUnit")).sendKeys("大十字街道办事处");
            browser.driver().findElement(By.id("save-place")).click();
            browser.waiting().until(d -> d.getCurrentUrl().matches(".*/places/\\d+$"));
            assertThat(browser.driver().findElement(By.id("place-name")).getText()).isEqualTo(name);
            check(browser, problems, "place");
        }
        assertThat(jdbc.queryForObject("SELECT area_code FROM place WHERE name = ?", String.class, name)).isEqualTo(PlaceFixtures.GRID);
        assertThat(problems).isEmpty();
    }

    @Test
    void aDispatchersProjectPagesFitAPhone() throws Exception {
        long project = jdbc.queryForObject("SELECT id FROM project WHERE area_code LIKE '522601002%' AND kind_code = 'fitness_point' LIMIT 1",
                Long.class);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.phone();
            for (String path : List.of("/projects", "/projects/" + project, "/projects/new", "/projects/import", "/places/import")) {
                browser.get(path);
                check(browser, problems, path.replaceAll("[^a-z0-9]+", "-"));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Browser browser, List<String> problems, String name) throws InterruptedException {
        Thread.sleep(300);
        browser.layoutProblems(80).forEach(p -> problems.add(name + ": " + p));
        browser.screenshot("phone-registry-" + name);
    }
}
