package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.Browser;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a person opens in the field, on a 390×844 phone: nothing scrolls sideways and no text column is squeezed
 * below 80 px. Each page's screenshot is kept under target/screenshots for a person to look at.
 */
@IntegrationTest
class PhoneLayoutTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void theFieldPagesFitAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        long reported = new ApiCalls(mvc).created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation",
                "description", "人行道上堆放建筑垃圾，占用盲道约十米，行人只能绕行机动车道，存在安全隐患", "gridCode", "522601002002001",
                "address", "大十字街道北京东路 12 号旁", "source", "grid_worker"));
        check(problems, "demo-gridworker", "/", "/cases", "/cases?queue=to-verify", "/cases/new", "/cases/" + reported, "/notices", "/areas",
                "/dashboard", "/registries", "/places", "/places/new", "/persons", "/persons/new");
        check(problems, "demo-dispatcher", "/", "/cases", "/staff", "/briefings", "/projects", "/enterprises", "/enterprises/new",
                "/enterprises/import", "/enterprises/" + enterpriseOfTheDispatcher());
        check(problems, "demo-handler", "/", "/cases");
        check(problems, "demo-leader", "/", "/evaluations", "/dashboard?area=522601", "/enterprises/looked-after", "/inspections", "/enforcement",
                "/enterprise-service", "/enterprise-service/mine", "/enterprise-service/visits/new");
        check(problems, "demo-enforcer", "/enforcement", "/enforcement/new");
        assertThat(problems).isEmpty();
    }

    /** An enterprise of 大十字街道 from the demo's ledger. */
    private long enterpriseOfTheDispatcher() throws Exception {
        return new ApiCalls(mvc).json("demo-dispatcher", "/api/v1/enterprises?size=1").get("items").get(0).get("id").asLong();
    }

    private void check(List<String> problems, String user, String... paths) throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(user, DemoUsers.PASSWORD);
            browser.phone();
            for (String path : paths) {
                browser.get(path);
                Thread.sleep(600); // the scripts fill lists and maps after the page loads
                browser.layoutProblems(80).forEach(p -> problems.add(user + " " + path + ": " + p));
                browser.screenshot("phone" + path.replaceAll("[^a-z0-9]+", "-") + "-" + user);
            }
        }
    }
}
