package cn.taizhang.inspection.patrol;

import static cn.taizhang.inspection.patrol.PatrolFixtures.body;
import static cn.taizhang.inspection.patrol.PatrolFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A round recorded through the API: each finding becomes a case about its place in the same transaction; a phone's
 * retry records it once; bad rounds are refused naming the field, writing nothing; another 镇街 does not see it.
 */
@IntegrationTest
class PatrolApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PatrolFixtures api;

    @BeforeEach
    void setUp() {
        api = new PatrolFixtures(mvc, jdbc);
    }

    @Test
    void aGridWorkersFindingsBecomeCasesAboutThePlace() throws Exception {
        long cafe = api.cafe(PatrolFixtures.GRID);
        long monitor = api.volunteer("522601002");
        ObjectNode round = api.round(cafe);
        round.putArray("volunteerIds").add(monitor);
        round.putArray("findings").addObject().put("description", "发现两名未成年人在网吧上网").put("placeId", cafe);
        round.withArray("findings").addObject().put("description", "网吧门前垃圾堆放");
        JsonNode recorded = ok(api.record("demo-gridworker", round), 201);

        assertThat(recorded.get("personTimes").asInt()).isEqualTo(2);
        assertThat(recorded.get("volunteers").get(0).get("id").asLong()).isEqualTo(monitor);
        assertThat(recorded.get("places").get(0).get("id").asLong()).isEqualTo(cafe);
        assertThat(recorded.get("kindName").asString()).isEqualTo("网吧巡查");
        JsonNode findings = recorded.get("findings");
        assertThat(findings).hasSize(2);
        JsonNode placeCase = ok(api.read("demo-dispatcher", "/api/v1/cases/" + findings.get(0).get("caseId").asLong()), 200);
        assertThat(placeCase.get("type").asString()).isEqualTo("city_sanitation");
        assertThat(placeCase.get("source").asString()).isEqualTo("grid_worker");
        assertThat(placeCase.get("gridCode").asString()).isEqualTo(PatrolFixtures.GRID);
        assertThat(placeCase.get("subject").get("id").asLong()).isEqualTo(cafe);
        assertThat(placeCase.get("description").asString()).contains("发现两名未成年人在网吧上网");
        assertThat(jdbc.queryForObject("SELECT subject_id FROM case_record WHERE id = ?", Long.class, findings.get(1).get("caseId").asLong()))
                .isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'patrol' AND target_id = ?", Integer.class,
                recorded.get("id").asString())).isEqualTo(1);
        assertThat(ok(api.read("demo-gridworker", "/api/v1/patrols/" + recorded.get("id").asLong()), 200).get("findings")).hasSize(2);
    }

    @Test
    void aDispatchersRoundForVolunteersReportsAsInspectionAndASafetyHazardNeedsItsSector() throws Exception {
        long cafe = api.cafe(PatrolFixtures.GRID);
        long monitor = api.volunteer(PatrolFixtures.GRID);
        ObjectNode round = api.round(cafe);
        round.remove("staffIds");
        round.putArray("volunteerIds").add(monitor);
        round.putArray("findings").addObject().put("description", "电线私拉乱接").put("placeId", cafe).put("type", "safety_hazard");
        MvcResult refused = api.record("demo-dispatcher", round);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("findings[0].sector");

        ((ObjectNode) round.withArray("findings").get(0)).put("sector", "fire_safety");
        JsonNode recorded = ok(api.record("demo-dispatcher", round), 201);
        JsonNode hazard = ok(api.read("demo-dispatcher", "/api/v1/cases/" + recorded.get("findings").get(0).get("caseId").asLong()), 200);
        assertThat(hazard.get("source").asString()).isEqualTo("inspection");
        assertThat(hazard.get("type").asString()).isEqualTo("safety_hazard");
        assertThat(recorded.get("staff")).isEmpty();
    }

    @Test
    void aRetriedRoundIsRecordedOnceAndAReusedClientIdIsRefused() throws Exception {
        long cafe = api.cafe(PatrolFixtures.GRID);
        ObjectNode round = api.round(cafe);
        round.putArray("findings").addObject().put("description", "消防通道堵塞").put("placeId", cafe);
        long id = ok(api.record("demo-gridworker", round), 201).get("id").asLong();
        int cases = api.count("case_record");
        JsonNode again = ok(api.record("demo-gridworker", round), 200);
        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(api.count("case_record")).isEqualTo(cases);

        round.put("seen", "另一次巡查的情况");
        MvcResult reused = api.record("demo-gridworker", round);
        assertThat(reused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(reused).get("code").asString()).isEqualTo("CLIENT_ID_REUSED");
        assertThat(api.count("case_record")).isEqualTo(cases);
    }

    @Test
    void aBadRoundIsRefusedNamingEveryFieldAndWritesNothing() throws Exception {
        long cafe = api.cafe(PatrolFixtures.GRID);
        long elsewhere = api.cafe(PatrolFixtures.OTHER_GRID);
        int patrols = api.count("patrol");
        int cases = api.count("case_record");

        ObjectNode shape = api.round(cafe);
        shape.put("date", PatrolFixtures.today().plusDays(1).toString()).put("kind", "picnic").put("clientId", "not-a-uuid").remove("seen");
        shape.putArray("staffIds");
        shape.putArray("findings").addObject().put("placeId", -3);
        assertThat(fields(api.record("demo-gridworker", shape))).contains("clientId", "date", "kind", "seen", "staffIds",
                "findings[0].description", "findings[0].placeId");

        ObjectNode lookups = api.round(cafe);
        lookups.putArray("staffIds").add(api.staffId("demo-dispatcher")).add(987_654_321L);
        lookups.putArray("volunteerIds").add(987_654_321L);
        assertThat(fields(api.record("demo-gridworker", lookups))).containsExactlyInAnyOrder("staffIds[1]", "volunteerIds[0]");

        ObjectNode notMine = api.round(cafe);
        notMine.putArray("staffIds").add(api.staffId("demo-dispatcher"));
        assertThat(fields(api.record("demo-gridworker", notMine))).containsExactly("staffIds");

        ObjectNode foreignPlace = api.round(elsewhere);
        MvcResult notFound = api.record("demo-gridworker", foreignPlace);
        assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
        assertThat(fields(notFound)).containsExactly("placeIds[0]");

        ObjectNode laterFindingBad = api.round(cafe);
        laterFindingBad.putArray("findings").addObject().put("description", "垃圾堆放");
        laterFindingBad.withArray("findings").addObject().put("description", "乱搭乱建").put("type", "no_such_type");
        assertThat(fields(api.record("demo-gridworker", laterFindingBad))).containsExactly("findings[1].type");

        assertThat(api.count("patrol")).isEqualTo(patrols);
        assertThat(api.count("case_record")).as("the first finding's case is rolled back with the round").isEqualTo(cases);
    }

    @Test
    void anotherTownNeitherReadsNorListsTheRoundAndTheListFilters() throws Exception {
        long cafe = api.cafe(PatrolFixtures.GRID);
        long monitor = api.volunteer("522601002");
        ObjectNode round = api.round(cafe);
        round.putArray("volunteerIds").add(monitor);
        long id = ok(api.record("demo-gridworker", round), 201).get("id").asLong();

        assertThat(api.read("t522601003-dispatcher-1", "/api/v1/patrols/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(ok(api.read("t522601003-dispatcher-1", "/api/v1/patrols?place=" + cafe), 200).get("total").asLong()).isZero();
        assertThat(ok(api.read("t522601003-dispatcher-1", "/api/v1/patrols?size=500"), 200).get("items").valueStream()
                .map(p -> p.get("gridCode").asString())).allMatch(g -> g.startsWith("522601003"));
        ObjectNode foreignGrid = api.round(cafe);
        foreignGrid.put("gridCode", PatrolFixtures.OTHER_GRID);
        assertThat(api.record("demo-gridworker", foreignGrid).getResponse().getStatus()).isEqualTo(404);

        JsonNode byPlace = ok(api.read("demo-dispatcher", "/api/v1/patrols?place=" + cafe), 200);
        assertThat(byPlace.get("total").asLong()).isEqualTo(1);
        assertThat(byPlace.get("items").get(0).get("personTimes").asInt()).isEqualTo(2);
        assertThat(ok(api.read("demo-dispatcher", "/api/v1/patrols?volunteer=" + monitor + "&kind=internet_cafe&from=" + PatrolFixtures.today()),
                200).get("total").asLong()).isEqualTo(1);
        assertThat(ok(api.read("demo-dispatcher", "/api/v1/patrols?volunteer=" + monitor + "&kind=routine"), 200).get("total").asLong()).isZero();
        assertThat(fields(api.read("demo-dispatcher", "/api/v1/patrols?from=yesterday&kind=x&area=52%25"))).contains("from", "kind", "area");
        assertThat(api.read("demo-sysadmin", "/api/v1/patrols/" + id).getResponse().getStatus()).isEqualTo(403);
    }

    static List<String> fields(MvcResult r) throws Exception {
        List<String> fields = new ArrayList<>();
        body(r).path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
