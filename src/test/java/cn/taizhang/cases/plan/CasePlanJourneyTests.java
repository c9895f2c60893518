package cn.taizhang.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 镇街's safety officer, on a phone, is handed a 重大隐患: handling it is refused until the 治理方案 is written, which they
 * do on the case's page; then it is handled.
 */
@IntegrationTest
class CasePlanJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficerWritesThePlanThenHandlesTheMajorHazard() throws Exception {
        CaseApi api = new CaseApi(mvc);
        long id = api.created("demo-gridworker", CaseApi.report("safety_hazard", "major", "fire_safety", CaseApi.GRID)).get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch",
                Map.of("unit", jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class)));
        try (Browser officer = Browser.open(port)) {
            officer.signIn("t522601002-safety-1", DemoUsers.PASSWORD);
            officer.phone();
            officer.get("/cases/" + id);
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-missing")));

            officer.driver().findElement(By.cssSelector("form[data-action=handle] textarea")).sendKeys("已整改");
            officer.waiting().until(ExpectedConditions.elementToBeClickable(By.id("action-handle"))).click();
            officer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-message"), "治理方案"));

            officer.driver().findElement(By.cssSelector("#plan-form [name=responsibility]")).sendKeys("业主张某，街道安监站李某");
            officer.driver().findElement(By.cssSelector("#plan-form [name=measures]")).sendKeys("拆除违规隔断，增设应急照明和疏散指示");
            officer.driver().findElement(By.cssSelector("#plan-form [name=funds]")).sendKeys("4.8");
            officer.driver().findElement(By.id("save-plan")).click(); // no deadline, no contingency: named by the fields
            officer.waiting().until(d -> !d.findElement(By.cssSelector("#plan-form [data-error-for=contingency]")).getText().isBlank());
            assertThat(officer.driver().findElement(By.cssSelector("#plan-form [data-error-for=deadline]")).getText()).isNotBlank();
            officer.driver().findElement(By.cssSelector("#plan-form [name=contingency]")).sendKeys("整改期间停止营业，专人值守");
            ((JavascriptExecutor) officer.driver()).executeScript(
                    "document.querySelector('#plan-form [name=deadline]').value = arguments[0]", CaseApi.plan().get("deadline"));
            officer.driver().findElement(By.id("save-plan")).click();
            officer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-details")));
            assertThat(officer.driver().findElement(By.id("plan-details")).getText()).contains("4.8 万元", "整改期间停止营业");
            assertThat(officer.layoutProblems(80)).isEmpty();
            officer.screenshot("phone-case-plan");

            officer.driver().findElement(By.cssSelector("form[data-action=handle] textarea")).sendKeys("已按治理方案整改完毕");
            officer.waiting().until(ExpectedConditions.elementToBeClickable(By.id("action-handle"))).click();
            officer.waiting().until(ExpectedConditions.textToBe(By.id("case-state"), "已处置"));
        }
    }
}
