package cn.taizhang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department's staff see only their department's cases, and every page, sheet and briefing says so: "市应急管理局（凯里市）",
 * never "凯里市" alone; a leader's figures stay the area's.
 */
@IntegrationTest
class WhoseFiguresTests {

    static final String DEPARTMENT_IN_CITY = "市应急管理局（凯里市）";

    @Autowired
    MockMvc mvc;

    @Test
    void aDepartmentsFiguresAreNamedAsTheDepartmentsInTheArea() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        assertThat(api.json("demo-handler", "/api/v1/stats/summary?area=522601").get("name").asString()).isEqualTo(DEPARTMENT_IN_CITY);
        assertThat(api.json("demo-leader", "/api/v1/stats/summary?area=522601").get("name").asString()).isEqualTo("凯里市");

        String briefing = api.json("demo-handler", "/api/v1/briefings?area=522601").get("text").asString();
        assertThat(briefing).contains("，" + DEPARTMENT_IN_CITY).doesNotContain("，凯里市共");

        String page = mvc.perform(get("/dashboard?area=522601").session(DemoUsers.webSession(mvc, "demo-handler"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<span id=\"dashboard-area\">" + DEPARTMENT_IN_CITY + "</span>统计");
    }
}
