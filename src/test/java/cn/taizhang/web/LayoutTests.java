package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What every page shares: the header even on an error page, the API documentation in the footer, Beijing time. */
@IntegrationTest
class LayoutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anErrorPageKeepsTheHeaderAndTheApiDocumentationIsInTheFooterOnly() throws Exception {
        MockHttpSession session = DemoUsers.webSession(mvc, "demo-dispatcher");
        MvcResult missing = mvc.perform(get("/cases/987654321").session(session).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        String page = missing.getResponse().getContentAsString();
        assertThat(page).contains("class=\"topbar\"", "href=\"/cases\"", "退出");
        String nav = page.substring(page.indexOf("<nav>"), page.indexOf("</nav>"));
        assertThat(nav).doesNotContain("swagger");
        assertThat(page.substring(page.indexOf("<footer"))).contains("href=\"/swagger-ui.html\"", "接口文档");
    }

    @Test
    void noticeTimesAreBeijingTime() throws Exception {
        jdbc.update("""
                INSERT INTO notice (staff_id, kind, title, body, link, dedup_key, created_at)
                VALUES ((SELECT id FROM staff WHERE username = 'demo-dispatcher'), 'case.remind', '北京时间测试', '—', null,
                        gen_random_uuid()::text, TIMESTAMPTZ '2026-03-01 23:30:00+00')
                """);
        String page = mvc.perform(get("/notices").session(DemoUsers.webSession(mvc, "demo-dispatcher"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("2026-03-02 07:30").doesNotContain("2026-03-01 23:30");
    }
}
