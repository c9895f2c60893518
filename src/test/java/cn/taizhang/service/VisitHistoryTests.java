package cn.taizhang.service;

import static cn.taizhang.service.VisitFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The demo year's visits written around cases already played: they read back as recorded ones, solved where the case is closed. */
@IntegrationTest
class VisitHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VisitHistory history;

    @Test
    void pastVisitsOwnTheirCasesAndTellTheOutcomeOfTheClosedOnes() throws Exception {
        VisitFixtures api = new VisitFixtures(mvc, jdbc);
        long enterprise = api.enterprise(VisitFixtures.GRID);
        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        long closed = town.report("enterprise_request", VisitFixtures.GRID);
        town.dispatch(closed);
        town.close(closed);
        long open = town.report("enterprise_request", VisitFixtures.GRID);
        long leader = api.staffId("t522601002-leader");
        history.storeAll(List.of(new VisitHistory.PastVisit(VisitFixtures.today().minusDays(40), enterprise, "历史走访企业", VisitFixtures.GRID,
                "座谈", List.of(leader), List.of(new VisitHistory.PastProblem(closed, "反映用电增容", false),
                        new VisitHistory.PastProblem(open, "申请协调项目用地", true)))));

        JsonNode list = ok(api.read("t522601002-leader", "/api/v1/leader-visits?enterprise=" + enterprise), 200);
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode visit = ok(api.read("t522601002-leader", "/api/v1/leader-visits/" + list.get("items").get(0).get("id").asLong()), 200);
        assertThat(visit.get("date").asString()).isEqualTo(VisitFixtures.today().minusDays(40).toString());
        assertThat(visit.get("unitName").asString()).as("a 镇街 leader's level").contains("大十字");
        assertThat(visit.get("problems").get(0).get("solved").asBoolean()).isTrue();
        assertThat(visit.get("problems").get(0).get("outcome").asString()).isNotBlank();
        assertThat(visit.get("problems").get(1).get("solved").asBoolean()).isFalse();
        assertThat(visit.get("problems").get(1).get("hard").asBoolean()).isTrue();
        // the case's page names the visit behind it
        JsonNode c = new CaseApi(mvc).read("t522601002-leader", open);
        assertThat(c.get("origin").get("path").asString()).isEqualTo("/enterprise-service/visits/" + visit.get("id").asLong());
    }
}
