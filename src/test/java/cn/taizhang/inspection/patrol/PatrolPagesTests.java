package cn.taizhang.inspection.patrol;

import static cn.taizhang.inspection.patrol.PatrolFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.ObjectNode;

/** The patrol pages render: the list and its filters, a round, the form with its grid chosen, the volunteers and their form. */
@IntegrationTest
class PatrolPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theListARoundAndTheFormRender() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        long cafe = api.cafe(PatrolFixtures.GRID);
        long monitor = api.volunteer(PatrolFixtures.GRID);
        ObjectNode round = api.round(cafe);
        round.putArray("volunteerIds").add(monitor);
        round.putArray("findings").addObject().put("description", "门口电动车乱停放").put("placeId", cafe);
        long id = ok(api.record("demo-gridworker", round), 201).get("id").asLong();

        Document list = page("demo-dispatcher", "/patrols?place=" + cafe + "&kind=internet_cafe");
        assertThat(list.select("#patrol-total").text()).isEqualTo("1");
        assertThat(list.select("#patrol-table tbody tr[data-id=" + id + "] td[data-label=人次]").text()).isEqualTo("2");
        assertThat(list.select("#patrol-new")).hasSize(1);
        assertThat(page("demo-dispatcher", "/").select("#patrols-link")).hasSize(1);

        Document detail = page("demo-gridworker", "/patrols/" + id);
        assertThat(detail.select("#patrol-person-times").text()).isEqualTo("2");
        assertThat(detail.select("#patrol-findings li").text()).contains("门口电动车乱停放");
        assertThat(detail.select("#patrol-details a[href=/places/" + cafe + "]")).hasSize(1);

        Document form = page("demo-gridworker", "/patrols/new");
        assertThat(form.select("#patrol-form").attr("data-grid")).isEqualTo(PatrolFixtures.GRID);
        assertThat(form.select("input[name=placeIds][value=" + cafe + "]")).hasSize(1);
        assertThat(form.select("input[name=volunteerIds][value=" + monitor + "]")).hasSize(1);
        assertThat(form.select("script:not([src])")).as("no inline scripts (CSP)").isEmpty();
        Document choose = page("demo-dispatcher", "/patrols/new");
        assertThat(choose.select("#patrol-grid-form")).hasSize(1);
        assertThat(page("demo-dispatcher", "/patrols/new?grid=" + PatrolFixtures.GRID).select("input[name=placeIds][value=" + cafe + "]")).hasSize(1);
    }

    @Test
    void theVolunteersAndTheirFormRenderForTheDispatcher() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        long monitor = api.volunteer("522601002");
        Document list = page("demo-dispatcher", "/patrol-volunteers");
        assertThat(list.select("#volunteer-new")).hasSize(1);
        Document form = page("demo-dispatcher", "/patrol-volunteers/" + monitor);
        assertThat(form.select("#volunteer-form").attr("data-version")).isEqualTo("1");
        assertThat(form.select("#volunteer-phone").attr("placeholder")).contains("139****5678");
        assertThat(form.select("#volunteer-phone").attr("value")).isEmpty();
        assertThat(page("demo-gridworker", "/patrol-volunteers").select("#volunteer-new")).isEmpty();
        assertThat(page("demo-dispatcher", "/patrol-volunteers/new").select("#volunteer-area").attr("value")).isEqualTo("522601002");
    }
}
