package cn.taizhang.web;

import static cn.taizhang.web.HostileCounty.ADDRESS;
import static cn.taizhang.web.HostileCounty.COUNTY;
import static cn.taizhang.web.HostileCounty.COUNTY_NAME;
import static cn.taizhang.web.HostileCounty.DESCRIPTION;
import static cn.taizhang.web.HostileCounty.DISPATCHER_NAME;
import static cn.taizhang.web.HostileCounty.GRID_NAME;
import static cn.taizhang.web.HostileCounty.LEADER_NAME;
import static cn.taizhang.web.HostileCounty.OFFICE_NAME;
import static cn.taizhang.web.HostileCounty.OTHER_GRID_NAME;
import static cn.taizhang.web.HostileCounty.OTHER_TOWN_NAME;
import static cn.taizhang.web.HostileCounty.TOWN_NAME;
import static cn.taizhang.web.HostileCounty.VILLAGE;
import static cn.taizhang.web.HostileCounty.VILLAGE_NAME;
import static cn.taizhang.web.HostileCounty.VISIT_COMMENT;
import static cn.taizhang.web.HostileCounty.VISIT_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.PageGuard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GB/T 22239 8.1.4.4: names and texts that are markup (imported areas, staff, a case, a 观摩 visit; see
 * {@link HostileCounty}) reach every page that shows them as text, in the server's templates and in what the pages'
 * scripts build: map tooltips and popups, chart tooltips, tables. Nothing of them runs, and no page of the county's
 * leader trips the Content-Security-Policy.
 */
