package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The closed loop in a real browser, each person in their own session: the grid worker reports a hazard
 * with a photo, the dispatcher registers and dispatches it, the department's handler handles it with a
 * photo of the fix, the grid worker verifies it on site, and the case shows closed with its timeline.
 */
@IntegrationTest
class CaseJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void aHazardGoesRoundTheWholeLoop() throws Exception {
        Path before = photo(Color.RED);
        Path after = photo(Color.GREEN);
        String caseUrl;
        try (Browser worker = Browser.open(port)) {
            worker.signIn("demo-gridworker", DemoUsers.PASSWORD);
            worker.get("/cases/new");
            worker.waiting().until(d -> !d.findElements(By.cssSelector("#type option[value=safety_hazard]")).isEmpty());
            new Select(worker.driver().findElement(By.id("type"))).selectByValue("safety_hazard");
            new Select(worker.driver().findElement(By.id("severity"))).selectByValue("general");
            new Select(worker.driver().findElement(By.id("sector"))).selectByValue("hazardous_chemicals");
            worker.driver().findElement(By.id("description")).sendKeys("加油站旁露天堆放危险化学品，未设防护和警示标志");
            worker.driver().findElement(By.id("photos")).sendKeys(before.toString());
            worker.waiting().until(d -> !d.findElements(By.cssSelector("#grid option")).isEmpty());
            worker.driver().findElement(By.id("submit-report")).click();
            worker.waiting().until(ExpectedConditions.urlMatches("/cases/\\d+$"));
            caseUrl = worker.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            awaitState(worker, "已上报");
            worker.waiting().until(d -> d.findElements(By.cssSelector("#case-photos img")).size() == 1);
        }
        try (Browser dispatcher = Browser.open(port)) {
            dispatcher.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            dispatcher.get(caseUrl);
            click(dispatcher, "action-register");
            awaitState(dispatcher, "已立案");
            dispatcher.waiting().until(d -> !d.findElements(By.cssSelector("form[data-action=dispatch] select option")).isEmpty());
            assertThat(new Select(dispatcher.driver().findElement(By.cssSelector("form[data-action=dispatch] select")))
                    .getFirstSelectedOption().getText()).isEqualTo("市应急管理局");
            click(dispatcher, "action-dispatch");
            awaitState(dispatcher, "已派遣");
        }
        try (Browser handler = Browser.open(port)) {
            handler.signIn("demo-handler", DemoUsers.PASSWORD);
            handler.get(caseUrl);
            handler.waiting().until(ExpectedConditions.elementToBeClickable(By.id("action-handle")));
            handler.driver().findElement(By.cssSelector("form[data-action=handle] textarea")).sendKeys("已清运危险化学品，设置警示标志");
            handler.driver().findElement(By.cssSelector("form[data-action=handle] input[type=file]")).sendKeys(after.toString());
            click(handler, "action-handle");
            awaitState(handler, "已处置");
        }
        try (Browser worker = Browser.open(port)) {
            worker.signIn("demo-gridworker", DemoUsers.PASSWORD);
            worker.get(caseUrl);
            worker.waiting().until(ExpectedConditions.elementToBeClickable(By.id("action-verify")));
            new Select(worker.driver().findElement(By.cssSelector("form[data-action=verify] select"))).selectByValue("true");
            click(worker, "action-verify");
            awaitState(worker, "已结案");
            worker.waiting().until(d -> d.findElements(By.cssSelector("#case-photos img")).size() == 2);
            worker.waiting().until(d -> d.findElements(By.cssSelector("#case-timeline tbody tr")).size() >= 5);
            worker.screenshot("case-closed");
            assertThat(worker.driver().findElement(By.id("case-timeline")).getText()).contains("立案", "派遣", "处置反馈", "核查");
        }
    }

    private static void click(Browser browser, String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static void awaitState(Browser browser, String state) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("case-state"), state));
    }

    private static Path photo(Color color) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        Path file = Files.createTempFile("evidence", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
