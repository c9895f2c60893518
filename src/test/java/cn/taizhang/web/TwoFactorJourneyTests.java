package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.access.twofactor.Base32;
import cn.taizhang.access.twofactor.Totp;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.QrCodes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator in a real browser: enrols an authenticator from the QR code on the page, then signs in with it. */
@IntegrationTest
class TwoFactorJourneyTests {

    private static final String PASSWORD = "Xq7#mlp2Rt";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorScansTheQrCodeKeepsTheRecoveryCodesAndSignsInWithACodeAndThenWithARecoveryCode() throws Exception {
        String username = "tf-journey-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).with(as(mvc, "demo-secadmin")).content("""
                        {"username":"%s","name":"测试","phone":"13800000000","roles":["DISPATCHER"],"jurisdictionCode":"522601",
                         "password":"%s"}""".formatted(username, PASSWORD)))
                .andExpect(status().isCreated());
        jdbc.update("UPDATE staff SET must_change_password = false WHERE username = ?", username);
        // an auditor as `admin grant` makes one: no administrator role is granted through the API
        jdbc.update("UPDATE staff_role SET role = 'AUDITOR' WHERE staff_id = (SELECT id FROM staff WHERE username = ?)", username);

        try (Browser browser = Browser.open(port)) {
            browser.typePassword(username, PASSWORD);
            browser.waiting().until(ExpectedConditions.urlContains("/me/two-factor"));
            assertThat(browser.driver().findElement(By.id("two-factor-required")).getText()).contains("须绑定动态口令");
            WebElement qr = browser.driver().findElement(By.id("two-factor-qr"));
            String uri = QrCodes.readPng(qr.getScreenshotAs(OutputType.BYTES)); // what a phone's camera would read
            String secret = browser.driver().findElement(By.id("two-factor-secret")).getText();
            assertThat(secret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
            assertThat(uri).isEqualTo("otpauth://totp/Taizhang:" + username + "?secret=" + secret.replace(" ", "") + "&issuer=Taizhang");
            browser.screenshot("two-factor-enrolment");

            byte[] key = Base32.decode(secret);
            long step = Totp.step(Instant.now());
            browser.driver().findElement(By.id("code")).sendKeys(Totp.code(key, step));
            browser.driver().findElement(By.id("confirm-two-factor")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            List<String> recoveryCodes = browser.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
                    .map(WebElement::getText).toList();
            assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
            browser.screenshot("two-factor-recovery-codes");
            browser.driver().findElement(By.id("two-factor-continue")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.topbar")));

            browser.get("/me/two-factor");
            assertThat(browser.driver().findElement(By.id("recovery-codes-left")).getText()).isEqualTo("10");
            assertThat(browser.driver().findElements(By.id("recovery-codes"))).as("shown once").isEmpty();
            signOut(browser);

            browser.typePassword(username, PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login/second-factor");
            browser.screenshot("two-factor-sign-in");
            browser.typeSecondFactor(Totp.code(key, step)); // the code that confirmed the enrolment
            assertThat(browser.driver().findElement(By.id("code-error")).getText()).contains("动态口令或恢复码不正确");
            browser.typeSecondFactor(Totp.code(key, step + 1));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.topbar")));
            browser.get("/audit");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(username);
            signOut(browser);

            browser.typePassword(username, PASSWORD);
            browser.typeSecondFactor(recoveryCodes.get(3));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.topbar")));
            signOut(browser);
            browser.typePassword(username, PASSWORD);
            browser.typeSecondFactor(recoveryCodes.get(3));
            assertThat(browser.driver().findElements(By.id("code-error"))).as("a recovery code works once").hasSize(1);
        }
    }

    @Test
    void theDemoAuditorSignsInWithTheCodeOfItsFixedSecret() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-auditor", DemoUsers.PASSWORD);
            browser.get("/audit");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.topbar")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/audit");
        }
    }

    private static void signOut(Browser browser) {
        browser.driver().findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
    }
}
