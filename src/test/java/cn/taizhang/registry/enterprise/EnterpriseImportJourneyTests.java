package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 指挥员 imports an enterprise sheet in a real browser: one row has a wrong check character; the page names its row,
 * column and the character expected, nothing is written; the fixed sheet is checked again and imported.
 */
@IntegrationTest
class EnterpriseImportJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void aBadRowIsReadOnThePageFixedAndImported() throws Exception {
        String good = newCode();
        String other = newCode();
        String wrong = other.substring(0, 17) + (other.charAt(17) == '0' ? '1' : '0');
        Path bad = folder.resolve("企业-有错.xlsx");
        Files.write(bad, EnterpriseImportTests.sheet(List.of(EnterpriseImportTests.row(good, "浏览器导入企业甲"),
                EnterpriseImportTests.row(wrong, "浏览器导入企业乙"))));
        Path fixed = folder.resolve("企业-已改.xlsx");
        Files.write(fixed, EnterpriseImportTests.sheet(List.of(EnterpriseImportTests.row(good, "浏览器导入企业甲"),
                EnterpriseImportTests.row(other, "浏览器导入企业乙"))));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.get("/enterprises");
            browser.driver().findElement(By.id("enterprise-import")).click();
            browser.driver().findElement(By.id("import-file")).sendKeys(bad.toString());
            browser.driver().findElement(By.id("import-check")).click();
            browser.waiting().until(d -> d.findElement(By.id("import-errors")).isDisplayed());
            String error = browser.driver().findElement(By.cssSelector("#import-errors tbody tr")).getText();
            assertThat(error).contains("第 3 行").contains("统一社会信用代码").contains("应为“" + other.charAt(17) + "”");
            assertThat(browser.driver().findElement(By.id("import-confirm")).isDisplayed()).isFalse();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE uscc IN (?, ?)", Long.class, good, other)).isZero();

            browser.driver().findElement(By.id("import-file")).clear();
            browser.driver().findElement(By.id("import-file")).sendKeys(fixed.toString());
            browser.driver().findElement(By.id("import-check")).click();
            browser.waiting().until(d -> d.findElement(By.id("import-summary")).getText().contains("检查通过"));
            assertThat(browser.driver().findElement(By.id("import-summary")).getText()).contains("新登记 2 条");
            browser.driver().findElement(By.id("import-confirm")).click();
            browser.waiting().until(d -> d.findElement(By.id("import-summary")).getText().contains("导入完成"));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE uscc IN (?, ?)", Long.class, good, other)).isEqualTo(2);
    }
}
