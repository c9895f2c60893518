package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.GRID;
import static cn.taizhang.registry.place.PlaceFixtures.body;
import static cn.taizhang.registry.place.PlaceFixtures.newName;
import static cn.taizhang.registry.place.PlaceFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The place registry through its API: registration, checks, edits with versions, history, who may write and who sees what. */
@IntegrationTest
class PlaceApiTests {

    /** 西门街道 (another 镇街 than 大十字街道), shared: tests there count only their own places. */
    static final String OTHER_TOWN = "522601003";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PlaceFixtures api;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
    }

    @Test
    void theGridWorkerRegistersAPlaceOfTheirGridAndReadsItBackWithItsNames() throws Exception {
        String name = newName("市府社区测试小学");
        MvcResult r = api.create("demo-gridworker", place(name));
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        assertThat(r.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        JsonNode p = body(r);
        long id = p.get("id").asLong();
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/places/" + id);
        assertThat(p.get("type").asString()).isEqualTo("school");
        assertThat(p.get("typeName").asString()).isEqualTo("学校");
        assertThat(p.get("gridCode").asString()).isEqualTo(GRID);
        assertThat(p.get("gridName").asString()).isNotBlank();
        assertThat(p.get("townName").asString()).isEqualTo("大十字街道");
        assertThat(p.get("responsibleUnit").asString()).isEqualTo("凯里市教育局");
        assertThat(p.get("version").asInt()).isEqualTo(1);

        MvcResult read = api.read("demo-gridworker", "/api/v1/places/" + id);
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(read).get("name").asString()).isEqualTo(name);
        assertThat(api.json("demo-dispatcher", "/api/v1/places?q=" + name).get("total").asLong()).isEqualTo(1);
        assertThat(api.json("demo-dispatcher", "/api/v1/places?q=" + name + "&type=school&area=522601002").get("items").get(0).get("id").asLong())
                .isEqualTo(id);
        assertThat(api.json("demo-dispatcher", "/api/v1/places?q=" + name + "&type=hospital").get("total").asLong()).isZero();
        assertThat(api.json("demo-dispatcher", "/api/v1/places?q=" + name + "&area=522601002009").get("total").asLong()).isZero();
        for (String sort : new String[] {"name", "-type", "area", "-updatedAt"}) {
            assertThat(api.json("demo-dispatcher", "/api/v1/places?q=" + name + "&sort=" + sort).get("total").asLong()).as(sort).isEqualTo(1);
        }
        assertThat(api.status("demo-dispatcher", "/api/v1/places?sort=address")).isEqualTo(400);
    }

    @Test
    void aLocationPlacesThePlaceInItsGrid() throws Exception {
        JsonNode centre = api.json("demo-leader", "/api/v1/areas/" + GRID);
        ObjectNode p = place(newName("定位的农贸市场"));
        p.remove("gridCode");
        p.put("type", "market");
        p.putObject("location").put("lat", centre.get("lat").asDouble()).put("lng", centre.get("lng").asDouble());
        JsonNode saved = api.created("demo-dispatcher", p);
        assertThat(saved.get("gridCode").asString()).startsWith("522601002");
        assertThat(saved.get("location").get("lat").asDouble()).isEqualTo(centre.get("lat").asDouble());
        assertThat(saved.get("typeName").asString()).isEqualTo("农贸市场");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsWritten() throws Exception {
        ObjectNode p = place("");
        p.put("type", "no_such_type").put("gridCode", otherTownGrid()).put("phone", "13800000000")
                .put("responsibleUnit", "单".repeat(201));
        p.putObject("location").put("lat", 100).put("lng", 107.98);
        MvcResult r = api.create("demo-dispatcher", p);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = body(r).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .contains("type", "name", "gridCode", "phone", "responsibleUnit", "location.lat");
        assertThat(errors.valueStream().map(e -> e.get("code").asString())).contains("UNKNOWN_TYPE", "UNKNOWN_GRID", "UNKNOWN_FIELD");
        assertThat(body(r).get("detail").asString()).contains("场所类型", "不在您的管辖范围内");
        ObjectNode missing = place(newName("没有网格的场所"));
        missing.remove("gridCode");
        MvcResult noGrid = api.create("demo-dispatcher", missing);
        assertThat(body(noGrid).get("errors").get(0).get("code").asString()).isEqualTo("REQUIRED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM place WHERE name = ?", Long.class, missing.get("name").asString())).isZero();
    }

    @Test
    void anEditNeedsTheVersionReadAndLeavesItsHistory() throws Exception {
        String name = newName("改为医院的场所");
        JsonNode p = api.created("demo-gridworker", place(name));
        long id = p.get("id").asLong();
        ObjectNode edit = place(name);
        edit.put("type", "hospital").put("responsibleUnit", "凯里市卫生健康局").remove("notes");
        assertThat(api.update("demo-gridworker", id, null, edit).getResponse().getStatus()).isEqualTo(428);
        MvcResult ok = api.update("demo-gridworker", id, "\"1\"", edit);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(ok).get("typeName").asString()).isEqualTo("医院");
        MvcResult stale = api.update("demo-dispatcher", id, "\"1\"", place("另一个名字"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(body(stale).get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(api.json("demo-dispatcher", "/api/v1/places/" + id).get("name").asString()).isEqualTo(name);

        JsonNode history = api.json("demo-dispatcher", "/api/v1/places/" + id + "/history").get("items");
        assertThat(history).hasSize(2);
        JsonNode latest = history.get(0);
        assertThat(latest.get("action").asString()).isEqualTo("updated");
        assertThat(latest.get("actorName").asString()).isNotBlank();
        assertThat(latest.get("changes").valueStream().map(c -> c.get("label").asString() + ":" + c.path("from").asString("") + "→"
                + c.path("to").asString(""))).containsExactly("场所类型:学校→医院", "责任单位:凯里市教育局→凯里市卫生健康局", "备注:节假日有值班→");
        JsonNode created = history.get(1);
        assertThat(created.get("action").asString()).isEqualTo("created");
        assertThat(created.get("changes").valueStream().map(c -> c.get("label").asString())).contains("场所类型", "场所名称", "网格代码");
    }

    @Test
    void onlyTheGridWorkerOfTheGridAndTheDispatcherOfTheAreaWrite() throws Exception {
        JsonNode p = api.created("demo-gridworker", place(newName("网格员登记的冷链仓库")));
        long id = p.get("id").asLong();
        // the grid worker of another grid of the same 社区: neither a place in this grid nor an edit of one
        String neighbour = "gw-" + jdbc.queryForObject(
                "SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE '522601002002%' AND code <> ?", String.class, GRID);
        MvcResult elsewhere = api.create(neighbour, place(newName("隔壁网格员登记的场所")));
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(elsewhere).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_GRID");
        assertThat(api.update(neighbour, id, "\"1\"", place("改名")).getResponse().getStatus()).isEqualTo(404);
        // the dispatcher of another 镇街 likewise
        String otherDispatcher = "t" + OTHER_TOWN + "-dispatcher-1";
        assertThat(body(api.create(otherDispatcher, place(newName("外镇指挥员登记的场所")))).get("errors").get(0).get("code").asString())
                .isEqualTo("UNKNOWN_GRID");
        assertThat(api.update(otherDispatcher, id, "\"1\"", place("改名")).getResponse().getStatus()).isEqualTo(404);
        // readers who are not writers: a leader, department staff
        for (String reader : new String[] {"demo-leader", "demo-inspector", "t522601002-safety-1"}) {
            MvcResult refused = api.create(reader, place(newName("无权登记的场所")));
            assertThat(refused.getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(body(refused).get("detail").asString()).contains("网格员", "指挥员");
            assertThat(api.update(reader, id, "\"1\"", place("改名")).getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(api.status(reader, "/api/v1/places/" + id)).as(reader).isEqualTo(200);
        }
        // the dispatcher of the 镇街 edits the grid worker's place
        ObjectNode edit = place(p.get("name").asString());
        edit.put("type", "cold_chain");
        assertThat(api.update("demo-dispatcher", id, "\"1\"", edit).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTownsStaffDoNotSeeAnotherTownsPlaces() throws Exception {
        String name = newName("西门街道的网吧");
        ObjectNode p = place(name);
        p.put("type", "internet_cafe").put("gridCode", otherTownGrid());
        long id = api.created("t" + OTHER_TOWN + "-dispatcher-1", p).get("id").asLong();
        for (String outsider : new String[] {"demo-dispatcher", "demo-gridworker", "t522601002-safety-1", "t522601002-leader"}) {
            assertThat(api.status(outsider, "/api/v1/places/" + id)).as(outsider).isEqualTo(404);
            assertThat(api.status(outsider, "/api/v1/places/" + id + "/history")).as(outsider).isEqualTo(404);
            assertThat(api.json(outsider, "/api/v1/places?q=" + name).get("total").asLong()).as(outsider).isZero();
            assertThat(api.json(outsider, "/api/v1/places?q=" + name + "&area=" + OTHER_TOWN).get("total").asLong()).as(outsider).isZero();
        }
        // within the jurisdiction everyone reads, department staff too (places belong to no sector)
        for (String insider : new String[] {"t" + OTHER_TOWN + "-safety-1", "demo-inspector", "demo-enforcer", "demo-leader"}) {
            assertThat(api.json(insider, "/api/v1/places?q=" + name).get("total").asLong()).as(insider).isEqualTo(1);
        }
    }

    @Test
    void theTypesAreACatalogueTheSystemAdministratorAddsTo() throws Exception {
        JsonNode types = api.json("demo-gridworker", "/api/v1/place-types");
        assertThat(types.get("items").get(0).get("code").asString()).isEqualTo("station");
        assertThat(types.get("items").get(0).get("name").asString()).isEqualTo("车站/检查站");
        assertThat(types.get("items").valueStream().map(t -> t.get("name").asString()))
                .contains("学校", "医院", "冷链仓库", "网吧", "隔离场所", "公园广场", "全民健身示范点", "党群服务中心", "农贸市场", "文体场馆", "其他");

        String code = "test_" + newName("t").replace("-", "_").toLowerCase();
        String name = newName("养老院");
        ObjectNode type = PlaceFixtures.JSON.createObjectNode().put("code", code).put("name", name);
        assertThat(api.postType("demo-dispatcher", type).getResponse().getStatus()).isEqualTo(403);
        MvcResult added = api.postType("demo-sysadmin", type);
        assertThat(added.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(added).get("name").asString()).isEqualTo(name);
        JsonNode after = api.json("demo-dispatcher", "/api/v1/place-types");
        assertThat(after.get("items").get(after.get("total").asInt() - 1).get("code").asString()).isEqualTo(code);
        MvcResult again = api.postType("demo-sysadmin", type);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("CODE_TAKEN");
        MvcResult sameName = api.postType("demo-sysadmin", PlaceFixtures.JSON.createObjectNode().put("code", code + "_2").put("name", name));
        assertThat(sameName.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(sameName).get("code").asString()).isEqualTo("NAME_TAKEN");
        MvcResult bad = api.postType("demo-sysadmin", PlaceFixtures.JSON.createObjectNode().put("code", "Bad Code").put("name", ""));
        assertThat(body(bad).get("errors").valueStream().map(e -> e.get("field").asString())).contains("code", "name");

        ObjectNode p = place(newName("新类型的场所"));
        p.put("type", code);
        assertThat(api.created("demo-gridworker", p).get("typeName").asString()).isEqualTo(name);
    }

    private String otherTownGrid() {
        return jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, OTHER_TOWN + "%");
    }
}
