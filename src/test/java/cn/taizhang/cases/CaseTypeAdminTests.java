package cn.taizhang.cases;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.calendar.WorkingDays;
import cn.taizhang.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The system administrator edits the case type catalogue. Every test makes its own types (unique codes and
 * names): other tests share the database and rely on the seeded ones, which none of these change.
 */
@IntegrationTest
class CaseTypeAdminTests {

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

    /** A code of lower-case letters, unique enough for one test run. */
    private static String uniqueCode() {
        StringBuilder code = new StringBuilder("test_");
        for (int i = 0; i < 10; i++) {
            code.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    private static Map<String, Object> severity(String code, String name, int days, boolean notifyLeaders) {
        return Map.of("code", code, "name", name, "deadlineDays", days, "notifyLeaders", notifyLeaders);
    }

    private static Map<String, Object> type(String code, List<Map<String, Object>> severities) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "测试类型 " + code);
        body.put("category", "测试");
        body.put("responsibility", "town_office");
        body.put("verificationRequired", true);
        body.put("remindShare", 0.8);
        body.put("superviseAfterDays", 3);
        body.put("severities", severities);
        return body;
    }

    private MvcResult post(String user, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/case-types")
                .with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(CaseApi.JSON.writeValueAsString(body))).andReturn();
    }

    private MvcResult put(String user, String code, Integer version, Object body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/case-types/" + code)
                .with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(CaseApi.JSON.writeValueAsString(body));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request).andReturn();
    }

    private static JsonNode body(MvcResult r) throws Exception {
        return CaseApi.JSON.readTree(r.getResponse().getContentAsString());
    }

    /** Adds a type as the system administrator and expects 201. */
    private String created(List<Map<String, Object>> severities) throws Exception {
        String code = uniqueCode();
        MvcResult r = post("demo-sysadmin", type(code, severities));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(r.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/case-types/" + code);
        return code;
    }

    private long office() {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
    }

    private long reportedCase(String type, String severity) throws Exception {
        return api.created("demo-gridworker", CaseApi.report(type, severity, null, CaseApi.GRID)).get("id").asLong();
    }

    private long dispatchedCase(String type, String severity) throws Exception {
        long id = reportedCase(type, severity);
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office()));
        return id;
    }

    private OffsetDateTime column(String column, long id) {
        return jdbc.queryForObject("SELECT " + column + " FROM case_record WHERE id = ?", OffsetDateTime.class, id);
    }

    private int version(String code) throws Exception {
        return api.json("demo-leader", "/api/v1/case-types/" + code).get("version").asInt();
    }

    @Test
    void anEditAppliesToTheNextDispatchAndLeavesDispatchedCasesAlone() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false)));
        long before = dispatchedCase(code, "general");
        OffsetDateTime beforeDeadline = column("deadline", before);
        assertThat(beforeDeadline.toInstant()).isEqualTo(workingDays.deadline(column("dispatched_at", before), 5).toInstant());

        Map<String, Object> edited = type(code, List.of(severity("general", "一般", 12, false)));
        edited.put("name", "改名后的测试类型 " + code);
        edited.put("superviseAfterDays", 0);
        MvcResult r = put("demo-sysadmin", code, 1, edited);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        JsonNode after = body(r);
        assertThat(after.get("name").asString()).isEqualTo("改名后的测试类型 " + code);
        assertThat(after.get("superviseAfterDays").asInt()).isZero();
        assertThat(after.get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(12);

        // the catalogue everybody reads shows the change at once
        JsonNode listed = api.json("demo-gridworker", "/api/v1/case-types");
        JsonNode mine = null;
        for (JsonNode t : listed.get("items")) {
            if (t.get("code").asString().equals(code)) {
                mine = t;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(12);
        assertThat(mine.get("version").asInt()).isEqualTo(2);

        long next = dispatchedCase(code, "general");
        assertThat(column("deadline", next).toInstant()).isEqualTo(workingDays.deadline(column("dispatched_at", next), 12).toInstant());
        assertThat(column("deadline", before)).isEqualTo(beforeDeadline);
        assertThat(api.read("demo-leader", next).get("typeName").asString()).isEqualTo("改名后的测试类型 " + code);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'case_type' AND target_id = ?",
                Integer.class, code)).isEqualTo(2);
    }

    @Test
    void aNewTypeTakesReportsAndItsCodeMustBeNewAndWellFormed() throws Exception {
        String code = created(List.of(severity("general", "一般", 7, false), severity("hard", "疑难", 20, true)));
        JsonNode reported = api.created("demo-gridworker", CaseApi.report(code, null, null, CaseApi.GRID));
        assertThat(reported.get("type").asString()).isEqualTo(code);
        assertThat(reported.get("severity").asString()).isEqualTo("general"); // the first severity is the default
        assertThat(reported.get("suggestedUnit").get("id").asLong()).isEqualTo(office()); // town_office

        MvcResult again = post("demo-sysadmin", type(code, List.of(severity("general", "一般", 7, false))));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("CASE_TYPE_EXISTS");
        assertThat(post("demo-sysadmin", type("safety_hazard", List.of(severity("general", "一般", 7, false)))).getResponse().getStatus())
                .isEqualTo(409);

        Map<String, Object> badCode = type("Bad-Code", List.of(severity("general", "一般", 7, false)));
        badCode.put("name", "安全生产隐患"); // a seeded type's name
        MvcResult bad = post("demo-sysadmin", badCode);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(fields(body(bad))).containsExactlyInAnyOrder("code");
        String other = uniqueCode();
        Map<String, Object> takenName = type(other, List.of(severity("general", "一般", 7, false)));
        takenName.put("name", "安全生产隐患");
        MvcResult taken = post("demo-sysadmin", takenName);
        assertThat(taken.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(taken).get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_NAME");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_type WHERE code IN ('Bad-Code', ?)", Integer.class, other)).isZero();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false)));
        Map<String, Object> bad = new HashMap<>();
        bad.put("code", "another_code");
        bad.put("name", " ");
        bad.put("category", 5);
        bad.put("responsibility", "mayor");
        bad.put("verificationRequired", "yes");
        bad.put("remindShare", 1.5);
        bad.put("superviseAfterDays", -1);
        bad.put("colour", "red");
        Map<String, Object> duplicate = new HashMap<>(severity("general", "x".repeat(51), 400, false));
        duplicate.put("notifyLeaders", "no");
        bad.put("severities", List.of(severity("general", "一般", 0, false), duplicate, Map.of("code", "BAD")));
        MvcResult r = put("demo-sysadmin", code, 1, bad);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = body(r);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(problem)).containsExactlyInAnyOrder("code", "name", "category", "responsibility", "verificationRequired",
                "remindShare", "superviseAfterDays", "colour", "severities[0].deadlineDays", "severities[1].code", "severities[1].name",
                "severities[1].deadlineDays", "severities[1].notifyLeaders", "severities[2].code", "severities[2].name",
                "severities[2].deadlineDays");
        problem.get("errors").forEach(e -> assertThat(e.get("detail").asString()).startsWith(e.get("field").asString() + "："));

        Map<String, Object> noSeverities = type(code, List.of());
        noSeverities.put("remindShare", 0.123);
        assertThat(fields(body(put("demo-sysadmin", code, 1, noSeverities)))).containsExactlyInAnyOrder("severities", "remindShare");

        JsonNode unchanged = api.json("demo-leader", "/api/v1/case-types/" + code);
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);
        assertThat(unchanged.get("name").asString()).isEqualTo("测试类型 " + code);
        assertThat(unchanged.get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(5);
    }

    @Test
    void onlyTheSystemAdministratorChangesTypes() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false)));
        for (String user : List.of("demo-leader", "demo-dispatcher", "demo-secadmin")) {
            MvcResult edit = put(user, code, 1, type(code, List.of(severity("general", "一般", 9, false))));
            assertThat(edit.getResponse().getStatus()).as(user).isEqualTo(403);
            // an administrator outside its duty is refused before the role check (access.AdministratorDuties)
            assertThat(body(edit).get("code").asString()).isEqualTo(user.equals("demo-secadmin") ? "ADMIN_DUTIES_ONLY" : "FORBIDDEN");
            assertThat(post(user, type(uniqueCode(), List.of(severity("general", "一般", 9, false)))).getResponse().getStatus())
                    .as(user).isEqualTo(403);
        }
        assertThat(version(code)).isEqualTo(1);
        assertThat(api.status("demo-leader", "/api/v1/case-types/" + code)).isEqualTo(200);
    }

    @Test
    void aStaleVersionIsRefusedAndAMissingOneRequired() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false)));
        Map<String, Object> edit = type(code, List.of(severity("general", "一般", 6, false)));
        MvcResult missing = put("demo-sysadmin", code, null, edit);
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(body(missing).get("code").asString()).isEqualTo("PRECONDITION_REQUIRED");
        assertThat(put("demo-sysadmin", code, 1, edit).getResponse().getStatus()).isEqualTo(200);
        MvcResult stale = put("demo-sysadmin", code, 1, type(code, List.of(severity("general", "一般", 8, false))));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(body(stale).get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(api.json("demo-leader", "/api/v1/case-types/" + code).get("severities").get(0).get("deadlineDays").asInt()).isEqualTo(6);
        assertThat(put("demo-sysadmin", "no_such_type", 1, type("no_such_type", List.of(severity("general", "一般", 6, false))))
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void twoAdministratorsEditingAtOnceOneWins() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int days : new int[] {10, 20}) {
            answers.add(pool.submit(() -> {
                start.await();
                return put("demo-sysadmin", code, 1, type(code, List.of(severity("general", "一般", days, false)))).getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(version(code)).isEqualTo(2);
    }

    @Test
    void aSeverityInUseCannotBeRemoved() throws Exception {
        String code = created(List.of(severity("general", "一般", 5, false), severity("major", "重大", 30, true),
                severity("minor", "轻微", 2, false)));
        reportedCase(code, "major");
        MvcResult refused = put("demo-sysadmin", code, 1, type(code, List.of(severity("general", "一般", 5, false))));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        JsonNode problem = body(refused);
        assertThat(problem.get("code").asString()).isEqualTo("SEVERITY_IN_USE");
        assertThat(problem.get("detail").asString()).contains("major").doesNotContain("minor");
        assertThat(api.json("demo-leader", "/api/v1/case-types/" + code).get("severities").size()).isEqualTo(3);

        // an unused one can go, and the order (the first is the default) can change
        MvcResult ok = put("demo-sysadmin", code, 1, type(code, List.of(severity("major", "重大", 30, true), severity("general", "一般", 5, false))));
        assertThat(ok.getResponse().getStatus()).as(ok.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode after = body(ok);
        assertThat(after.get("severities").findValues("code").stream().map(JsonNode::asString)).containsExactly("major", "general");
        assertThat(api.created("demo-gridworker", CaseApi.report(code, null, null, CaseApi.GRID)).get("severity").asString())
                .isEqualTo("major");
        assertThat(api.create("demo-gridworker", CaseApi.report(code, "minor", null, CaseApi.GRID)).getResponse().getStatus())
                .isEqualTo(400);
    }
}
