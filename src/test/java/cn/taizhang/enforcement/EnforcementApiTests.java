package cn.taizhang.enforcement;

import static cn.taizhang.enforcement.EnforcementFixtures.SAFETY;
import static cn.taizhang.enforcement.EnforcementFixtures.action;
import static cn.taizhang.enforcement.EnforcementFixtures.body;
import static cn.taizhang.enforcement.EnforcementFixtures.ok;
import static cn.taizhang.enforcement.EnforcementFixtures.penalty;
import static cn.taizhang.enforcement.EnforcementFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class EnforcementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSafetyOfficerPenalisesAnEnterpriseOfTheirSectorForItsHazards() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        long hazard = api.hazard(enterprise, EnforcementFixtures.GRID, true);
        ObjectNode body = penalty(enterprise, today().minusDays(2), false);
        body.put("otherPenalties", "警告").putArray("caseIds").add(hazard);
        body.put("clientId", UUID.randomUUID().toString());
        JsonNode taken = api.take(SAFETY, body);

        assertThat(taken.get("kindLabel").asString()).isEqualTo("行政处罚决定");
        assertThat(taken.get("state").asString()).isEqualTo("decided");
        assertThat(taken.get("department").get("name").asString()).isEqualTo("市应急管理局");
        assertThat(taken.get("fine").decimalValue()).isEqualByComparingTo("20000");
        assertThat(taken.get("cases").get(0).get("id").asLong()).isEqualTo(hazard);
        assertThat(taken.get("violations").get(0).get("majorHazard").asBoolean())
                .as("a violation behind a 重大隐患 case is for a 重大事故隐患, whatever it says").isTrue();
        assertThat(taken.get("history").get(0).get("what").asString()).isEqualTo("登记行政处罚决定");
        // a retry answers the same action
        MvcResult again = api.send(SAFETY, "/api/v1/enforcement-actions", body);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(again).get("id").asLong()).isEqualTo(taken.get("id").asLong());
        assertThat(api.actions(enterprise)).isEqualTo(1);
        // listed by enterprise and kind, read in detail
        JsonNode list = api.json(SAFETY, "/api/v1/enforcement-actions?enterprise=" + enterprise + "&kind=penalty");
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(api.json("demo-leader", "/api/v1/enforcement-actions/" + taken.get("id").asLong()).get("documentNumber").asString())
                .isEqualTo(body.get("documentNumber").asString());
        // the audit row commits with the action
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'enforcement_action' AND target_id = ?", Long.class,
                taken.get("id").asString())).isEqualTo(1);
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        long school = api.enterprise("education", EnforcementFixtures.GRID);

        assertThat(problem(api.send("demo-inspector", "/api/v1/enforcement-actions", penalty(enterprise, today(), false)), 403)).isEqualTo("FORBIDDEN");
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", penalty(school, today(), false)), 403))
                .as("市应急管理局 does not regulate schools").isEqualTo("NOT_YOUR_SECTOR");
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", penalty(999_999_999L, today(), false)), 404)).isEqualTo("ENTERPRISE_NOT_FOUND");

        ObjectNode noNumber = penalty(enterprise, today(), false);
        noNumber.remove("documentNumber");
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", noNumber), 400, "documentNumber")).isEqualTo("REQUIRED");
        ObjectNode negative = penalty(enterprise, today(), false).put("fine", -1);
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", negative), 400, "fine")).isEqualTo("OUT_OF_RANGE");
        ObjectNode future = penalty(enterprise, today().plusDays(1), false);
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", future), 400, "date")).isEqualTo("IN_FUTURE");
        ObjectNode order = action(enterprise, "order");
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", order), 400, "deadline")).isEqualTo("REQUIRED");
        ObjectNode unknownCase = penalty(enterprise, today(), false);
        unknownCase.putArray("caseIds").add(api.hazard(school, EnforcementFixtures.GRID, false));
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", unknownCase), 400, "caseIds[0]"))
                .as("a hazard of another enterprise").isEqualTo("UNKNOWN_CASE");
        assertThat(api.actions(enterprise)).as("nothing written by a refused action").isZero();

        ObjectNode first = penalty(enterprise, today(), false);
        long penaltyId = api.take(SAFETY, first).get("id").asLong();
        ObjectNode reused = penalty(enterprise, today(), false).put("documentNumber", first.get("documentNumber").asString());
        assertThat(field(api.send(SAFETY, "/api/v1/enforcement-actions", reused), 409, "documentNumber")).isEqualTo("DOCUMENT_NUMBER_USED");
        ObjectNode restart = action(enterprise, "restart").put("targetId", penaltyId);
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", restart), 409)).as("the enterprise is not suspended").isEqualTo("NOT_SUSPENDED");
        assertThat(api.actions(enterprise)).isEqualTo(1);
    }

    @Test
    void aSuspendedEnterpriseShowsItAndRestartsOnlyAfterAPassedReview() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        long suspension = api.take(SAFETY, action(enterprise, "suspension").put("date", today().minusDays(20).toString())
                .put("documentNumber", EnforcementFixtures.documentNumber())).get("id").asLong();
        JsonNode shown = api.json("demo-dispatcher", "/api/v1/enterprises/" + enterprise).get("coerced");
        assertThat(shown.get("label").asString()).isEqualTo("停产停业整顿");
        assertThat(shown.get("since").asString()).isEqualTo(today().minusDays(20).toString());
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", action(enterprise, "suspension")), 409)).isEqualTo("ALREADY_COERCED");

        ObjectNode restart = action(enterprise, "restart").put("targetId", suspension);
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", restart), 409)).isEqualTo("RESTART_WITHOUT_REVIEW");
        api.take(SAFETY, action(enterprise, "reinspection").put("targetId", suspension).put("passed", false).put("date", today().minusDays(5).toString()));
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", restart), 409)).as("a failed review is no review").isEqualTo("RESTART_WITHOUT_REVIEW");
        api.take(SAFETY, action(enterprise, "reinspection").put("targetId", suspension).put("passed", true).put("date", today().minusDays(1).toString()));
        JsonNode restarted = api.take(SAFETY, restart);
        assertThat(restarted.get("kindLabel").asString()).isEqualTo("复产复工验收");

        assertThat(api.json("demo-dispatcher", "/api/v1/enterprises/" + enterprise).get("coerced").isNull()).isTrue();
        JsonNode after = api.json(SAFETY, "/api/v1/enforcement-actions/" + suspension);
        assertThat(after.get("state").asString()).isEqualTo("lifted");
        assertThat(after.get("related").size()).as("two reviews and the restart").isEqualTo(3);
        assertThat(after.get("history").valueStream().map(e -> e.get("what").asString()))
                .containsExactly("登记停产停业整顿", "复查不合格", "复查合格", "准予复产复工");
    }

    @Test
    void aClosedEnterpriseStaysClosedAndTheRegistryShowsIt() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        api.take(SAFETY, action(enterprise, "suspension"));
        api.take(SAFETY, action(enterprise, "closure").put("documentNumber", EnforcementFixtures.documentNumber()));
        assertThat(api.json("demo-dispatcher", "/api/v1/enterprises/" + enterprise).get("coerced").get("code").asString()).isEqualTo("closed");
        assertThat(problem(api.send(SAFETY, "/api/v1/enforcement-actions", action(enterprise, "ban")), 409)).isEqualTo("ALREADY_COERCED");
        String page = api.read("demo-dispatcher", "/enterprises/" + enterprise).getResponse().getContentAsString();
        assertThat(page).contains("关闭");
    }

    @Test
    void theCityEnforcementBureauOrdersADemolitionOfAnIllegalBuildingWithoutAnEnterprise() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        long building = town.report("illegal_building", EnforcementFixtures.GRID);
        ObjectNode order = EnforcementFixtures.JSON.createObjectNode().put("kind", "order").put("deadline", today().plusDays(15).toString());
        order.putArray("caseIds").add(building);
        JsonNode taken = api.take("demo-enforcer", order);
        assertThat(taken.get("kindLabel").asString()).isEqualTo("责令限期拆除");
        assertThat(taken.get("subjectName").asString()).isEqualTo(api.json("demo-dispatcher", "/api/v1/cases/" + building).get("number").asString());
        ObjectNode demolition = EnforcementFixtures.JSON.createObjectNode().put("kind", "demolition");
        demolition.putArray("caseIds").add(building);
        assertThat(api.take("demo-enforcer", demolition).get("kindLabel").asString()).isEqualTo("强制拆除");

        long sanitationFree = town.report("safety_hazard", EnforcementFixtures.GRID);
        ObjectNode notUrban = EnforcementFixtures.JSON.createObjectNode().put("kind", "demolition");
        notUrban.putArray("caseIds").add(sanitationFree);
        assertThat(field(api.send("demo-enforcer", "/api/v1/enforcement-actions", notUrban), 400, "caseIds[0]")).isEqualTo("NOT_URBAN_CASE");
    }

    @Test
    void eachOfficerSeesTheirDepartmentsActionsAndLeadersSeeAll() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        long id = api.take(SAFETY, penalty(enterprise, today(), false)).get("id").asLong();
        assertThat(api.read("demo-enforcer", "/api/v1/enforcement-actions/" + id).getResponse().getStatus())
                .as("市综合行政执法局 does not see 市应急管理局's").isEqualTo(404);
        assertThat(api.json("demo-enforcer", "/api/v1/enforcement-actions?enterprise=" + enterprise).get("total").asLong()).isZero();
        assertThat(api.json("demo-leader", "/api/v1/enforcement-actions?enterprise=" + enterprise).get("total").asLong()).isEqualTo(1);
        assertThat(api.json("t522601003-leader", "/api/v1/enforcement-actions?enterprise=" + enterprise).get("total").asLong())
                .as("another 镇街's leader").isZero();
    }

    private static String problem(MvcResult r, int status) throws Exception {
        return ok(r, status).get("code").asString();
    }

    private static String field(MvcResult r, int status, String field) throws Exception {
        JsonNode errors = ok(r, status).get("errors");
        return errors.valueStream().filter(e -> e.get("field").asString().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem named " + field + ": " + errors)).get("code").asString();
    }
}
