package cn.taizhang.inspection.lists;

import static cn.taizhang.inspection.lists.ListFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The 制度措施清单: who sets, edits and completes a measure, If-Match, validation, overdue, the reminders, the export. */
@IntegrationTest
class MeasureTests {

    private static final String LEADER = "t522601002-leader";
    private static final String OFFICE_STAFF = "t522601002-safety-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeasureReminders reminders;

    ListFixtures api;

    @BeforeEach
    void setUp() {
        api = new ListFixtures(mvc, jdbc);
    }

    private JsonNode create(String user, ObjectNode body) throws Exception {
        return ok(api.send(user, "/api/v1/measures", body), 201);
    }

    private static ObjectNode evidence(String note) {
        return ListFixtures.JSON.createObjectNode().put("evidenceNote", note);
    }

    @Test
    void aLeaderSetsAMeasureAndEditsItWithTheVersionRead() throws Exception {
        String title = ListFixtures.unique("燃气安全管理制度");
        MvcResult created = api.send(LEADER, "/api/v1/measures", api.measure(title));
        JsonNode m = ok(created, 201);
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/measures/" + m.get("id").asLong());
        assertThat(m.get("areaCode").asString()).as("the leader's jurisdiction by default").isEqualTo("522601002");
        assertThat(m.get("kindName").asString()).isEqualTo("制度");
        assertThat(m.get("ownerDepartmentName").asString()).isEqualTo("大十字街道办事处");
        assertThat(m.get("status").asString()).isEqualTo("planned");
        assertThat(m.get("overdue").asBoolean()).isFalse();
        String path = "/api/v1/measures/" + m.get("id").asLong();
        assertThat(api.read(OFFICE_STAFF, path).getResponse().getHeader("ETag")).isEqualTo("\"1\"");

        ObjectNode edit = api.measure(title + "（修订）").put("status", "in_progress").put("kind", "mechanism");
        assertThat(api.put(LEADER, path, edit, null).getResponse().getStatus()).isEqualTo(428);
        JsonNode saved = ok(api.put(LEADER, path, edit, "\"1\""), 200);
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        assertThat(saved.get("title").asString()).isEqualTo(title + "（修订）");
        assertThat(saved.get("statusName").asString()).isEqualTo("推进中");
        assertThat(api.put(LEADER, path, edit, "\"1\"").getResponse().getStatus()).as("a stale version").isEqualTo(412);
        // the owner unit's staff edit it too; the audit trail has each change
        ok(api.put(OFFICE_STAFF, path, edit.put("notes", "责任单位补充"), "\"2\""), 200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'institutional_measure' AND target_id = ?",
                Long.class, m.get("id").asString())).isEqualTo(3);
    }

    @Test
    void theOwnerUnitCompletesAMeasureOnceAndItStaysDone() throws Exception {
        long id = create(LEADER, api.measure(ListFixtures.unique("隐患排查治理机制")).put("kind", "mechanism")).get("id").asLong();
        String path = "/api/v1/measures/" + id;
        MvcResult blank = api.send(OFFICE_STAFF, path + "/complete", evidence(" "));
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(ListFixtures.body(blank).get("errors").get(0).get("field").asString()).isEqualTo("evidenceNote");
        assertThat(api.send("demo-leader", path + "/complete", evidence("代为完成")).getResponse().getStatus())
                .as("neither the owner unit's nor the creator").isEqualTo(403);

        JsonNode done = ok(api.send(OFFICE_STAFF, path + "/complete", evidence("已印发《隐患排查治理办法》（大办发〔2026〕3号）")), 200);
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("statusName").asString()).isEqualTo("已完成");
        assertThat(done.get("doneAt").isNull()).isFalse();
        assertThat(done.get("evidenceNote").asString()).contains("大办发");
        assertThat(api.send(LEADER, path + "/complete", evidence("再次完成")).getResponse().getStatus()).isEqualTo(409);

        JsonNode edited = ok(api.put(LEADER, path, api.measure("隐患排查治理机制（修订）").put("status", "planned"), "\"2\""), 200);
        assertThat(edited.get("status").asString()).as("a completed measure stays done").isEqualTo("done");
        assertThat(edited.get("evidenceNote").asString()).contains("大办发");

        // the creator completes their own even when another unit answers for it
        ObjectNode forEmergency = api.measure(ListFixtures.unique("应急演练")).put("kind", "training")
                .put("ownerDepartmentId", api.departmentId("EMERGENCY"));
        long other = create("demo-leader", forEmergency).get("id").asLong();
        ok(api.send("demo-leader", "/api/v1/measures/" + other + "/complete", evidence("已组织演练，签到 42 人")), 200);
    }

    @Test
    void onlyLeadersAndDepartmentStaffWriteAndOnlyWithinTheirReach() throws Exception {
        assertThat(api.send("demo-dispatcher", "/api/v1/measures", api.measure("指挥员建立")).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.send("demo-gridworker", "/api/v1/measures", api.measure("网格员建立")).getResponse().getStatus()).isEqualTo(403);
        MvcResult foreign = api.send("t522601003-leader", "/api/v1/measures", api.measure("他镇街建立").put("area", "522601002"));
        assertThat(foreign.getResponse().getStatus()).isEqualTo(400);
        assertThat(ListFixtures.body(foreign).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("area", "ownerDepartmentId");

        // a department's staff set measures for their own unit, which is the default
        ObjectNode own = ListFixtures.JSON.createObjectNode().put("title", ListFixtures.unique("危化品企业培训")).put("kind", "training")
                .put("dueDate", ListFixtures.today().plusDays(30).toString());
        JsonNode emergency = create("demo-inspector", own);
        assertThat(emergency.get("ownerDepartmentName").asString()).isEqualTo("市应急管理局");
        MvcResult otherUnit = api.send("demo-inspector", "/api/v1/measures", api.measure("为别的单位建立"));
        assertThat(ListFixtures.body(otherUnit).get("errors").get(0).get("field").asString()).isEqualTo("ownerDepartmentId");

        long id = create(LEADER, api.measure(ListFixtures.unique("值班值守制度"))).get("id").asLong();
        String path = "/api/v1/measures/" + id;
        assertThat(api.read("t522601003-leader", path).getResponse().getStatus()).as("another 镇街").isEqualTo(404);
        assertThat(api.read("demo-inspector", path).getResponse().getStatus()).as("another unit's staff").isEqualTo(404);
        assertThat(api.read("demo-dispatcher", path).getResponse().getStatus()).as("the 镇街's staff read it").isEqualTo(200);
        assertThat(api.put("demo-dispatcher", path, api.measure("改"), "\"1\"").getResponse().getStatus()).isEqualTo(403);
        assertThat(api.send("demo-dispatcher", path + "/complete", evidence("完成")).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.send("demo-sysadmin", "/api/v1/measures", api.measure("管理员")).getResponse().getStatus()).isIn(401, 403);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM institutional_measure WHERE title = ''", Long.class);
        ObjectNode bad = ListFixtures.JSON.createObjectNode().put("title", "").put("kind", "poster").put("area", "52ab")
                .put("ownerDepartmentId", "x").put("campaignId", 999_999_999L).put("dueDate", "2026-13-01").put("status", "done").put("colour", 1);
        MvcResult r = api.send(LEADER, "/api/v1/measures", bad);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(ListFixtures.body(r).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("colour");
        bad.remove("colour");
        JsonNode errors = ListFixtures.body(api.send(LEADER, "/api/v1/measures", bad)).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("title", "kind", "area", "ownerDepartmentId", "campaignId", "dueDate", "status");
        assertThat(errors.valueStream().map(e -> e.get("detail").asString())).allMatch(d -> !d.isBlank());
        assertThat(api.send(LEADER, "/api/v1/measures", ListFixtures.JSON.createArrayNode()).getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM institutional_measure WHERE title = ''", Long.class)).isEqualTo(before);
        MvcResult list = api.read(LEADER, "/api/v1/measures?status=late&area=x");
        assertThat(ListFixtures.body(list).get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("status", "area");
    }

    @Test
    void aMeasureNotDoneAfterItsDueDateIsOverdue() throws Exception {
        long late = create(LEADER, api.measure(ListFixtures.unique("逾期措施")).put("dueDate", ListFixtures.today().minusDays(1).toString()))
                .get("id").asLong();
        long dueToday = create(LEADER, api.measure(ListFixtures.unique("今日到期")).put("dueDate", ListFixtures.today().toString()))
                .get("id").asLong();
        JsonNode m = api.json(LEADER, "/api/v1/measures/" + late);
        assertThat(m.get("overdue").asBoolean()).isTrue();
        assertThat(m.get("statusName").asString()).isEqualTo("已逾期");
        assertThat(api.json(LEADER, "/api/v1/measures/" + dueToday).get("overdue").asBoolean()).as("due today: not yet").isFalse();
        List<Long> overdue = ids(api.json(LEADER, "/api/v1/measures?size=500&status=overdue"));
        assertThat(overdue).contains(late).doesNotContain(dueToday);
        assertThat(ids(api.json(LEADER, "/api/v1/measures?size=500&overdue=true"))).isEqualTo(overdue);
        assertThat(ids(api.json(LEADER, "/api/v1/measures?size=500&overdue=false"))).contains(dueToday).doesNotContain(late);

        ok(api.send(OFFICE_STAFF, "/api/v1/measures/" + late + "/complete", evidence("已补办")), 200);
        assertThat(api.json(LEADER, "/api/v1/measures/" + late).get("overdue").asBoolean()).as("done late is done").isFalse();
    }

    @Test
    void theOwnerUnitIsRemindedBeforeTheDueDateAndWhenOverdueOnceEach() throws Exception {
        long soon = create(LEADER, api.measure(ListFixtures.unique("即将到期措施")).put("dueDate", ListFixtures.today().plusDays(2).toString()))
                .get("id").asLong();
        long late = create(LEADER, api.measure(ListFixtures.unique("已逾期措施")).put("dueDate", ListFixtures.today().minusDays(1).toString()))
                .get("id").asLong();
        long later = create(LEADER, api.measure(ListFixtures.unique("远期措施")).put("dueDate", ListFixtures.today().plusDays(20).toString()))
                .get("id").asLong();
        long done = create(LEADER, api.measure(ListFixtures.unique("已完成措施")).put("dueDate", ListFixtures.today().plusDays(1).toString()))
                .get("id").asLong();
        ok(api.send(OFFICE_STAFF, "/api/v1/measures/" + done + "/complete", evidence("已完成")), 200);
        long staff = jdbc.queryForObject("""
                SELECT count(*) FROM staff WHERE department_id = (SELECT id FROM department WHERE code = 'OFFICE-522601002') AND enabled
                """, Long.class);

        reminders.remind(ListFixtures.today());
        reminders.remind(ListFixtures.today());
        assertThat(notices("measure:" + soon + ":remind:%")).isEqualTo(staff).isGreaterThanOrEqualTo(2);
        assertThat(notices("measure:" + late + ":overdue:%")).isEqualTo(staff);
        assertThat(notices("measure:" + later + ":%")).isZero();
        assertThat(notices("measure:" + done + ":%")).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM notice n JOIN staff s ON s.id = n.staff_id WHERE s.username = ? AND n.dedup_key LIKE ?
                  AND n.kind = 'measure.remind' AND n.link = ?
                """, Long.class, OFFICE_STAFF, "measure:" + soon + ":remind:%", "/measures/" + soon)).isEqualTo(1);
    }

    @Test
    void theExportHoldsTheListsRows() throws Exception {
        create(LEADER, api.measure(ListFixtures.unique("导出措施")));
        long office = api.departmentId("OFFICE-522601002");
        String query = "department=" + office + "&status=planned";
        List<JsonNode> items = api.json(LEADER, "/api/v1/measures?size=500&" + query).get("items").valueStream().toList();
        List<Row> sheet = api.sheet(LEADER, "/api/v1/measures/export.xlsx?" + query);
        assertThat(sheet.get(0).getCellText(0)).isEqualTo("措施名称");
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.getCellText(0)).toList())
                .isEqualTo(items.stream().map(m -> m.get("title").asString()).toList());
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.getCellText(3)).distinct().toList()).containsExactly("大十字街道办事处");
    }

    private long notices(String keyPattern) {
        return jdbc.queryForObject("SELECT count(*) FROM notice WHERE dedup_key LIKE ?", Long.class, keyPattern);
    }

    private static List<Long> ids(JsonNode list) {
        return list.get("items").valueStream().map(m -> m.get("id").asLong()).toList();
    }
}