@IntegrationTest
class HostileTextTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisation organisation;

    @Autowired
    ApplicationContext context;

    private static HostileCounty county;
    private static Exception notLoaded;

    /** Loaded once for both tests; if that failed, both fail with its cause rather than the second with a half-made county. */
    private synchronized HostileCounty county() throws Exception {
        if (county == null && notLoaded == null) {
            try {
                county = HostileCounty.load(mvc, organisation, context);
            } catch (Exception | AssertionError e) {
                notLoaded = new IllegalStateException("the hostile county could not be made", e);
            }
        }
        if (notLoaded != null) {
            throw notLoaded;
        }
        return county;
    }

    @Test
    void onTheMapsChartsAndAreaPagesMarkupShowsAsTextAndNeverRuns() throws Exception {
        String leader = county().leader;
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.signIn(leader, DemoUsers.PASSWORD);

            browser.get("/");
            browser.waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-grid-count") != null);
            List<String> tips = tooltips(browser, "#map");
            assertShows(browser, guard, "home", LEADER_NAME, COUNTY_NAME, TOWN_NAME, OTHER_TOWN_NAME);
            assertThat(tips).containsExactlyInAnyOrder(GRID_NAME + "（" + VILLAGE + "001）", OTHER_GRID_NAME + "（" + VILLAGE + "002）");

            browser.get("/areas/" + VILLAGE);
            browser.waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-grid-count") != null);
            tips = tooltips(browser, "#map");
            assertShows(browser, guard, "area", COUNTY_NAME, TOWN_NAME, VILLAGE_NAME, GRID_NAME, OTHER_GRID_NAME);
            assertThat(tips).hasSize(2);

            browser.get("/areas");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tree .toggle"))).click();
            browser.waiting().until(d -> d.findElement(By.id("tree")).getText().contains(TOWN_NAME));
            browser.driver().findElement(By.id("area-search")).sendKeys("onerror");
            browser.waiting().until(d -> d.findElement(By.id("search-results")).getText().contains(GRID_NAME));
            assertShows(browser, guard, "area tree", COUNTY_NAME, OTHER_TOWN_NAME);

            browser.get("/dashboard");
            browser.waiting().until(d -> d.findElement(By.id("grid-map")).getAttribute("data-coloured") != null);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#ranking-table td.rank")).isEmpty());
            String chartTip = chartTip(browser, "chart-children");
            tips = tooltips(browser, "#grid-map");
            List<String> popups = popups(browser, "#grid-map");
            assertShows(browser, guard, "dashboard", COUNTY_NAME, TOWN_NAME, OTHER_TOWN_NAME);
            assertThat(chartTip).contains(TOWN_NAME);
            assertThat(tips).containsExactlyInAnyOrder(GRID_NAME, OTHER_GRID_NAME);
            assertThat(popups).anySatisfy(p -> assertThat(p).startsWith(GRID_NAME).contains("上报 1"))
                    .anySatisfy(p -> assertThat(p).startsWith(OTHER_GRID_NAME));

            browser.get("/dashboard?area=" + VILLAGE);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#ranking-table td.rank")).isEmpty());
            chartTip = chartTip(browser, "chart-children");
            assertShows(browser, guard, "village dashboard", VILLAGE_NAME, GRID_NAME, OTHER_GRID_NAME);
            assertThat(chartTip).contains(GRID_NAME);

            browser.get("/dashboard/screen?area=" + COUNTY);
            browser.waiting().until(d -> d.findElement(By.id("grid-map")).getAttribute("data-coloured") != null);
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#latest-cases tbody tr")).isEmpty()
                    && !d.findElements(By.cssSelector("#ranking td.rank")).isEmpty());
            tips = tooltips(browser, "#grid-map");
            popups = popups(browser, "#grid-map");
            assertShows(browser, guard, "screen", COUNTY_NAME, TOWN_NAME, GRID_NAME);
            assertThat(tips).containsExactlyInAnyOrder(GRID_NAME, OTHER_GRID_NAME);
            assertThat(popups).anySatisfy(p -> assertThat(p).startsWith(GRID_NAME));
        }
    }

    @Test
    void inTheCasesNoticesStaffEvaluationAndBriefingMarkupShowsAsTextAndNeverRuns() throws Exception {
        HostileCounty county = county();
        try (Browser browser = Browser.open(port)) {
            PageGuard guard = PageGuard.watch(browser);
            browser.signIn(county.leader, DemoUsers.PASSWORD);

            browser.get("/cases?queue=all");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#case-table tbody tr")).isEmpty());
            assertShows(browser, guard, "case list", DESCRIPTION, GRID_NAME, OFFICE_NAME);

            browser.get("/cases/" + county.caseId());
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#case-timeline tbody tr")).isEmpty());
            assertShows(browser, guard, "case", DESCRIPTION, ADDRESS, GRID_NAME, OFFICE_NAME, DISPATCHER_NAME);

            browser.get("/cases/new");
            browser.waiting().until(d -> d.findElements(By.cssSelector("#grid option")).size() == 2);
            assertShows(browser, guard, "report form", GRID_NAME, OTHER_GRID_NAME);

            browser.get("/notices");
            assertShows(browser, guard, "notices", DESCRIPTION);

            browser.get("/staff");
            assertShows(browser, guard, "staff", LEADER_NAME, DISPATCHER_NAME, COUNTY_NAME, TOWN_NAME);

            browser.get("/evaluations");
            assertShows(browser, guard, "evaluation", TOWN_NAME, OTHER_TOWN_NAME, VISIT_GROUP, VISIT_COMMENT);

            browser.get("/briefings");
            assertShows(browser, guard, "briefing", COUNTY_NAME, TOWN_NAME);
        }
    }

    private static void assertShows(Browser browser, PageGuard guard, String page, String... texts) {
        guard.assertClean(page);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).as(page).contains(texts);
    }

    /** Opens the tooltip of every grid of the map (as a pointer over it would) and gives their texts. */
    @SuppressWarnings("unchecked")
    private static List<String> tooltips(Browser browser, String map) {
        return (List<String>) js(browser, """
                var map = document.querySelector(arguments[0]);
                map.querySelectorAll('path.leaflet-interactive').forEach(function (p) {
                  p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                });
                return Array.prototype.map.call(map.querySelectorAll('.leaflet-tooltip'), function (t) { return t.textContent; });
                """, map);
    }

    /** Clicks every grid of the map in turn and gives the texts of the popups that opened. */
    @SuppressWarnings("unchecked")
    private static List<String> popups(Browser browser, String map) {
        return (List<String>) js(browser, """
                var map = document.querySelector(arguments[0]);
                return Array.prototype.map.call(map.querySelectorAll('path.leaflet-interactive'), function (p) {
                  var box = p.getBoundingClientRect();
                  p.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
                  var open = map.querySelectorAll('.leaflet-popup-content'); // the one closed fades out for a moment
                  return open.length ? open[open.length - 1].textContent : '';
                });
                """, map);
    }

    /** Shows the chart's tooltip over its first category (whether or not it has a value), as a pointer would, and gives its text. */
    private static String chartTip(Browser browser, String chart) {
        // the chart is drawn when the child areas' figures are filled in
        browser.waiting().until(d -> d.findElements(By.cssSelector("#children-table td.num")).stream().noneMatch(td -> td.getText().equals("…")));
        return (String) js(browser, """
                var element = document.getElementById(arguments[0]);
                var chart = echarts.getInstanceByDom(element);
                chart.dispatchAction({ type: 'showTip', x: chart.convertToPixel({ xAxisIndex: 0 }, 0), y: chart.getHeight() / 2 });
                return element.textContent;
                """, chart);
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
