package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.OTHER_TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.body;
import static cn.taizhang.registry.project.ProjectFixtures.newCode;
import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The project registry through its API: registration, checks, edits with versions, history, progress notes, who may
 * write and who sees what, and the roll-up per year, kind and status with its sentence.
 */
@IntegrationTest
class ProjectApiTests {

    /** The first grid of 市府社区, 大十字街道. */
    static final String GRID = "522601002002001";
    static final String VILLAGE = "522601002002";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    @Test
    void aDispatcherRegistersAProjectOfTheirTownAndReadsItBackWithItsNames() throws Exception {
        String name = newName("营盘路背街小巷改造");
        MvcResult r = api.create("demo-dispatcher", project(name));
        JsonNode p = ProjectFixtures.ok(r, 201);
        long id = p.get("id").asLong();
        assertThat(r.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/projects/" + id);
        assertThat(p.get("kindName").asString()).isEqualTo("背街小巷改造");
        assertThat(p.get("areaCode").asString()).isEqualTo(TOWN);
        assertThat(p.get("areaLevel").asString()).isEqualTo("town");
        assertThat(p.get("areaName").asString()).isEqualTo("大十字街道");
        assertThat(p.get("townName").asString()).isEqualTo("大十字街道");
        assertThat(p.get("statusLabel").asString()).isEqualTo("计划");
        assertThat(p.get("investment").decimalValue()).isEqualByComparingTo("1643.5");
        assertThat(p.get("lengthM").decimalValue()).isEqualByComparingTo("350.5");
        assertThat(p.get("households").asInt()).isEqualTo(120);

        MvcResult read = api.read("demo-dispatcher", "/api/v1/projects/" + id);
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(read).get("name").asString()).isEqualTo(name);
        assertThat(api.json("demo-leader", "/api/v1/projects?q=" + name + "&kind=back_alley&year=2030&status=planned&area=" + TOWN)
                .get("total").asLong()).isEqualTo(1);
        assertThat(api.json("demo-leader", "/api/v1/projects?q=" + name + "&status=计划").get("total").asLong()).isEqualTo(1);
        assertThat(api.json("demo-leader", "/api/v1/projects?q=" + name + "&status=completed").get("total").asLong()).isZero();
        assertThat(api.json("demo-leader", "/api/v1/projects?q=" + name + "&kind=road").get("total").asLong()).isZero();
        for (String sort : new String[] {"name", "-kind", "area", "year", "-updatedAt"}) {
            assertThat(api.json("demo-leader", "/api/v1/projects?q=" + name + "&sort=" + sort).get("total").asLong()).as(sort).isEqualTo(1);
        }
        MvcResult badQuery = api.read("demo-leader", "/api/v1/projects?kind=no_such_kind&status=done&year=1800&area=52");
        assertThat(badQuery.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badQuery).get("errors").valueStream().map(e -> e.get("field").asString())).contains("kind", "status", "year", "area");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsWritten() throws Exception {
        ObjectNode p = project("");
        p.put("kind", "no_such_kind").put("areaCode", OTHER_TOWN).put("year", 1999).put("status", "done").put("households", -1)
                .put("beneficiaries", 1.5).put("lengthM", "很长").put("investment", 1643.555).put("areaM2", -3).put("owner", "张三");
        MvcResult r = api.create("demo-dispatcher", p);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").valueStream().map(e -> e.get("field").asString())).contains("kind", "name", "areaCode", "year",
                "status", "households", "beneficiaries", "lengthM", "investment", "areaM2", "owner");
        assertThat(body(r).get("errors").valueStream().map(e -> e.get("code").asString())).contains("UNKNOWN_KIND", "UNKNOWN_AREA",
                "OUT_OF_RANGE", "UNKNOWN_FIELD");
        ObjectNode county = project(newName("全市的项目"));
        county.put("areaCode", "522601");
        MvcResult whole = api.create("demo-leader", county);
        assertThat(body(whole).get("errors").get(0).get("field").asString()).isEqualTo("areaCode");
        assertThat(body(whole).get("detail").asString()).contains("镇街", "村社区", "网格");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project WHERE name = ?", Long.class, county.get("name").asString())).isZero();
    }

    @Test
    void anEditNeedsTheVersionReadAndLeavesItsHistory() throws Exception {
        String name = newName("完工的背街小巷");
        long id = api.created("demo-dispatcher", project(name)).get("id").asLong();
        ObjectNode edit = project(name);
        edit.put("status", "completed").put("investment", 1700).put("areaCode", VILLAGE);
        assertThat(api.update("demo-dispatcher", id, null, edit).getResponse().getStatus()).isEqualTo(428);
        MvcResult ok = api.update("demo-dispatcher", id, "\"1\"", edit);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(ok).get("statusLabel").asString()).isEqualTo("完工");
        assertThat(body(ok).get("areaLevel").asString()).isEqualTo("village");
        MvcResult stale = api.update("demo-leader", id, "\"1\"", project("另一个名字"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/" + id).get("name").asString()).isEqualTo(name);

        JsonNode history = api.json("demo-dispatcher", "/api/v1/projects/" + id + "/history").get("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("updated");
        assertThat(history.get(0).get("changes").valueStream()
                .map(c -> c.get("label").asString() + ":" + c.path("from").asString("") + "→" + c.path("to").asString("")))
                .containsExactly("区域代码:" + TOWN + "→" + VILLAGE, "项目状态:计划→完工", "投资（万元）:1643.5→1700");
        assertThat(history.get(1).get("action").asString()).isEqualTo("created");
    }

    @Test
    void theDispatcherAndTheLeadersOfTheAreaWriteAndNoOneElse() throws Exception {
        long id = api.created("demo-dispatcher", project(newName("道路项目"))).get("id").asLong();
        assertThat(api.created("t" + TOWN + "-leader", project(newName("镇领导登记的项目"))).get("townName").asString()).isEqualTo("大十字街道");
        ObjectNode byLeader = project(newName("市领导登记的项目"));
        byLeader.put("areaCode", OTHER_TOWN);
        assertThat(api.created("demo-leader", byLeader).get("areaCode").asString()).isEqualTo(OTHER_TOWN);
        ObjectNode edit = project(newName("市领导改过的项目"));
        assertThat(api.update("demo-leader", id, "\"1\"", edit).getResponse().getStatus()).isEqualTo(200);

        String otherDispatcher = "t" + OTHER_TOWN + "-dispatcher-1";
        MvcResult outside = api.create(otherDispatcher, project(newName("外镇指挥员登记的项目")));
        assertThat(outside.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(outside).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_AREA");
        assertThat(api.update(otherDispatcher, id, "\"2\"", project("改名")).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.update("t" + OTHER_TOWN + "-leader", id, "\"2\"", project("改名")).getResponse().getStatus()).isEqualTo(404);

        for (String reader : new String[] {"demo-gridworker", "demo-inspector", "t" + TOWN + "-safety-1", "emergency-leader"}) {
            MvcResult refused = api.create(reader, project(newName("无权登记的项目")));
            assertThat(refused.getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(body(refused).get("detail").asString()).contains("指挥员", "领导");
            assertThat(api.update(reader, id, "\"2\"", project("改名")).getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(api.addProgress(reader, id, progress(LocalDate.now().minusDays(1), "无权填写")).getResponse().getStatus())
                    .as(reader).isEqualTo(403);
        }
        assertThat(api.status("demo-inspector", "/api/v1/projects/" + id)).isEqualTo(200);
    }

    @Test
    void aTownsStaffDoNotSeeAnotherTownsProjects() throws Exception {
        String name = newName("西门街道的健身点");
        ObjectNode p = project(name);
        p.put("kind", "fitness_point").put("areaCode", OTHER_TOWN);
        long id = api.created("t" + OTHER_TOWN + "-dispatcher-1", p).get("id").asLong();
        for (String outsider : new String[] {"demo-dispatcher", "t" + TOWN + "-leader", "t" + TOWN + "-safety-1"}) {
            assertThat(api.status(outsider, "/api/v1/projects/" + id)).as(outsider).isEqualTo(404);
            assertThat(api.status(outsider, "/api/v1/projects/" + id + "/history")).as(outsider).isEqualTo(404);
            assertThat(api.status(outsider, "/api/v1/projects/" + id + "/progress")).as(outsider).isEqualTo(404);
            assertThat(api.json(outsider, "/api/v1/projects?q=" + name).get("total").asLong()).as(outsider).isZero();
        }
        for (String insider : new String[] {"t" + OTHER_TOWN + "-safety-1", "demo-inspector", "demo-leader"}) {
            assertThat(api.json(insider, "/api/v1/projects?q=" + name).get("total").asLong()).as(insider).isEqualTo(1);
        }
    }

    @Test
    void progressNotesAreDatedAndReadLatestFirst() throws Exception {
        long id = api.created("demo-dispatcher", project(newName("有进展的项目"))).get("id").asLong();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        MvcResult first = api.addProgress("demo-dispatcher", id, progress(today.minusDays(10), "完成管网改造"));
        JsonNode note = ProjectFixtures.ok(first, 201);
        assertThat(note.get("date").asString()).isEqualTo(today.minusDays(10).toString());
        assertThat(note.get("authorName").asString()).isNotBlank();
        ProjectFixtures.ok(api.addProgress("demo-leader", id, progress(today, "路面硬化完成")), 201);
        MvcResult future = api.addProgress("demo-dispatcher", id, progress(today.plusDays(2), "提前写的进展"));
        assertThat(future.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(future).get("errors").get(0).get("code").asString()).isEqualTo("IN_FUTURE");
        MvcResult empty = api.addProgress("demo-dispatcher", id, ProjectFixtures.JSON.createObjectNode().put("date", "2026-13-01"));
        assertThat(body(empty).get("errors").valueStream().map(e -> e.get("field").asString())).contains("date", "text");
        assertThat(api.addProgress("t" + OTHER_TOWN + "-dispatcher-1", id, progress(today, "外镇")).getResponse().getStatus()).isEqualTo(404);

        JsonNode notes = api.json("t" + TOWN + "-safety-1", "/api/v1/projects/" + id + "/progress");
        assertThat(notes.get("total").asInt()).isEqualTo(2);
        assertThat(notes.get("items").get(0).get("text").asString()).isEqualTo("路面硬化完成");
        assertThat(notes.get("items").get(1).get("text").asString()).isEqualTo("完成管网改造");
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/" + id).get("version").asInt()).as("a note leaves the project as it was").isEqualTo(1);
    }

    @Test
    void theRollUpAddsUpTheProjectsTheCallerSeesAndWritesTheNewspapersSentence() throws Exception {
        String code = newCode();
        String kindName = newName("测试巷道") + "改造";
        ProjectFixtures.ok(api.postKind("demo-sysadmin", ProjectFixtures.JSON.createObjectNode().put("code", code).put("name", kindName)
                .put("unit", "条").put("lengthLabel", "道路总长")), 201);
        String object = kindName.substring(0, kindName.length() - 2);

        List<JsonNode> completed = new ArrayList<>();
        completed.add(api.created("demo-dispatcher", rollUp(code, TOWN, 2031, "completed", 100, 400, "1000.25", "500.5")));
        completed.add(api.created("demo-dispatcher", rollUp(code, VILLAGE, 2031, "completed", 50, 210, "300", "143")));
        JsonNode planned = api.created("demo-dispatcher", rollUp(code, GRID, 2031, "planned", 20, null, null, "10.05"));
        api.created("demo-dispatcher", rollUp(code, TOWN, 2032, "completed", 7, 7, "7", "7"));
        api.created("t" + OTHER_TOWN + "-dispatcher-1", rollUp(code, OTHER_TOWN, 2031, "completed", 1000, 1000, "1000", "1000"));

        JsonNode items = api.json("demo-dispatcher", "/api/v1/projects/summary?year=2031&kind=" + code).get("items");
        assertThat(items).hasSize(2);
        JsonNode plannedLine = items.get(0);
        assertThat(plannedLine.get("status").asString()).isEqualTo("planned");
        assertThat(plannedLine.get("year").asInt()).isEqualTo(2031);
        assertThat(plannedLine.get("kindName").asString()).isEqualTo(kindName);
        assertThat(plannedLine.get("count").asLong()).isEqualTo(1);
        assertThat(plannedLine.get("households").asLong()).isEqualTo(planned.get("households").asLong());
        assertThat(plannedLine.get("beneficiaries").asLong()).isZero();
        assertThat(plannedLine.get("investment").decimalValue()).isEqualByComparingTo(planned.get("investment").decimalValue());
        assertThat(plannedLine.get("sentence").asString()).isEqualTo("2031年计划改造" + object + "1条，涉及20户，计划总投资约10.05万元");

        JsonNode done = items.get(1);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("count").asLong()).isEqualTo(completed.size());
        assertThat(done.get("households").asLong()).isEqualTo(completed.stream().mapToLong(p -> p.get("households").asLong()).sum());
        assertThat(done.get("beneficiaries").asLong()).isEqualTo(completed.stream().mapToLong(p -> p.get("beneficiaries").asLong()).sum());
        BigDecimal length = completed.stream().map(p -> p.get("lengthM").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal investment = completed.stream().map(p -> p.get("investment").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(done.get("lengthM").decimalValue()).isEqualByComparingTo(length);
        assertThat(done.get("investment").decimalValue()).isEqualByComparingTo(investment);
        assertThat(done.get("sentence").asString()).isEqualTo("2031年改造" + object + "2条，涉及150户，受益610人，道路总长1300.25米，总投资约643.5万元");

        // the same rows through the list
        JsonNode listed = api.json("demo-dispatcher", "/api/v1/projects?year=2031&status=completed&kind=" + code);
        assertThat(listed.get("total").asLong()).isEqualTo(done.get("count").asLong());
        // the city sees the other 镇街's project too; a 镇街 narrows it; every year without a year
        JsonNode city = api.json("demo-leader", "/api/v1/projects/summary?year=2031&status=completed&kind=" + code).get("items");
        assertThat(city).hasSize(1);
        assertThat(city.get(0).get("count").asLong()).isEqualTo(3);
        assertThat(city.get(0).get("households").asLong()).isEqualTo(1150);
        assertThat(api.json("demo-leader", "/api/v1/projects/summary?year=2031&status=completed&kind=" + code + "&area=" + OTHER_TOWN)
                .get("items").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/summary?kind=" + code).get("items").valueStream()
                .map(i -> i.get("year").asInt() + i.get("status").asString())).containsExactly("2031planned", "2031completed", "2032completed");
        assertThat(api.status("demo-dispatcher", "/api/v1/projects/summary?kind=no_such_kind")).isEqualTo(400);
    }

    @Test
    void theKindsAreACatalogueWithUnitsTheSystemAdministratorAddsTo() throws Exception {
        JsonNode kinds = api.json("demo-gridworker", "/api/v1/project-kinds").get("items");
        assertThat(kinds.valueStream().map(k -> k.get("code").asString() + ":" + k.get("name").asString() + ":" + k.get("unit").asString()))
                .startsWith("back_alley:背街小巷改造:条", "fitness_point:全民健身示范点建设:个", "resettlement_facilities:安置区配套:处",
                        "road:道路建设:条");
        assertThat(kinds.get(0).get("phrase").asString()).isEqualTo("改造背街小巷");

        String code = newCode();
        ObjectNode kind = ProjectFixtures.JSON.createObjectNode().put("code", code).put("name", newName("桥梁") + "建设").put("unit", "座");
        assertThat(api.postKind("demo-leader", kind).getResponse().getStatus()).isEqualTo(403);
        JsonNode added = ProjectFixtures.ok(api.postKind("demo-sysadmin", kind), 201);
        assertThat(added.get("phrase").asString()).isEqualTo("建设" + kind.get("name").asString().replace("建设", ""));
        assertThat(added.get("lengthLabel").asString()).isEqualTo("总长");
        MvcResult again = api.postKind("demo-sysadmin", kind);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("CODE_TAKEN");
        MvcResult bad = api.postKind("demo-sysadmin", ProjectFixtures.JSON.createObjectNode().put("code", "1x").put("name", "无单位"));
        assertThat(body(bad).get("errors").valueStream().map(e -> e.get("field").asString())).contains("code", "unit");
    }

    private static ObjectNode progress(LocalDate date, String text) {
        return ProjectFixtures.JSON.createObjectNode().put("date", date.toString()).put("text", text);
    }

    private static ObjectNode rollUp(String kind, String area, int year, String status, Integer households, Integer beneficiaries,
            String lengthM, String investment) {
        ObjectNode p = ProjectFixtures.JSON.createObjectNode();
        p.put("kind", kind).put("name", newName("汇总项目")).put("areaCode", area).put("year", year).put("status", status);
        if (households != null) {
            p.put("households", households);
        }
        if (beneficiaries != null) {
            p.put("beneficiaries", beneficiaries);
        }
        if (lengthM != null) {
            p.put("lengthM", new BigDecimal(lengthM));
        }
        if (investment != null) {
            p.put("investment", new BigDecimal(investment));
        }
        return p;
    }
}
