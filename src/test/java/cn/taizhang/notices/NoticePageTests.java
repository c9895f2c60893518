package cn.taizhang.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** On the notices page a notice opens the page it is about (not the API's JSON) and is read from then on; only one's own. */
@IntegrationTest
class NoticePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openingANoticeMarksItReadAndLeadsToTheCasePage() throws Exception {
        long notice = notice("demo-handler", "/api/v1/cases/4242");
        MockHttpSession handler = DemoUsers.webSession(mvc, "demo-handler");
        String page = mvc.perform(get("/notices").session(handler)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/notices/" + notice + "/open").doesNotContain("href=\"/api/v1/cases/4242\"");

        MvcResult opened = mvc.perform(post("/notices/" + notice + "/open").session(handler).with(csrf())).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/cases/4242");
        assertThat(jdbc.queryForObject("SELECT read_at IS NOT NULL FROM notice WHERE id = ?", Boolean.class, notice)).isTrue();
    }

    @Test
    void anotherPersonsNoticeIsNotFoundAndALinkOffTheSiteLeadsBackToTheNotices() throws Exception {
        long theirs = notice("demo-leader", "/api/v1/cases/1");
        MockHttpSession handler = DemoUsers.webSession(mvc, "demo-handler");
        assertThat(mvc.perform(post("/notices/" + theirs + "/open").session(handler).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT read_at IS NULL FROM notice WHERE id = ?", Boolean.class, theirs)).isTrue();

        long offSite = notice("demo-handler", "//evil.example/phish");
        assertThat(mvc.perform(post("/notices/" + offSite + "/open").session(handler).with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/notices");
    }

    private long notice(String username, String link) {
        return jdbc.queryForObject("""
                INSERT INTO notice (staff_id, kind, title, body, link, dedup_key)
                VALUES ((SELECT id FROM staff WHERE username = ?), 'case.remind', '事项即将到期：测试', '请尽快办结', ?, gen_random_uuid()::text)
                RETURNING id
                """, Long.class, username, link);
    }
}
