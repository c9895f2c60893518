package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoCodes;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' pages in a real browser, on a phone (390×844) and a desktop: nothing wider than the screen. */
@IntegrationTest
class AdministratorPagesTests {

    @LocalServerPort
    int port;

    private static long overflow(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static void fitsEveryWidth(Browser browser, String user, List<String> pages) {
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1400, 1000))) {
            browser.driver().manage().window().setSize(size);
            for (String page : pages) {
                browser.get(page);
                browser.waiting().until(d -> d.findElement(By.tagName("h1")).isDisplayed());
                assertThat(overflow(browser)).as(user + " " + page + " at " + size).isLessThanOrEqualTo(0);
                browser.screenshot("admin-" + user + page.replaceAll("[/?=&]+", "-") + "-" + size.getWidth());
            }
        }
    }

    @Autowired
    MockMvc mvc;

    /** A failed sign-in with a long name that does not break, as hostile callers send: the lists must still fit. */
    @BeforeEach
    void aLongFailedSignIn() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + "w".repeat(200) + "\",\"password\":\"Wrong#Pass1\"}"));
    }

    @Test
    void theSecurityAdministratorMakesAnAccountAndResetsItsPasswordAtPhoneWidth() {
        String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-secadmin", DemoUsers.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/accounts");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().findElement(By.id("new-account")).click();
            browser.driver().findElement(By.id("account-username")).sendKeys(username);
            browser.driver().findElement(By.id("account-name")).sendKeys("浏览器");
            browser.driver().findElement(By.id("account-phone")).sendKeys("13800000000");
            browser.driver().findElement(By.cssSelector("input[name=roles][value=GRID_WORKER]")).click();
            browser.driver().findElement(By.id("account-jurisdiction")).sendKeys("522601002");
            browser.driver().findElement(By.id("account-save")).click();
            String first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("temporary-password-value"))).getText();
            assertThat(first).hasSize(14);
            assertThat(overflow(browser)).isLessThanOrEqualTo(0);

            // the confirmation comes from static/js/app.js (data-confirm), no inline handler
            browser.driver().findElement(By.xpath("//form[contains(@action, '/password-reset')]/button")).click();
            browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waiting().until(d -> !d.findElement(By.id("temporary-password-value")).getText().equals(first));
            browser.screenshot("admin-secadmin-reset-390");

            fitsEveryWidth(browser, "secadmin", List.of("/accounts", "/accounts/new", "/sign-in-failures"));
        }
    }

    @Test
    void theAuditorsSearchFitsAPhone() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-auditor", DemoUsers.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/audit");
            fitsEveryWidth(browser, "auditor", List.of("/audit", "/audit?action=SIGN_IN", "/audit?action=SIGN_IN_FAILED"));
            assertThat(browser.driver().findElements(By.cssSelector("#audit-table td.audit-action")))
                    .allSatisfy(td -> assertThat(td.getText()).isEqualTo("登录失败"));
        }
    }

    /**
     * The sign-in's two steps and one's own password and second-factor pages, which every user meets. Each sign-in here is
     * another administrator's: each spends a step of its authenticator, and a fourth of one within a minute waits for
     * the clock ({@link DemoCodes}).
     */
    @Test
    void theSignInStepsAndOnesOwnSecurityPagesFitAPhoneAndADesktop() {
        Map<Dimension, String> users = Map.of(new Dimension(390, 844), "demo-auditor", new Dimension(1400, 1000), "demo-sysadmin");
        users.forEach((size, user) -> {
            try (Browser browser = Browser.open(port)) {
                browser.driver().manage().window().setSize(size);
                browser.get("/login?expired");
                assertThat(overflow(browser)).as("/login at " + size).isLessThanOrEqualTo(0);
                browser.typePassword(user, DemoUsers.PASSWORD);
                browser.waiting().until(d -> d.findElement(By.id("code")).isDisplayed());
                assertThat(overflow(browser)).as("/login/second-factor at " + size).isLessThanOrEqualTo(0);
                browser.screenshot("sign-in-second-factor-" + size.getWidth());
                browser.typeSecondFactor(DemoCodes.next(user));
            }
        });
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-secadmin", DemoUsers.PASSWORD);
            fitsEveryWidth(browser, "secadmin", List.of("/me/two-factor", "/me/password"));
        }
    }
}
