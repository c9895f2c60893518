package cn.taizhang.service;

import static cn.taizhang.service.VisitFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.platform.Scope;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The enterprise service's figures on a history built by hand in a quiet 村社区: visits in the period, problems solved now. */
@IntegrationTest
class LeaderVisitFiguresTests {

    static final String VILLAGE = OwnedArea.ENTERPRISE_SERVICE_FIGURES.code(LeaderVisitFiguresTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceEvaluation evaluation;

    @Test
    void theFiguresCountTheVisitsOfThePeriodAndTheProblemsSolvedNow() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        CaseApi cases = new CaseApi(mvc);
        LocalDate today = VisitFixtures.today();
        String period = "&from=" + today.minusDays(10) + "&to=" + today;
        long enterprise = api.enterprise(api.firstGrid(VILLAGE));
        assertThat(figures(api, "?area=" + VILLAGE + period).get("visits").asLong()).isZero();

        JsonNode town = ok(api.record("t522601003-leader", api.visit(enterprise, true, "t522601003-leader")), 201);
        ObjectNode earlier = api.visit(enterprise, false, "demo-leader").put("date", today.minusDays(3).toString());
        JsonNode city = ok(api.record("demo-leader", earlier), 201);
        ObjectNode old = api.visit(enterprise, true, "demo-leader").put("date", today.minusDays(30).toString());
        ok(api.record("demo-leader", old), 201);

        long hard = town.get("problems").get(1).asLong();
        long cityProblem = city.get("problems").get(0).asLong();
        cases.done("t522601003-safety-1", hard, "handle", Map.of("note", "已协调自然资源局调整用地指标"));
        cases.done("investment-handler-1", cityProblem, "handle", Map.of("note", "已落实"));

        JsonNode f = figures(api, "?area=" + VILLAGE + period);
        assertThat(f.get("visits").asLong()).isEqualTo(2);
        assertThat(f.get("problems").asLong()).isEqualTo(3);
        assertThat(f.get("problemsSolved").asLong()).isEqualTo(2);
        assertThat(f.get("problemsInProgress").asLong()).isEqualTo(1);
        assertThat(f.get("hardProblems").asLong()).isEqualTo(1);
        assertThat(f.get("hardSolved").asLong()).isEqualTo(1);
        assertThat(f.get("hardInProgress").asLong()).isZero();
        assertThat(f.get("sentence").asString()).endsWith("领导走访企业、项目2次，收集困难和问题3个，协调解决2个，剩余1个正在积极推进中；"
                + "疑难问题事项1个，已协调解决1个，剩余0个正在积极推进中。");
        assertThat(figures(api, "?area=" + VILLAGE + "&from=" + today.minusDays(60) + "&to=" + today).get("hardProblems").asLong()).isEqualTo(2);

        // the same on the dashboard's cards and in the briefing
        JsonNode cards = ok(api.read("demo-leader", "/api/v1/stats/figures?area=" + VILLAGE + period), 200).get("figures");
        assertThat(cards.valueStream().filter(c -> c.get("key").asString().equals("leaderVisits")).findFirst().orElseThrow()
                .get("value").asLong()).isEqualTo(2);
        JsonNode briefing = ok(api.read("demo-leader", "/api/v1/briefings?area=" + VILLAGE + period), 200);
        JsonNode section = briefing.get("sections").valueStream().filter(x -> x.get("heading").asString().endsWith("、企业服务")).findFirst()
                .orElseThrow();
        assertThat(section.get("text").asString()).contains("领导走访企业、项目2次，收集困难和问题3个，协调解决2个");

        // in the evaluation: 企业诉求解决率 of the grid visited, and of the unit that coordinated the city leader's problem
        String grid = api.firstGrid(VILLAGE);
        var byGrid = evaluation.values(new EvaluationRequest(EvaluationRequest.Unit.GRID, List.of(grid), today.minusDays(10), today, Scope.area("522601")));
        assertThat(byGrid.get(grid)).singleElement().satisfies(v -> {
            assertThat(v.key()).isEqualTo("enterpriseProblemSolvedRate");
            assertThat(v.display()).isEqualTo("66.7%");
        });

        // outside one's jurisdiction: no such area
        assertThat(api.read("t522601002-leader", "/api/v1/enterprise-service/figures?area=" + VILLAGE).getResponse().getStatus()).isEqualTo(404);
        // a closed case opened again is in progress again, and the enterprise's outcome is withdrawn
        assertThat(cases.act("t522601003-dispatcher-1", cityProblem, "reopen", cases.read("demo-leader", cityProblem).get("version").asInt(),
                Map.of("reason", "企业反映仍未解决")).getResponse().getStatus()).isEqualTo(200);
        assertThat(figures(api, "?area=" + VILLAGE + period).get("problemsSolved").asLong()).isEqualTo(1);
        assertThat(ok(api.read("demo-leader", "/api/v1/leader-visits/" + city.get("id").asLong()), 200).get("problems").get(0).get("outcome").isNull())
                .isTrue();
        String page = api.read("demo-leader", "/enterprise-service?area=" + VILLAGE + period).getResponse().getContentAsString();
        assertThat(page).contains("领导走访企业、项目2次", "正在推进的问题");
    }

    private static JsonNode figures(VisitFixtures api, String query) throws Exception {
        return ok(api.read("demo-leader", "/api/v1/enterprise-service/figures" + query), 200);
    }
}
