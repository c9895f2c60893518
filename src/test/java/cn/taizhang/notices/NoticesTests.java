package cn.taizhang.notices;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NoticesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notices notices;

    /** The leader of a 镇街 this test owns: no notice reaches them but this test's. */
    private static final String TOWN = OwnedArea.NOTICES.code(NoticesTests.class);
    private static final String LEADER = "t" + TOWN + "-leader";

    @Test
    void aNoticeReachesItsRecipientOnceAndShowsAsUnreadInTheHeader() throws Exception {
        long leader = jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, LEADER);
        Notice notice = new Notice(List.of(leader, leader), "test", "湾溪街道重大隐患", "请立即处置", "/areas/" + TOWN, "test:once");

        assertThat(notices.send(notice)).isEqualTo(1);
        assertThat(notices.send(notice)).isZero();

        mvc.perform(get("/api/v1/notices").with(as(mvc, LEADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[0].title").value("湾溪街道重大隐患"));

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(LEADER).password(DemoUsers.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session).accept("text/html"))
                .andExpect(content().string(Matchers.containsString("id=\"unread-count\">1<")));

        long id = jdbc.queryForObject("SELECT id FROM notice WHERE staff_id = ? AND dedup_key = 'test:once'", Long.class, leader);
        mvc.perform(post("/api/v1/notices/" + id + "/read").with(as(mvc, LEADER))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notices").param("unread", "true").with(as(mvc, LEADER)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/").session(session).accept("text/html"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"unread-count\""))));
    }

    @Test
    void nobodyReadsAnotherPersonsNotices() throws Exception {
        // not the leader, whose notices the other test counts
        long dispatcher = jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, "t" + TOWN + "-dispatcher-1");
        notices.send(new Notice(List.of(dispatcher), "test", "私人通知", null, null, "test:private"));
        long id = jdbc.queryForObject("SELECT id FROM notice WHERE staff_id = ? AND dedup_key = 'test:private'", Long.class, dispatcher);

        mvc.perform(post("/api/v1/notices/" + id + "/read").with(as(mvc, "demo-dispatcher"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices").with(as(mvc, "demo-dispatcher")))
                .andExpect(jsonPath("$.items[*].title", Matchers.not(Matchers.hasItem("私人通知"))));
    }
}
