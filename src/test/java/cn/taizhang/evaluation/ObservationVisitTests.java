package cn.taizhang.evaluation;

import static cn.taizhang.evaluation.EvaluationApiTests.fields;
import static cn.taizhang.evaluation.EvaluationFixtures.DAFENGDONG;
import static cn.taizhang.evaluation.EvaluationFixtures.KAITANG;
import static cn.taizhang.evaluation.EvaluationFixtures.row;
import static cn.taizhang.evaluation.EvaluationFixtures.thisMonth;
import static cn.taizhang.evaluation.EvaluationFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 观摩 visits: who may record them and where, their checks, retries, the list, and their blend into a 镇街's score. */
@IntegrationTest
class ObservationVisitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    EvaluationFixtures api;

    @BeforeEach
    void setUp() {
        api = new EvaluationFixtures(mvc, jdbc);
    }

    @Test
    void aVisitBlendsIntoTheTownsScoreWithItsWeight() throws Exception {
        String leader = "t" + DAFENGDONG + "-leader";
        api.dispatched(api.grid(DAFENGDONG, 0));
        String query = "object=town&period=" + thisMonth();
        JsonNode before = row(api.evaluation(leader, query), DAFENGDONG);
        // one dispatched open case: 25·0 + 25·0 + 10·1 + 10·1 + 10·1 + 10·1 + 10·0 = 40 (of 100)
        assertThat(before.get("indicatorScore").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(before.get("reason").asString()).as("one case is below the minimum").contains("少于最低样本量 30 件");

        JsonNode visit = api.call(leader, post("/api/v1/observation-visits"), visit("第一观摩组", DAFENGDONG, 90), 201);
        assertThat(visit.get("visited").asString()).isEqualTo("大风洞镇");
        assertThat(visit.get("recordedBy").asString()).isEqualTo(leader);
        assertThat(visit.get("recorderName").asString()).as("people read names, not usernames").matches("\\p{IsHan}{2,3}");
        api.call("demo-leader", post("/api/v1/observation-visits"), visit("第二观摩组", DAFENGDONG, 75.5), 201);

        BigDecimal mean = meanOfListedVisits(leader, DAFENGDONG);
        JsonNode after = row(api.evaluation(leader, query), DAFENGDONG);
        assertThat(after.get("observationVisits").asInt()).isEqualTo(before.get("observationVisits").asInt() + 2);
        assertThat(after.get("observationScore").decimalValue()).isEqualByComparingTo(mean);
        assertThat(after.get("indicatorScore").decimalValue()).isEqualByComparingTo("40.0");
        BigDecimal expected = new BigDecimal("0.8").multiply(new BigDecimal("40.0")).add(new BigDecimal("0.2").multiply(mean))
                .setScale(1, RoundingMode.HALF_UP);
        assertThat(after.get("score").decimalValue()).isEqualByComparingTo(expected);
        assertThat(after.get("score").decimalValue()).isGreaterThan(before.get("score").decimalValue());

        // a visit of another month does not count in this one
        String lastYear = LocalDate.now().minusYears(1).toString();
        Map<String, Object> old = visit("第三观摩组", DAFENGDONG, 10);
        old.put("visitedOn", lastYear);
        api.call(leader, post("/api/v1/observation-visits"), old, 201);
        assertThat(row(api.evaluation(leader, query), DAFENGDONG).get("observationScore").decimalValue()).isEqualByComparingTo(mean);
    }

    @Test
    void visitsAreCheckedFieldByFieldInChinese() throws Exception {
        String leader = "t" + KAITANG + "-leader";
        JsonNode empty = api.call(leader, post("/api/v1/observation-visits"), Map.of(), 400);
        assertThat(fields(empty)).containsExactly("groupName", "visitedOn", "area", "score");
        assertThat(empty.get("detail").asString()).contains("请填写观摩组名称").contains("被观摩单位");

        Map<String, Object> bad = visit("组".repeat(51), KAITANG, 100.05);
        bad.put("visitedOn", LocalDate.now().plusDays(2).toString());
        bad.put("comment", 7);
        bad.put("rating", 5);
        assertThat(fields(api.call(leader, post("/api/v1/observation-visits"), bad, 400)))
                .containsExactlyInAnyOrder("rating", "groupName", "visitedOn", "score", "comment");

        Map<String, Object> other = visit("第一观摩组", "522601002", 80); // 大十字街道: not this leader's
        assertThat(api.call(leader, post("/api/v1/observation-visits"), other, 400).get("errors").get(0).get("code").asString())
                .isEqualTo("UNKNOWN_TOWN");
        Map<String, Object> department = visit("第一观摩组", null, 80);
        department.put("department", api.departmentId("HOUSING"));
        assertThat(fields(api.call(leader, post("/api/v1/observation-visits"), department, 400))).containsExactly("department");
        department.put("area", KAITANG);
        assertThat(fields(api.call(leader, post("/api/v1/observation-visits"), department, 400))).containsExactly("area");
        assertThat(fields(api.call(leader, post("/api/v1/observation-visits"), visit("第一观摩组", "5226011", 80), 400)))
                .containsExactly("area");
        assertThat(api.perform(leader, post("/api/v1/observation-visits"), "{\"groupName\":").getResponse().getStatus()).isEqualTo(400);

        // leaders only
        assertThat(api.perform("t" + KAITANG + "-dispatcher-1", post("/api/v1/observation-visits"), visit("第一观摩组", KAITANG, 80))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theCityLeaderVisitsADepartmentAndARetryStoresOneVisit() throws Exception {
        Map<String, Object> body = visit("第四观摩组", null, 88);
        body.put("department", api.departmentId("HOUSING"));
        body.put("clientId", UUID.randomUUID().toString());
        JsonNode first = api.call("demo-leader", post("/api/v1/observation-visits"), body, 201);
        JsonNode again = api.call("demo-leader", post("/api/v1/observation-visits"), body, 200);
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(first.get("visited").asString()).isEqualTo("市住建局");
        body.put("score", 60);
        assertThat(api.call("demo-leader", post("/api/v1/observation-visits"), body, 422).get("code").asString())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");

        JsonNode departments = api.evaluation("demo-leader", "object=department&period=" + thisMonth());
        JsonNode housing = row(departments, Long.toString(api.departmentId("HOUSING")));
        assertThat(housing.get("observationVisits").asInt()).isPositive();
        // the visit is the city's: a 镇街 leader sees neither it nor its score
        assertThat(list("t" + KAITANG + "-leader", thisMonth())).noneMatch(v -> v.get("id").asLong() == first.get("id").asLong());
        assertThat(list("demo-leader", thisMonth())).anyMatch(v -> v.get("id").asLong() == first.get("id").asLong());
        assertThat(list("housing-leader", thisMonth())).anyMatch(v -> v.get("id").asLong() == first.get("id").asLong())
                .allMatch(v -> v.get("department").asLong() == api.departmentId("HOUSING"));
        assertThat(fields(api.call("demo-leader", get("/api/v1/observation-visits?period=2026-Q9"), null, 400))).containsExactly("period");
    }

    private BigDecimal meanOfListedVisits(String user, String town) throws Exception {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (JsonNode v : list(user, thisMonth())) {
            if (town.equals(v.get("area").asString(null))) {
                sum = sum.add(v.get("score").decimalValue());
                n++;
            }
        }
        return sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    private List<JsonNode> list(String user, String period) throws Exception {
        List<JsonNode> visits = new ArrayList<>();
        api.call(user, get("/api/v1/observation-visits?period=" + period), null, 200).get("items").forEach(visits::add);
        return visits;
    }

    static Map<String, Object> visit(String group, String area, double score) {
        Map<String, Object> body = new HashMap<>();
        body.put("groupName", group);
        body.put("visitedOn", today());
        if (area != null) {
            body.put("area", area);
        }
        body.put("score", score);
        body.put("comment", "台账规范，整改及时");
        return body;
    }
}
