package cn.taizhang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The list pages other than the cases': sortable columns, the sort in their API, a bad sort named, unread notices apart. */
@IntegrationTest
class ListPagesTests {

    static final Pattern USERNAME = Pattern.compile("<td data-label=\"用户名\" class=\"wrap\">([^<]+)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStaffSortByUsernameEitherWayOnThePageAndInTheApi() throws Exception {
        MockHttpSession dispatcher = DemoUsers.webSession(mvc, "demo-dispatcher");
        List<String> up = usernames(page(dispatcher, "/staff?sort=username"));
        List<String> down = usernames(page(dispatcher, "/staff?sort=-username"));
        assertThat(up).hasSizeGreaterThan(2).isSorted();
        assertThat(down).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page(dispatcher, "/staff?sort=-username")).contains("sort-username", "用户名 ▼");

        ApiCalls api = new ApiCalls(mvc);
        List<String> fromApi = new ArrayList<>();
        api.json("demo-dispatcher", "/api/v1/staff?sort=username&size=500").get("items").forEach(m -> fromApi.add(m.get("username").asString()));
        assertThat(fromApi).isSorted();
        assertThat(api.problemField("/api/v1/staff?sort=age")).isEqualTo("sort");
        assertThat(mvc.perform(get("/supervisions?sort=age").session(DemoUsers.webSession(mvc, "demo-leader")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(page(DemoUsers.webSession(mvc, "demo-leader"), "/supervisions?sort=deadline")).contains("督办期限 ▲");
    }

    @Test
    void theUnreadNoticesAreATabOfTheirOwn() throws Exception {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        notice("已读的通知" + marker, true);
        notice("未读的通知" + marker, false); // the newest: on the first page of either tab
        MockHttpSession inspector = DemoUsers.webSession(mvc, "demo-inspector");
        assertThat(page(inspector, "/notices")).contains("已读的通知" + marker, "未读的通知" + marker);
        assertThat(page(inspector, "/notices?unread=true")).contains("未读的通知" + marker).doesNotContain("已读的通知" + marker);
    }

    private void notice(String title, boolean read) {
        jdbc.update("""
                INSERT INTO notice (staff_id, kind, title, body, link, dedup_key, read_at)
                VALUES ((SELECT id FROM staff WHERE username = 'demo-inspector'), 'case.remind', ?, '—', null, gen_random_uuid()::text,
                        CASE WHEN ? THEN now() END)
                """, title, read);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        var r = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString();
    }

    private static List<String> usernames(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = USERNAME.matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
