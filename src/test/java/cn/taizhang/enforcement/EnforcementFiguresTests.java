package cn.taizhang.enforcement;

import static cn.taizhang.enforcement.EnforcementFixtures.SAFETY;
import static cn.taizhang.enforcement.EnforcementFixtures.action;
import static cn.taizhang.enforcement.EnforcementFixtures.penalty;
import static cn.taizhang.enforcement.EnforcementFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class EnforcementFiguresTests {

    private static final String GRID = OwnedArea.ENFORCEMENT_FIGURES.code(EnforcementFiguresTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EnforcementEvaluation evaluation;

    @Test
    void aHandBuiltHistoryIsCountedAsTheSeedsCountIt() throws Exception {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area WHERE code = ? AND level = 'grid'", Long.class, GRID)).as(GRID + " is a grid")
                .isEqualTo(1);
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long first = api.enterprise("hazardous_chemicals", GRID);
        long second = api.enterprise("hazardous_chemicals", GRID);
        long third = api.enterprise("industry_trade", GRID);
        LocalDate today = today();

        // two penalties with three violations, 50,000 yuan; an order; a suspension then a closure of the same enterprise; a ban
        ObjectNode two = penalty(first, today.minusDays(20), false).put("fine", 30000);
        two.withArray("violations").addObject().put("description", "未如实记录安全生产教育和培训情况").put("basis", "《安全生产法》第九十七条");
        api.take(SAFETY, two);
        api.take(SAFETY, penalty(second, today.minusDays(10), false));
        api.take(SAFETY, action(first, "order").put("deadline", today.plusDays(10).toString()));
        api.take(SAFETY, action(second, "suspension").put("date", today.minusDays(9).toString()));
        api.take(SAFETY, action(second, "closure").put("date", today.minusDays(2).toString()));
        api.take(SAFETY, action(third, "ban"));
        // before the period
        api.take(SAFETY, penalty(third, today.minusDays(60), false));
        // an order re-inspected and failed: one candidate open
        long order = api.take(SAFETY, action(third, "order").put("date", today.minusDays(60).toString())
                .put("deadline", today.minusDays(50).toString())).get("id").asLong();
        api.take(SAFETY, action(third, "reinspection").put("targetId", order).put("passed", false).put("date", today.minusDays(40).toString()));

        String period = "&from=" + today.minusDays(30) + "&to=" + today;
        JsonNode f = api.json("demo-leader", "/api/v1/enforcement/figures?area=" + GRID + period);
        assertThat(f.get("penaltyDecisions").asLong()).isEqualTo(2);
        assertThat(f.get("violations").asLong()).isEqualTo(3);
        assertThat(f.get("fines").decimalValue()).isEqualByComparingTo("50000");
        assertThat(f.get("orders").asLong()).isEqualTo(1);
        assertThat(f.get("suspensions").asLong()).isEqualTo(1);
        assertThat(f.get("closures").asLong()).isEqualTo(1);
        assertThat(f.get("bans").asLong()).isEqualTo(1);
        assertThat(f.get("enterprisesCoerced").asLong()).as("the second enterprise, suspended then closed, counts once").isEqualTo(2);
        assertThat(f.get("candidatesOpen").asLong()).as("the third's order failed its re-inspection after the ban").isEqualTo(1);
        assertThat(f.get("sentence").asString())
                .isEqualTo("下发行政处罚决定书2份，查处违法行为3起，罚款5万元，责令限期整改1次，对查而不改的2家企业单位采取停业整顿、关闭、取缔等强制措施");

        JsonNode earlier = api.json("demo-leader", "/api/v1/enforcement/figures?area=" + GRID + "&from=" + today.minusDays(90) + "&to="
                + today.minusDays(31));
        assertThat(earlier.get("penaltyDecisions").asLong()).isEqualTo(1);
        assertThat(earlier.get("orders").asLong()).isEqualTo(1);

        // on the dashboard's cards and in the briefing, in the seeds' sentence
        JsonNode cards = api.json("demo-leader", "/api/v1/stats/figures?area=" + GRID + period).get("figures");
        assertThat(cards.valueStream().filter(c -> c.get("key").asString().equals("penaltyDecisions")).findFirst().orElseThrow()
                .get("value").asLong()).isEqualTo(2);
        assertThat(cards.valueStream().filter(c -> c.get("key").asString().equals("enterprisesCoerced")).findFirst().orElseThrow()
                .get("value").asLong()).isEqualTo(2);
        JsonNode briefing = api.json("demo-leader", "/api/v1/briefings?area=" + GRID + period);
        JsonNode section = briefing.get("sections").valueStream().filter(x -> x.get("heading").asString().endsWith("执法")).findFirst().orElseThrow();
        assertThat(section.get("text").asString()).contains("对单位措施落实不到位的下发行政处罚决定书2份，查处违法行为3起");

        // in the evaluation, the regulator's handling of its candidates weighs in
        String emergency = Long.toString(jdbc.queryForObject("SELECT id FROM department WHERE code = 'EMERGENCY'", Long.class));
        var values = evaluation.values(new EvaluationRequest(EvaluationRequest.Unit.DEPARTMENT, List.of(emergency), today.minusDays(90), today,
                Scope.area("522601")));
        assertThat(values.get(emergency)).singleElement().satisfies(v -> assertThat(v.key()).isEqualTo("enforcementHandlingRate"));

        // a 镇街 leader elsewhere sees none of it
        JsonNode outside = api.json("t522601003-leader", "/api/v1/enforcement/figures?area=522601003" + period);
        assertThat(outside.get("sentence").asString()).doesNotContain("罚款5万元");
        assertThat(api.read("t522601003-leader", "/api/v1/enforcement/figures?area=" + GRID + period).getResponse().getStatus()).isEqualTo(404);
    }
}
