package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.GRID;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.body;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.enterprise;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.registry.codes.CreditCode;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The enterprise registry through its API: registration, checks, edits with versions, history and who may do what. */
@IntegrationTest
class EnterpriseApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    EnterpriseFixtures api;

    @BeforeEach
    void setUp() {
        api = new EnterpriseFixtures(mvc);
    }

    @Test
    void aDispatcherRegistersAnEnterpriseOfTheirAreaAndReadsItBackWithItsNames() throws Exception {
        String code = newCode();
        JsonNode e = api.created("demo-dispatcher", enterprise(code, "凯里市测试化工有限公司"));
        assertThat(e.get("id").asLong()).isPositive();
        assertThat(e.get("uscc").asString()).isEqualTo(code);
        assertThat(e.get("gridCode").asString()).isEqualTo(GRID);
        assertThat(e.get("townName").asString()).isEqualTo("大十字街道");
        assertThat(e.get("gridName").asString()).isNotBlank();
        assertThat(e.get("sectors").get(0).get("name").asString()).isEqualTo("危险化学品");
        assertThat(e.get("riskLevelLabel").asString()).isEqualTo("橙色");
        assertThat(e.get("status").asString()).isEqualTo("active");
        assertThat(e.get("union").get("members").asInt()).isEqualTo(35);
        assertThat(e.get("union").get("engagementLabel").asString()).isEqualTo("积极主动型");
        assertThat(e.get("warnings")).isEmpty();
        JsonNode read = api.json("demo-dispatcher", "/api/v1/enterprises/" + e.get("id").asLong());
        assertThat(read.get("name").asString()).isEqualTo("凯里市测试化工有限公司");
        JsonNode found = api.json("demo-dispatcher", "/api/v1/enterprises?q=" + code);
        assertThat(found.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheOneExpectedAndNothingIsWritten() throws Exception {
        String code = newCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        String bad = code.substring(0, 17) + wrong;
        MvcResult r = api.create("demo-dispatcher", enterprise(bad, "校验位错误的企业"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(r);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("uscc");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("USCC_CHECK_CHARACTER");
        assertThat(problem.get("detail").asString()).contains("应为“" + code.charAt(17) + "”");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE name = '校验位错误的企业'", Long.class)).isZero();
    }

    @Test
    void anOldStyleOrganisationCodeIsAcceptedWithAWarning() throws Exception {
        String good = newCode();
        char organisationCheck = good.charAt(16);
        String first17 = good.substring(0, 16) + (organisationCheck == '0' ? '1' : '0');
        String old = CreditCode.check(first17 + "0").problem().isEmpty() ? first17 + "0" : fixCheck(first17);
        JsonNode e = api.created("demo-dispatcher", enterprise(old, "早期赋码企业"));
        assertThat(e.get("warnings").get(0).asString()).contains("组织机构代码");
    }

    /** The code with the GB 32100 check character that the refusal names. */
    private static String fixCheck(String first17) {
        String detail = CreditCode.check(first17 + "0").problem().orElseThrow().reason();
        char expected = detail.charAt(detail.indexOf("应为“") + 3);
        return first17 + expected;
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        ObjectNode e = enterprise(newCode(), "");
        e.put("gridCode", "522601003001001").put("riskLevel", "purple").put("employees", -1);
        e.putArray("sectors").add("no_such_sector");
        e.put("status", "lost_contact");
        MvcResult r = api.create("demo-dispatcher", e);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").valueStream().map(p -> p.get("field").asString()))
                .contains("name", "gridCode", "riskLevel", "employees", "sectors", "statusReason");
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflictNamingTheFirst() throws Exception {
        String code = newCode();
        JsonNode first = api.created("demo-dispatcher", enterprise(code, "重复登记企业"));
        MvcResult again = api.create("demo-dispatcher", enterprise(code, "重复登记企业"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("USCC_TAKEN");
        assertThat(body(again).get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE uscc = ?", Long.class, code)).isEqualTo(1);
    }

    @Test
    void anEditNeedsTheVersionReadAndLeavesItsHistory() throws Exception {
        JsonNode e = api.created("demo-dispatcher", enterprise(newCode(), "历史记录企业"));
        long id = e.get("id").asLong();
        ObjectNode edit = enterprise(e.get("uscc").asString(), "历史记录企业");
        edit.put("status", "lost_contact").put("statusReason", "多次上门无人，电话停机").put("riskLevel", "red");
        assertThat(api.update("demo-dispatcher", id, null, edit).getResponse().getStatus()).isEqualTo(428);
        MvcResult ok = api.update("demo-dispatcher", id, "\"1\"", edit);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(ok).get("statusLabel").asString()).isEqualTo("失联");
        assertThat(body(ok).get("statusSince").asString()).isNotBlank();
        MvcResult stale = api.update("demo-dispatcher", id, "\"1\"", enterprise(e.get("uscc").asString(), "另一个名字"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(api.json("demo-dispatcher", "/api/v1/enterprises/" + id).get("name").asString()).isEqualTo("历史记录企业");

        JsonNode history = api.json("demo-dispatcher", "/api/v1/enterprises/" + id + "/history").get("items");
        assertThat(history).hasSize(2);
        JsonNode latest = history.get(0);
        assertThat(latest.get("action").asString()).isEqualTo("updated");
        assertThat(latest.get("actorName").asString()).isNotBlank();
        assertThat(latest.get("changes").valueStream().map(c -> c.get("label").asString() + ":" + c.get("from").asString() + "→" + c.get("to").asString()))
                .contains("风险等级:橙色→红色", "经营状态:正常→失联");
        assertThat(history.get(1).get("action").asString()).isEqualTo("created");
    }

    @Test
    void departmentStaffSeeAndWriteOnlyTheSectorsTheirDepartmentRegulates() throws Exception {
        JsonNode chemical = api.created("demo-inspector", enterprise(newCode(), "应急局登记的化工企业"));
        ObjectNode school = enterprise(newCode(), "一所学校");
        school.putArray("sectors").add("education");
        JsonNode education = api.created("demo-dispatcher", school);
        assertThat(api.read("demo-inspector", "/api/v1/enterprises/" + education.get("id").asLong()).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.read("demo-inspector", "/api/v1/enterprises/" + chemical.get("id").asLong()).getResponse().getStatus()).isEqualTo(200);
        ObjectNode another = enterprise(newCode(), "不归应急局管的企业");
        another.putArray("sectors").add("education");
        MvcResult refused = api.create("demo-inspector", another);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").get(0).get("code").asString()).isEqualTo("SECTOR_OUT_OF_REACH");
    }

    @Test
    void aDispatcherCannotPlaceAnEnterpriseOutsideTheirTownAndAGridWorkerOnlyReads() throws Exception {
        ObjectNode elsewhere = enterprise(newCode(), "外镇企业");
        elsewhere.put("gridCode", jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE '522601003%'", String.class));
        MvcResult r = api.create("demo-dispatcher", elsewhere);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_GRID");
        assertThat(api.create("demo-gridworker", enterprise(newCode(), "网格员登记的企业")).getResponse().getStatus()).isEqualTo(403);
        JsonNode mine = api.created("demo-dispatcher", enterprise(newCode(), "网格内的企业"));
        assertThat(api.json("demo-gridworker", "/api/v1/enterprises/" + mine.get("id").asLong()).get("name").asString()).isEqualTo("网格内的企业");
    }

    @Test
    void aLocationPlacesTheEnterpriseInItsGridAndZone() throws Exception {
        String grid = jdbc.queryForObject("""
                SELECT min(a.code) FROM area a JOIN overlay_member m ON a.code LIKE m.area_code || '%'
                WHERE m.overlay_code = 'LUBI-EDZ' AND a.level = 'grid'""", String.class);
        JsonNode centre = api.json("demo-leader", "/api/v1/areas/" + grid);
        ObjectNode e = enterprise(newCode(), "炉碧园区企业");
        e.remove("gridCode");
        e.putObject("location").put("lat", centre.get("lat").asDouble()).put("lng", centre.get("lng").asDouble());
        e.putArray("sectors").add("industry_trade");
        e.put("nonPublic", false).putObject("union").put("founded", false); // leaves the zone's seed figures as the demo has them
        JsonNode saved = api.created("demo-inspector", e);
        assertThat(saved.get("gridCode").asString()).startsWith(grid.substring(0, 9));
        assertThat(saved.get("zoneName").asString()).isEqualTo("炉碧经济开发区");
    }
}
