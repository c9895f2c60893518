package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** The 安全管理员's pages: accounts (create, edit, disable, enable, reset, unlock) and failed sign-ins. */
@IntegrationTest
class AccountPagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password-value\">([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession secadmin;

    @BeforeEach
    void signIn() throws Exception {
        secadmin = DemoUsers.webSession(mvc, "demo-secadmin"); // the password and the second factor
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(secadmin).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    /** Posts a form and follows its redirect, as a browser does; the page that follows. */
    private String submit(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse answer = send(request);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        return page(answer.getRedirectedUrl());
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse r = send(get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    private int signInStatus(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))).andReturn().getResponse().getStatus();
    }

    private long id(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    private static String temporary(String page) {
        Matcher m = TEMPORARY.matcher(page);
        assertThat(m.find()).as("a temporary password is shown").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void anAccountMadeOnThePageShowsItsTemporaryPasswordOnceAndThatPasswordSignsIn() throws Exception {
        String username = unique("page-made");
        String list = submit("/accounts/new", "username", username, "name", "赵六", "phone", "13912345678", "roles", "DISPATCHER",
                "roles", "INSPECTOR", "jurisdictionCode", "522601002", "departmentId", "");
        String temporary = temporary(list);
        assertThat(list).contains("已新建账号 " + username, ">139****5678<", "指挥员、检查人员").doesNotContain("13912345678");
        assertThat(signInStatus(username, temporary)).isEqualTo(200);
        assertThat(page("/accounts?q=" + username)).doesNotContain("temporary-password");
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM staff WHERE username = ?", Boolean.class, username)).isTrue();
    }

    @Test
    void theFormRefusesAdministratorRolesAndNamesEveryBadField() throws Exception {
        String username = unique("page-admin");
        MockHttpServletResponse refused = send(post("/accounts/new").with(csrf()).param("username", username).param("name", "钱七")
                .param("roles", "AUDITOR").param("jurisdictionCode", "522601"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("id=\"form-problems\"", "只能由服务器操作人员在命令行授予");
        MockHttpServletResponse bad = send(post("/accounts/new").with(csrf()).param("username", "x").param("name", "")
                .param("phone", "12345").param("jurisdictionCode", "522601"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("用户名：", "姓名：不能为空", "手机号码：须为 11 位手机号码", "角色：至少要有一个角色");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff WHERE username IN (?, 'x')", Long.class, username)).isZero();
        assertThat(page("/accounts/new")).doesNotContain("value=\"SYSADMIN\"", "value=\"SECADMIN\"", "value=\"AUDITOR\"")
                .contains("value=\"GRID_WORKER\"", "name=\"_csrf\"");
    }

    @Test
    void editDisableEnableAndResetFromTheList() throws Exception {
        String username = unique("page-edit");
        String temporary = temporary(submit("/accounts/new", "username", username, "name", "孙八", "phone", "13800000000", "roles", "GRID_WORKER",
                "jurisdictionCode", "522601002"));
        long id = id(username);
        assertThat(page("/accounts/" + id)).contains("value=\"孙八\"", "value=\"522601002\"");

        String edited = submit("/accounts/" + id, "name", "孙八", "roles", "HANDLER", "jurisdictionCode", "522601002");
        assertThat(edited).contains("已保存账号 " + username, "处置人员");

        String disabled = submit("/accounts/" + id + "/disable");
        assertThat(disabled).contains("已停用账号 " + username, ">停用<");
        assertThat(signInStatus(username, temporary)).isEqualTo(401);
        assertThat(submit("/accounts/" + id + "/enable")).contains("已启用账号 " + username);
        assertThat(signInStatus(username, temporary)).isEqualTo(200);

        String reset = temporary(submit("/accounts/" + id + "/password-reset"));
        assertThat(reset).isNotEqualTo(temporary);
        assertThat(signInStatus(username, temporary)).isEqualTo(401);
        assertThat(signInStatus(username, reset)).isEqualTo(200);
    }

    @Test
    void anAdministratorsAccountIsReadOnlyOnThePages() throws Exception {
        long auditor = id("demo-auditor");
        String list = page("/accounts?q=demo-auditor");
        String row = list.substring(list.indexOf("id=\"account-" + auditor + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("由服务器命令行管理").doesNotContain("password-reset", "/disable", ">编辑<");
        assertThat(page("/accounts/" + auditor)).contains("id=\"administrator-account\"").doesNotContain("id=\"account-form\"");

        assertThat(submit("/accounts/" + auditor + "/disable")).contains("id=\"account-problems\"", "是管理员账号");
        assertThat(jdbc.queryForObject("SELECT enabled FROM staff WHERE id = ?", Boolean.class, auditor)).isTrue();
    }

    @Test
    void theFailedSignInsPageShowsALockAndLiftsIt() throws Exception {
        String username = unique("page-lock");
        String temporary = temporary(submit("/accounts/new", "username", username, "name", "周九", "phone", "13800000000", "roles", "GRID_WORKER",
                "jurisdictionCode", "522601002"));
        for (int i = 0; i < 5; i++) {
            signInStatus(username, "Wrong#Pass" + i);
        }
        assertThat(signInStatus(username, temporary)).isEqualTo(401);
        String failures = page("/sign-in-failures");
        String row = failures.substring(failures.indexOf(">" + username + "<"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("锁定中", "解除锁定");

        assertThat(submit("/sign-in-failures/unlock", "username", username)).contains("已解除账号 " + username + " 的登录锁定");
        assertThat(signInStatus(username, temporary)).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_UNLOCKED' AND target_id = ?", Long.class,
                Long.toString(id(username)))).isEqualTo(1);
    }
}
