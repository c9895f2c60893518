package cn.taizhang.registry.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 指挥员 on a phone notes a project's progress with two photos, one of which is no photo at all: the note is saved with
 * the good one, the page says which file was refused and why, and the note's own "添加照片" takes another.
 */
@IntegrationTest
class ProgressPhotoJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path temp;

    @Test
    void aDispatcherNotesProgressWithPhotosOnAPhone() throws Exception {
        long id = new ProjectFixtures(mvc).created("demo-dispatcher", ProjectFixtures.project(ProjectFixtures.newName("手机记进展"))).get("id").asLong();
        Path photo = Files.write(temp.resolve("现场.jpg"), TestImages.jpeg(401));
        Path fake = Files.write(temp.resolve("假照片.png"), "not a photo at all".getBytes(StandardCharsets.UTF_8));
        Path later = Files.write(temp.resolve("补拍.jpg"), TestImages.jpeg(402));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("demo-dispatcher", DemoUsers.PASSWORD);
            browser.phone();
            browser.get("/projects/" + id);
            browser.driver().findElement(By.name("text")).sendKeys("完成路面硬化 200 米");
            browser.driver().findElement(By.cssSelector("#progress-form input[name=photos]")).sendKeys(photo + "\n" + fake);
            browser.driver().findElement(By.id("add-progress")).click();

            browser.waiting().until(d -> !d.findElements(By.cssSelector("#progress tr[data-id] .photos img")).isEmpty());
            WebElement notice = browser.driver().findElement(By.cssSelector("#progress-form [data-problems]"));
            assertThat(notice.getText()).contains("进展已保存", "假照片.png", "JPEG 或 PNG");
            assertThat(browser.driver().findElement(By.cssSelector("#progress tr[data-id]")).getText()).contains("完成路面硬化 200 米");
            assertThat(browser.driver().findElements(By.cssSelector("#progress tr[data-id] .photos img"))).hasSize(1);
            browser.screenshot("phone-project-progress-saved");
            assertThat(browser.layoutProblems(80)).isEmpty();

            browser.driver().findElement(By.cssSelector("#progress tr[data-id] input[type=file]")).sendKeys(later.toString());
            browser.waiting().until(d -> d.findElements(By.cssSelector("#progress tr[data-id] .photos img")).size() == 2);
            List<String> sources = browser.driver().findElements(By.cssSelector("#progress tr[data-id] .photos img")).stream()
                    .map(img -> img.getAttribute("src")).toList();
            assertThat(sources).allMatch(src -> src.matches(".*/api/v1/projects/" + id + "/progress/\\d+/photos/\\d+$"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("document.querySelector('#progress .photos').scrollIntoView()");
            browser.waiting().until(d -> Boolean.TRUE.equals(js.executeScript( // the photos load from the API
                    "return Array.from(document.querySelectorAll('#progress .photos img')).every(i => i.complete && i.naturalWidth === 64)")));
            browser.screenshot("phone-project-progress-photos");
        }
    }
}
