package cn.taizhang.tour;

import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pictures of the README's tour, taken from the running demo (not a test: {@code scripts/tour-screenshots.sh} starts
 * the application and runs this), with the browser driver of the tests. Each role's pages, at the width its people use
 * them: the field roles on a 390×844 phone, the offices on a desktop.
 *
 * <p>Arguments: the application's port and the folder for the pictures (docs/tour).
 */
public final class TourScreenshots {

    private final int port;
    private final Path folder;

    private TourScreenshots(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        TourScreenshots tour = new TourScreenshots(Integer.parseInt(args[0]), Path.of(args[1]));
        Files.createDirectories(tour.folder);
        tour.role("demo-gridworker", true, "gridworker-home", "/", "gridworker-report", "/cases/new", "gridworker-cases", "/cases?queue=mine");
        tour.role("demo-dispatcher", false, "dispatcher-queue", "/cases", "dispatcher-home", "/", "dispatcher-enterprises", "/enterprises",
                "dispatcher-enterprise-import", "/enterprises/import");
        tour.role("demo-handler", true, "handler-home", "/", "handler-cases", "/cases?queue=in-progress");
        tour.role("demo-leader", false, "leader-home", "/", "leader-dashboard", "/dashboard?area=522601",
                "leader-screen", "/dashboard/screen?area=522601", "leader-evaluation", "/evaluations", "leader-briefing", "/briefings",
                "leader-supervisions", "/supervisions", "leader-looked-after", "/enterprises/looked-after",
                "leader-enterprise-service", "/enterprise-service");
        tour.role("demo-safety-enforcer", true, "enforcer-candidates", "/enforcement");
        tour.role("demo-sysadmin", false, "sysadmin-console", "/admin");
        tour.role("demo-secadmin", false, "secadmin-accounts", "/accounts");
        tour.role("demo-auditor", false, "auditor-audit", "/audit");
    }

    /** Signs in as {@code user} and takes each page given as (name, path) pairs. */
    private void role(String user, boolean phone, String... pages) throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(user, DemoUsers.PASSWORD);
            if (phone) {
                browser.phone();
            }
            for (int i = 0; i < pages.length; i += 2) {
                browser.get(pages[i + 1]);
                browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                Thread.sleep(2500); // the scripts fill the figures, charts and maps after the page has loaded
                browser.screenshot("tour-" + pages[i]);
                Files.copy(Path.of("target/screenshots/tour-" + pages[i] + ".png"), folder.resolve(pages[i] + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                System.out.println(user + " " + pages[i + 1] + " → " + folder.resolve(pages[i] + ".png"));
            }
        }
    }
}
