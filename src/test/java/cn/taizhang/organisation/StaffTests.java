package cn.taizhang.organisation;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StaffTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;


    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aDispatcherSeesOnlyTheStaffOfTheirStreetWithPhonesMasked() throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/staff").param("size", "500").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("total").asLong()).isGreaterThan(10);
        for (JsonNode member : page.get("items")) {
            assertThat(member.get("jurisdictionCode").asString()).startsWith("522601002");
            assertThat(member.get("phone").asString()).matches("1\\d{2}\\*{4}\\d{4}");
        }
    }

    @Test
    void departmentStaffSeeTheirOwnDepartmentOnly() throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/staff").param("size", "500").with(as(mvc, "demo-handler")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.get("total").asLong()).isPositive();
        for (JsonNode member : page.get("items")) {
            assertThat(member.get("departmentName").asString()).isEqualTo("市应急管理局");
        }
    }

    @Test
    void aStaffMemberOutsideTheJurisdictionDoesNotExist() throws Exception {
        long westGateWorker = jdbc.queryForObject("SELECT id FROM staff WHERE jurisdiction_code LIKE '522601003%' LIMIT 1", Long.class);
        mvc.perform(get("/api/v1/staff/" + westGateWorker).with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/v1/staff/" + westGateWorker).with(as(mvc, "demo-leader"))).andExpect(status().isOk());
    }

    @Test
    void seeingAPhoneInFullIsAllowedToDispatchersAndAudited() throws Exception {
        long worker = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-gridworker'", Long.class);
        String masked = jdbc.queryForObject("SELECT phone_masked FROM staff WHERE id = ?", String.class, worker);
        String plain = json.readTree(mvc.perform(get("/api/v1/staff/" + worker + "/phone").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("phone").asString();

        assertThat(plain).matches("1\\d{10}").startsWith(masked.substring(0, 3)).endsWith(masked.substring(7));
        assertThat(jdbc.queryForObject("SELECT phone_encrypted FROM staff WHERE id = ?", String.class, worker)).doesNotContain(plain);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PERSONAL_DATA_VIEWED' "
                + "AND actor_username = 'demo-dispatcher' AND target_id = ?", Long.class, Long.toString(worker))).isEqualTo(1);

        mvc.perform(get("/api/v1/staff/" + worker + "/phone").with(as(mvc, "demo-gridworker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void noAccountHoldsTwoAdministratorRoles() throws Exception {
        // administrator roles are not granted through the API at all (AccountAdministrationTests; the command line's refusal
        // of a second one: AdminCommandTests)
        String body = """
                {"username":"two-hats","name":"张三","phone":"13800001111","roles":["SYSADMIN","AUDITOR"],
                 "jurisdictionCode":"522601","password":"Kaili@2026x"}""";
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(body).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ADMIN_ROLE_NOT_GRANTABLE"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff WHERE username = 'two-hats'", Long.class)).isZero();

        // the database refuses it
        long auditor = jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-auditor'", Long.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.update("INSERT INTO staff_role (staff_id, role) VALUES (?, 'SYSADMIN')", auditor))
                .hasMessageContaining("staff_single_administrator_role");
    }

    @Test
    void theSecurityAdministratorCreatesAccountsAndEveryBadFieldIsNamed() throws Exception {
        String bad = """
                {"username":"x","name":"","phone":"12345","roles":[],"jurisdictionCode":"522601","password":"short"}""";
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(bad).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5));

        String good = """
                {"username":"new-dispatcher","name":"李四","phone":"13912345678","roles":["DISPATCHER"],
                 "jurisdictionCode":"522601003","password":"Kaili@2026"}""";
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(good).with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(good).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("139****5678"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(good).with(as(mvc, "demo-secadmin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("USERNAME_TAKEN"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'CHANGE' AND path = '/api/v1/staff' "
                + "AND actor_username = 'demo-secadmin' AND status IS NULL AND after_ref IS NOT NULL AND target_id = ?", Long.class,
                JsonMapper.shared().readTree(created).get("id").asString()))
                .as("one row committed with the account (other tests create accounts too)").isEqualTo(1);
    }

    @Test
    void theStaffPageListsOnlyTheDispatchersStreet() throws Exception {
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("demo-dispatcher").password(cn.taizhang.support.DemoUsers.PASSWORD)).andReturn().getRequest().getSession();
        long inStreet = jdbc.queryForObject("SELECT count(*) FROM staff WHERE jurisdiction_code LIKE '522601002%'", Long.class);
        String page = mvc.perform(get("/staff").session((org.springframework.mock.web.MockHttpSession) session).accept("text/html"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"staff-total\">" + inStreet + "<").contains("大十字街道").doesNotContain("西门街道");
        assertThat(page).doesNotContainPattern("1\\d{10}");
    }

    @Test
    void theStaffListExportsToExcelWithChineseHeaders() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/staff/export.xlsx").with(as(mvc, "demo-dispatcher")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long visible = json.readTree(mvc.perform(get("/api/v1/staff").with(as(mvc, "demo-dispatcher")))
                .andReturn().getResponse().getContentAsString()).get("total").asLong();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
            assertThat(rows).hasSize((int) visible + 1);
            assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellText(4)).startsWith("522601002"));
        }
    }
}
