package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.keyPerson;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.newPhone;
import static cn.taizhang.registry.person.PersonFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The persons ledger's pages as each role sees them: masked everywhere (the list, a person, the form), the lookup by ID
 * number posted and never in a link, the plain-value buttons only for those with the right, the cases about a person.
 */
@IntegrationTest
class PersonPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PersonFixtures api;

    @BeforeEach
    void setUp() {
        api = new PersonFixtures(mvc);
    }

    private String html(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private Document page(String user, String path) throws Exception {
        return Jsoup.parse(html(user, path));
    }

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    @Test
    void theListShowsEveryoneMaskedAndAKeyPersonsNameOnlyToThoseWithTheRight() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = newIdNumber();
        String phone = newPhone();
        JsonNode p = api.created("demo-dispatcher", keyPerson("沈" + tag, id, phone));
        String otherId = newIdNumber();
        api.created("demo-gridworker", person("沈" + tag + "邻", otherId, newPhone()));

        String asDispatcher = html("demo-dispatcher", "/persons?q=" + tag);
        Document list = Jsoup.parse(asDispatcher);
        assertThat(list.select("#person-table tbody tr[data-id]")).hasSize(2);
        assertThat(list.select("#person-table td.id-number").eachText()).contains(masked(id), masked(otherId));
        assertThat(asDispatcher).doesNotContain(id, otherId, phone);
        assertThat(list.select("#person-new")).hasSize(1);
        assertThat(list.select("#person-export").attr("href")).isEqualTo("/api/v1/persons/export.xlsx?q=" + tag);

        String asGridWorker = html("demo-gridworker", "/persons?category=drug&area=" + PersonFixtures.GRID);
        assertThat(asGridWorker).doesNotContain(id, phone, "沈" + tag + "<");
        Document keyList = Jsoup.parse(asGridWorker);
        assertThat(keyList.select("#person-table tr[data-id=" + p.get("id").asLong() + "] td.card-title").text()).isEqualTo("沈**");
        assertThat(keyList.select("#filter-category option[selected]").val()).isEqualTo("drug");

        Document handler = page("demo-handler", "/persons");
        assertThat(handler.select("#person-new")).isEmpty();
        assertThat(handler.select("#person-import")).isEmpty();
    }

    @Test
    void anIdNumberIsLookedUpByAPostedFormAndNeverPutInALink() throws Exception {
        String id = newIdNumber();
        long pid = api.created("demo-gridworker", person(newName("韩"), id, null)).get("id").asLong();
        Document list = page("demo-gridworker", "/persons");
        assertThat(list.select("form#person-lookup").attr("method")).isEqualTo("post");
        assertThat(list.select("form#person-lookup input[name=idNumber]")).hasSize(1);

        MvcResult r = mvc.perform(post("/persons/lookup").param("idNumber", id).session(DemoUsers.webSession(mvc, "demo-gridworker"))
                .with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        Document found = Jsoup.parse(html);
        assertThat(found.select("#person-table tbody tr[data-id]").eachAttr("data-id")).containsExactly(Long.toString(pid));
        assertThat(found.select("#person-lookup-result").text()).contains(masked(id));
        assertThat(found.select("#person-export")).isEmpty();
        assertThat(html).doesNotContain(id);
        assertThat(jdbc.queryForObject("""
                SELECT to_jsonb(a)::text FROM audit_event a WHERE actor_username = 'demo-gridworker' AND path = '/persons/lookup'
                ORDER BY id DESC LIMIT 1""", String.class)).contains("\"target_id\": \"" + pid + "\"").doesNotContain(id);

        String elsewhere = newIdNumber();
        Document none = Jsoup.parse(mvc.perform(post("/persons/lookup").param("idNumber", elsewhere)
                .session(DemoUsers.webSession(mvc, "demo-gridworker")).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(none.select("#person-table tbody tr[data-id]")).isEmpty();
        assertThat(none.select("#person-lookup-result").text()).contains("没有登记");
        String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Document refused = Jsoup.parse(mvc.perform(post("/persons/lookup").param("idNumber", wrong)
                .session(DemoUsers.webSession(mvc, "demo-gridworker")).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#person-problem").text()).contains("校验位");

        Document typedInTheNameBox = page("demo-gridworker", "/persons?q=" + id);
        assertThat(typedInTheNameBox.select("#person-problem").text()).contains("请用身份证号码查询框");
        assertThat(typedInTheNameBox.select("#person-table tbody tr[data-id]")).isEmpty();
        Document ignoredInTheUrl = page("demo-gridworker", "/persons?idNumber=" + id + "&q=" + UUID.randomUUID());
        assertThat(ignoredInTheUrl.select("#person-table tbody tr[data-id]")).isEmpty();
    }

    @Test
    void aPersonsPageIsMaskedOffersThePlainValuesOnlyToThoseWithTheRightAndListsTheCasesAboutThem() throws Exception {
        String name = newName("孔");
        String id = newIdNumber();
        String phone = newPhone();
        long pid = api.created("demo-dispatcher", keyPerson(name, id, phone)).get("id").asLong();
        long caseId = new ApiCalls(mvc).created("demo-gridworker", Map.of("clientId", UUID.randomUUID().toString(), "type",
                "epidemic_key_person", "description", "重点人员近日外出未归，需核实去向", "source", "grid_worker", "subject",
                Map.of("kind", "person", "id", pid)));

        String asDispatcher = html("demo-dispatcher", "/persons/" + pid);
        Document detail = Jsoup.parse(asDispatcher);
        assertThat(detail.select("#person-name").text()).isEqualTo(name);
        assertThat(detail.select("#person-id-number").text()).isEqualTo(masked(id));
        assertThat(detail.select("#person-phone").text()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(detail.select("#show-id-number")).hasSize(1);
        assertThat(detail.select("#show-phone")).hasSize(1);
        assertThat(detail.select("[data-plain-view]").eachAttr("data-api")).containsExactly("/api/v1/persons/" + pid + "/id-number",
                "/api/v1/persons/" + pid + "/phone");
        assertThat(detail.select("#person-follow-up").text()).isEqualTo("在管");
        assertThat(detail.select(".subject-cases tbody tr[data-id]").eachAttr("data-id")).containsExactly(Long.toString(caseId));
        assertThat(detail.select("#person-report").attr("href")).isEqualTo("/cases/new?subject=person:" + pid);
        assertThat(detail.select("#history tbody tr")).hasSize(1);
        assertThat(asDispatcher).doesNotContain(id, phone);

        String asGridWorker = html("demo-gridworker", "/persons/" + pid);
        Document masked = Jsoup.parse(asGridWorker);
        assertThat(masked.select("#person-name").text()).isEqualTo(name.charAt(0) + "**");
        assertThat(masked.select("#show-id-number")).isEmpty();
        assertThat(masked.select("#show-phone")).isEmpty();
        assertThat(masked.select("#person-edit")).hasSize(1);
        assertThat(asGridWorker).doesNotContain(id, phone, name);
        JsonNode c = new ApiCalls(mvc).json("demo-gridworker", "/api/v1/cases/" + caseId);
        assertThat(c.get("subject").get("name").asString()).startsWith(name.charAt(0) + "**").doesNotContain(name);
        assertThat(c.get("subject").get("path").asString()).isEqualTo("/persons/" + pid);
        assertThat(new ApiCalls(mvc).json("demo-dispatcher", "/api/v1/cases/" + caseId).get("subject").get("name").asString()).startsWith(name);
        Document report = page("demo-gridworker", "/cases/new?subject=person:" + pid);
        assertThat(report.select("#report-subject").text()).contains(name.charAt(0) + "**").doesNotContain(name);
    }

    @Test
    void theEditFormShowsTheNumbersMaskedAndTheVersionRead() throws Exception {
        String id = newIdNumber();
        String phone = newPhone();
        long pid = api.created("demo-gridworker", person(newName("曹"), id, phone)).get("id").asLong();
        String html = html("demo-gridworker", "/persons/" + pid + "/edit");
        Document form = Jsoup.parse(html);
        assertThat(form.select("#person-form").attr("data-version")).isEqualTo("1");
        assertThat(form.select("#person-form").attr("data-api")).isEqualTo("/api/v1/persons");
        assertThat(form.select("input[name=idNumber]").val()).isEqualTo(masked(id));
        assertThat(form.select("input[name=phone]").val()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(form.select("input[name=phone]").hasAttr("data-blank-null")).isTrue();
        assertThat(form.select("#person-grid option[selected]").val()).isEqualTo(PersonFixtures.GRID);
        assertThat(form.select("#person-category-input option[selected]").val()).isEqualTo("elderly_alone");
        assertThat(html).doesNotContain(id, phone);

        Document fresh = page("demo-gridworker", "/persons/new");
        assertThat(fresh.select("#person-grid option").eachAttr("value")).containsExactly(PersonFixtures.GRID); // their one grid, chosen
        assertThat(fresh.select("#person-category-input option[data-key-person=true]").eachAttr("value")).contains("drug", "petition");
        assertThat(page("demo-dispatcher", "/persons/import").select("#import-form").attr("data-api")).isEqualTo("/api/v1/persons/imports");
        assertThat(page("demo-handler", "/persons/new").select("#save-person").hasAttr("disabled")).isTrue();
    }
}
