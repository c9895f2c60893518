package cn.taizhang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Watches every page a browser opens for what must never happen: script that arrived as data ran (the hostile
 * texts set {@code window.__xss} or call alert), or the Content-Security-Policy refused something (a page of
 * ours still needing an inline script or handler would stop working), and, for the pages that ask, a script failed.
 * Installed before the pages' own scripts.
 */
public final class PageGuard {

    private static final String WATCH = """
            window.__alerts = [];
            window.__csp = [];
            window.__errors = [];
            // uncaught script errors and rejected promises nobody handled (not failed resources: they do not bubble here)
            window.addEventListener('error', function (e) { window.__errors.push(e.message + ' in ' + e.filename + ':' + e.lineno); });
            window.addEventListener('unhandledrejection', function (e) {
              window.__errors.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason));
            });
            window.alert = window.confirm = window.prompt = function (m) { window.__alerts.push(String(m)); };
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__csp.push(e.violatedDirective + ' refused ' + (e.blockedURI || '?') + ' in ' + e.sourceFile + ':' + e.lineNumber
                + ' ' + (e.sample || ''));
            }, true);
            """;

    private final Browser browser;

    private PageGuard(Browser browser) {
        this.browser = browser;
    }

    public static PageGuard watch(Browser browser) {
        browser.beforeEveryPage(WATCH);
        return new PageGuard(browser);
    }

    /**
     * Waits until every image of the page has loaded or failed (a hostile {@code <img src=x>} fails, and only then
     * would its handler run), lets queued handlers run, then checks that nothing ran, alerted or was refused.
     */
    public void assertClean(String page) {
        browser.waiting().until(d -> (Boolean) js("return Array.prototype.every.call(document.images, function (i) { return i.complete; })"));
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("setTimeout(arguments[arguments.length - 1], 100)");
        assertThat(js("return typeof window.__csp")).as("%s: the guard is installed", page).isEqualTo("object");
        assertThat(js("return typeof window.__xss")).as("%s: script that came as data ran", page).isEqualTo("undefined");
        assertThat((List<?>) js("return window.__alerts")).as("%s: alert() called", page).isEmpty();
        assertThat((List<?>) js("return window.__csp")).as("%s: Content-Security-Policy violations", page).isEmpty();
    }

    /** {@link #assertClean} and no uncaught script error or unhandled rejected promise on the page. */
    public void assertCleanAndWithoutScriptErrors(String page) {
        assertClean(page);
        assertThat((List<?>) js("return window.__errors")).as("%s: script errors", page).isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
