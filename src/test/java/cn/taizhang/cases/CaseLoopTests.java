package cn.taizhang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The whole loop through the API, for every type, each step by the role that owns it. */
@IntegrationTest
class CaseLoopTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDays workingDays;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    private long unit(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    private OffsetDateTime eventTime(long caseId, String action) {
        return jdbc.queryForObject("SELECT max(at) FROM case_event WHERE case_id = ? AND action = ?", OffsetDateTime.class, caseId, action);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "safety_hazard, general, hazardous_chemicals, EMERGENCY, demo-handler, 5, true",
            "safety_hazard, major, fire_safety, FIRE, fire-handler-1, 30, true",
            "city_sanitation, general, , OFFICE-522601002, t522601002-safety-1, 3, true",
            "illegal_building, general, , OFFICE-522601002, t522601002-safety-1, 10, true",
            "overhead_cables, general, , OFFICE-522601002, t522601002-safety-1, 15, true",
            "civilisation_review, general, , OFFICE-522601002, t522601002-safety-1, 3, true",
            "enterprise_request, general, , INVESTMENT, investment-handler-1, 10, false",
            "epidemic_key_person, general, , OFFICE-522601002, t522601002-safety-1, 7, true",
    })
    void theLoopClosesForEveryType(String type, String severity, String sector, String unitCode, String handler, int days,
            boolean verified) throws Exception {
        JsonNode reported = api.created("demo-gridworker", CaseApi.report(type, severity, sector, CaseApi.GRID));
        long id = reported.get("id").asLong();
        assertThat(reported.get("state").asString()).isEqualTo("reported");
        assertThat(reported.get("number").asString()).matches("522601-\\d{4}-\\d{6}");
        if (!unitCode.equals("INVESTMENT")) {
            assertThat(reported.get("suggestedUnit").get("id").asLong()).isEqualTo(unit(unitCode));
        } else {
            assertThat(reported.has("suggestedUnit")).isFalse();
        }

        assertThat(api.done("demo-dispatcher", id, "register", null).get("state").asString()).isEqualTo("registered");
        JsonNode dispatched = api.done("demo-dispatcher", id, "dispatch", Map.of("unit", unit(unitCode)));
        assertThat(dispatched.get("state").asString()).isEqualTo("dispatched");
        OffsetDateTime expected = workingDays.deadline(eventTime(id, "dispatch"), days);
        assertThat(OffsetDateTime.parse(dispatched.get("deadline").asString()).toInstant()).isEqualTo(expected.toInstant());
        assertThat(dispatched.get("deadline").asString()).endsWith("+08:00");

        assertThat(api.read(handler, id).get("allowedActions").toString()).contains("handle", "return", "request-extension");
        if (dispatched.get("planRequired").asBoolean()) { // 重大隐患: its 治理方案 first
            api.writePlan(handler, id);
        }
        JsonNode handled = api.done(handler, id, "handle", Map.of("note", "已整改完毕"));
        if (verified) {
            assertThat(handled.get("state").asString()).isEqualTo("handled");
            JsonNode closed = api.done("demo-gridworker", id, "verify", Map.of("passed", true, "note", "现场核查合格"));
            assertThat(closed.get("state").asString()).isEqualTo("closed");
        } else {
            assertThat(handled.get("state").asString()).isEqualTo("closed");
        }
        JsonNode timeline = api.json("demo-leader", "/api/v1/cases/" + id + "/timeline").get("items");
        assertThat(timeline.get(0).get("action").asString()).isEqualTo("report");
        assertThat(timeline.size()).isEqualTo(verified ? 5 : 4);
    }

    @Test
    void aMajorHazardTellsTheAreasLeadersAtRegistration() throws Exception {
        long id = api.created("demo-gridworker", CaseApi.report("safety_hazard", "major", "fire_safety", CaseApi.GRID)).get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        var told = jdbc.queryForList("SELECT s.username FROM notice n JOIN staff s ON s.id = n.staff_id WHERE n.dedup_key = ?",
                String.class, "case:" + id + ":registered");
        assertThat(told).contains("demo-leader", "t522601002-leader").doesNotContain("t522601003-leader", "fire-leader");
    }

    @Test
    void returnsReworkExtensionsDeferralsSupervisionAndReopeningAreCounted() throws Exception {
        long id = api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
        long office = unit("OFFICE-522601002");
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", unit("HOUSING")));
        JsonNode returned = api.done("housing-handler-1", id, "return", Map.of("reason", "不属于本单位职责"));
        assertThat(returned.get("state").asString()).isEqualTo("registered");
        assertThat(returned.get("returnCount").asInt()).isEqualTo(1);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));

        JsonNode asked = api.done("t522601002-safety-1", id, "request-extension", Map.of("workingDays", 4, "reason", "需协调产权单位"));
        OffsetDateTime before = OffsetDateTime.parse(asked.get("deadline").asString());
        JsonNode approved = api.done("t522601002-leader", id, "approve-extension", null);
        assertThat(OffsetDateTime.parse(approved.get("deadline").asString()).toInstant())
                .isEqualTo(workingDays.deadline(before, 4).toInstant());
        assertThat(approved.get("extensionCount").asInt()).isEqualTo(1);

        JsonNode deferred = api.done("demo-dispatcher", id, "defer", Map.of("reason", "等待雨季结束"));
        assertThat(deferred.get("state").asString()).isEqualTo("deferred");
        JsonNode resumed = api.done("demo-dispatcher", id, "resume", null);
        assertThat(resumed.get("state").asString()).isEqualTo("dispatched");
        assertThat(resumed.get("deferredCount").asInt()).isEqualTo(1);

        JsonNode supervised = api.done("demo-leader", id, "supervise", Map.of("documentNumber", "凯府督〔2026〕12号"));
        assertThat(supervised.get("supervisedCount").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT supervising_unit FROM case_supervision WHERE case_id = ?", String.class, id)).isEqualTo("凯里市");

        api.done("t522601002-safety-1", id, "handle", Map.of("note", "已清理"));
        JsonNode rework = api.done("demo-dispatcher", id, "verify", Map.of("passed", false, "note", "仍有垃圾堆放"));
        assertThat(rework.get("state").asString()).isEqualTo("dispatched");
        assertThat(rework.get("reworkCount").asInt()).isEqualTo(1);
        api.done("t522601002-safety-1", id, "handle", Map.of("note", "已彻底清理"));
        api.done("demo-gridworker", id, "verify", Map.of("passed", true));
        JsonNode reopened = api.done("demo-dispatcher", id, "reopen", Map.of("reason", "群众再次反映"));
        assertThat(reopened.get("state").asString()).isEqualTo("registered");
        assertThat(reopened.get("reopenedCount").asInt()).isEqualTo(1);
    }

    @Test
    void aDuplicateIsFoundAndRejectedWithALink() throws Exception {
        Map<String, Object> first = CaseApi.report("overhead_cables", null, null, CaseApi.GRID);
        long original = api.created("demo-gridworker", first).get("id").asLong();
        long again = api.created("demo-gridworker", CaseApi.report("overhead_cables", null, null, CaseApi.GRID)).get("id").asLong();
        JsonNode duplicates = api.json("demo-dispatcher", "/api/v1/cases/" + again + "/duplicates").get("items");
        assertThat(duplicates.findValuesAsString("number")).isNotEmpty();
        List<Long> ids = new ArrayList<>(); // the items' own ids: findValues("id") also finds their units' ids
        duplicates.forEach(d -> ids.add(d.get("id").asLong()));
        assertThat(ids).contains(original).doesNotContain(again);
        JsonNode rejected = api.done("demo-dispatcher", again, "reject", Map.of("reason", "重复上报", "duplicateOf", original));
        assertThat(rejected.get("state").asString()).isEqualTo("rejected");
        assertThat(rejected.get("duplicateOf").asLong()).isEqualTo(original);
    }
}
