package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A leader in a real browser: the ranking of the 镇街 and departments, and a 观摩 visit recorded from the page. */
@IntegrationTest
class EvaluationPageTests {

    /** 龙场镇, owned by this test ({@link OwnedArea}). */
    static final String LONGCHANG = OwnedArea.EVALUATION_PAGE.code(EvaluationPageTests.class);

    @LocalServerPort
    int port;

    @Test
    void aLeaderSeesTheRankingSwitchesToDepartmentsAndRecordsAVisit() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-leader", DemoUsers.PASSWORD);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evaluations-link")));
            browser.driver().findElement(By.id("evaluations-link")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
            assertThat(browser.driver().findElement(By.cssSelector("#ranking thead")).getText())
                    .contains("名次", "单位", "得分", "等次", "观摩得分", "结案率");
            assertThat(browser.driver().findElement(By.id("object-town")).getAttribute("class")).contains("active");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("凯里市").endsWith("季度考评");
            assertThat(row(browser, LONGCHANG).getText()).contains("龙场镇").contains("少于最低样本量 30 件");
            String period = new Select(browser.driver().findElement(By.id("period"))).getFirstSelectedOption().getAttribute("value");
            assertThat(browser.driver().findElement(By.id("notice-download")).getAttribute("href"))
                    .endsWith("/api/v1/evaluations/notice.docx?object=town&period=" + period);

            browser.driver().findElement(By.id("object-department")).click();
            browser.waiting().until(ExpectedConditions.urlContains("object=department"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("unranked"), "市住建局"));
            browser.driver().findElement(By.id("object-town")).click();
            browser.waiting().until(ExpectedConditions.urlContains("object=town"));

            new Select(browser.driver().findElement(By.id("visit-target"))).selectByValue("area:" + LONGCHANG);
            browser.driver().findElement(By.id("visit-group")).sendKeys("第二观摩组");
            browser.driver().findElement(By.id("visit-score")).sendKeys("85.5");
            browser.driver().findElement(By.id("visit-comment")).sendKeys("网格员巡查到位");
            browser.driver().findElement(By.id("visit-save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "网格员巡查到位"));
            assertThat(browser.driver().findElement(By.id("visits")).getText()).contains("龙场镇", "85.5", "第二观摩组");
            assertThat(row(browser, LONGCHANG).findElements(By.tagName("td")).get(3).getText()).isNotEqualTo("—");
            browser.screenshot("evaluations");
        }
    }

    @Test
    void aDispatcherHasNoEvaluationLinkAndSeesOnlyTheirTown() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notices-link")));
            assertThat(browser.driver().findElements(By.id("evaluations-link"))).isEmpty();
            browser.get("/evaluations?object=town");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("unranked")));
            assertThat(browser.driver().findElements(By.cssSelector("#ranking tbody tr[data-key], #unranked tbody tr[data-key]")))
                    .extracting(r -> r.getAttribute("data-key")).containsExactly("522601002");
            assertThat(browser.driver().findElements(By.id("visit-form"))).as("leaders record visits").isEmpty();
        }
    }

    private static WebElement row(Browser browser, String key) {
        return browser.driver().findElement(By.cssSelector("tr[data-key='" + key + "']"));
    }
}
