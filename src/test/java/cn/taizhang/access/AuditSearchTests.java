package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 审计管理员 searches the audit trail by date, user, action, object and source address; Beijing time, Chinese labels, exports audited. */
@IntegrationTest
class AuditSearchTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String username;
    long id;
    String address;

    /** An account of the test's own, signed in once and refused once from an address of its own. */
    @BeforeEach
    void trail() throws Exception {
        username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        address = "10.18." + ADDRESSES.incrementAndGet() + "." + (int) (Math.random() * 250 + 1);
        String created = mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).with(as(mvc, "demo-secadmin"))
                        .content(JSON.writeValueAsString(Map.of("username", username, "name", "测试", "phone", "13800000000",
                                "roles", List.of("GRID_WORKER"), "jurisdictionCode", "522601002", "password", "Xq7#mlp2Rt"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = JSON.readTree(created).get("id").asLong();
        for (String password : List.of("Wrong#Pass1", "Xq7#mlp2Rt")) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))
                    .with(r -> { r.setRemoteAddr(address); return r; }));
        }
    }

    private JsonNode search(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/audit?" + query).with(as(mvc, "demo-auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> actions(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("action").asString()).toList();
    }

    private String beijing(String action) {
        OffsetDateTime at = jdbc.queryForObject("SELECT at FROM audit_event WHERE actor_username = ? AND action = ?", OffsetDateTime.class,
                username, action);
        return at.atZoneSameInstant(BEIJING).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    @Test
    void theApiFiltersByUserActionObjectAddressAndDateInBeijingTime() throws Exception {
        assertThat(actions(search("user=" + username.toUpperCase()))).containsExactly("SIGN_IN", "SIGN_IN_FAILED");
        JsonNode signIn = search("user=" + username + "&action=SIGN_IN");
        assertThat(signIn.get("total").asLong()).isEqualTo(1);
        assertThat(signIn.get("items").get(0).get("sourceAddress").asString()).isEqualTo(address);
        assertThat(signIn.get("items").get(0).get("at").asString()).endsWith("+08:00");

        assertThat(actions(search("source=" + address))).containsExactly("SIGN_IN", "SIGN_IN_FAILED");
        JsonNode created = search("targetType=staff&targetId=" + id);
        assertThat(created.get("items").valueStream().map(i -> i.get("actorUsername").asString()).toList()).contains("demo-secadmin");
        assertThat(created.get("items").valueStream().allMatch(i -> i.get("targetId").asString().equals(Long.toString(id)))).isTrue();

        LocalDate today = LocalDate.now(BEIJING);
        assertThat(search("user=" + username + "&from=" + today + "&to=" + today).get("total").asLong()).isEqualTo(2);
        assertThat(search("user=" + username + "&from=" + today.plusDays(1)).get("total").asLong()).isZero();
        assertThat(search("user=" + username + "&to=" + today.minusDays(1)).get("total").asLong()).isZero();
        mvc.perform(get("/api/v1/audit").param("from", today.toString()).param("to", today.minusDays(1).toString()).with(as(mvc, "demo-auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(as(mvc, "demo-auditor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void thePageShowsBeijingTimeAndEveryCodeInChinese() throws Exception {
        MockHttpSession auditor = DemoUsers.webSession(mvc, "demo-auditor"); // the password and the second factor
        String page = mvc.perform(get("/audit").param("user", username).session(auditor).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit-total\">2<");
        String table = page.substring(page.indexOf("<table id=\"audit-table\""), page.indexOf("</table>"));
        assertThat(table).contains(">登录<", ">登录失败<", ">访问令牌<", beijing("SIGN_IN"), beijing("SIGN_IN_FAILED"), address)
                .doesNotContain("SIGN_IN", ">token<");
        assertThat(page).contains("href=\"/api/v1/audit/export.xlsx?user=" + username + "\"");

        String changes = mvc.perform(get("/audit").param("targetType", "staff").param("targetId", Long.toString(id)).session(auditor)
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString();
        assertThat(changes.substring(changes.indexOf("<table id=\"audit-table\""))).contains(">数据变更<", ">已提交<", "人员账号 " + id);
    }

    @Test
    void theExportHasTheSameFiltersBeijingTimeAndChineseLabelsAndIsItselfAudited() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/audit/export.xlsx").param("user", username).with(as(mvc, "demo-auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("时间");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("登录");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(beijing("SIGN_IN"));
            assertThat(rows.get(1).getCellText(12)).isEqualTo("访问令牌");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("登录失败");
        }
        assertThat(jdbc.queryForMap("SELECT actor_username, target_type, detail FROM audit_event WHERE action = 'AUDIT_EXPORTED' "
                + "AND detail LIKE ?", "%" + username + "%"))
                .containsEntry("actor_username", "demo-auditor").containsEntry("target_type", "audit")
                .containsEntry("detail", "操作人含 " + username + "；共 2 条");
        mvc.perform(get("/api/v1/audit/export.xlsx").with(as(mvc, "demo-secadmin"))).andExpect(status().isForbidden());
    }
}
