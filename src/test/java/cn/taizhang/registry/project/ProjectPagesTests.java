package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.newCode;
import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The project ledger's pages: the list under its roll-up's sentences, a project with its progress notes and history, the form. */
@IntegrationTest
class ProjectPagesTests {

    @Autowired
    MockMvc mvc;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsTheSentencesOfWhatItListsAboveIt() throws Exception {
        String code = newCode();
        String kindName = newName("页面巷道") + "改造";
        ProjectFixtures.ok(api.postKind("demo-sysadmin", ProjectFixtures.JSON.createObjectNode().put("code", code).put("name", kindName)
                .put("unit", "条").put("lengthLabel", "道路总长")), 201);
        String object = kindName.substring(0, kindName.length() - 2);
        for (int households : new int[] {120, 80}) {
            ObjectNode p = project(newName("页面汇总项目"));
            p.put("kind", code).put("year", 2033).put("status", "completed").put("households", households).put("beneficiaries", households * 4)
                    .put("lengthM", 500).put("investment", 100.25);
            api.created("demo-dispatcher", p);
        }
        ObjectNode planned = project(newName("页面计划项目"));
        planned.put("kind", code).put("year", 2034).remove(java.util.List.of("households", "beneficiaries", "lengthM", "investment"));
        api.created("demo-dispatcher", planned);

        Document list = page("demo-dispatcher", "/projects?kind=" + code);
        assertThat(list.select("#project-summary li").eachText()).containsExactly(
                "2033年改造" + object + "2条，涉及200户，受益800人，道路总长1000米，总投资约200.5万元", "2034年计划改造" + object + "1条");
        assertThat(list.select("#project-table tbody tr[data-id]")).hasSize(3);
        assertThat(list.select("#project-export").attr("href")).contains("kind=" + code);
        assertThat(list.select("#project-new")).hasSize(1);
        Document year = page("demo-dispatcher", "/projects?year=2034&kind=" + code);
        assertThat(year.select("#project-summary li").eachText()).containsExactly("2034年计划改造" + object + "1条");
        assertThat(year.select("#filter-year option[selected]").val()).isEqualTo("2034");
        Document asHandler = page("demo-handler", "/projects?kind=" + code);
        assertThat(asHandler.select("#project-table tbody tr[data-id]")).hasSize(3);
        assertThat(asHandler.select("#project-new")).isEmpty();
        assertThat(asHandler.select("#project-import")).isEmpty();
    }

    @Test
    void aProjectPageShowsItsProgressAndHistoryAndOnlyWritersNoteProgress() throws Exception {
        String name = newName("页面详情背街小巷");
        JsonNode p = api.created("demo-dispatcher", project(name));
        long id = p.get("id").asLong();
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        ProjectFixtures.ok(api.addProgress("demo-dispatcher", id, ProjectFixtures.JSON.createObjectNode().put("date", today.toString())
                .put("text", "完成管网铺设")), 201);
        ObjectNode edit = project(name);
        edit.put("status", "under_construction");
        ProjectFixtures.ok(api.update("demo-dispatcher", id, "\"1\"", edit), 200);

        Document detail = page("demo-dispatcher", "/projects/" + id);
        assertThat(detail.select("#project-name").text()).isEqualTo(name);
        assertThat(detail.select("#project-status").text()).isEqualTo("在建");
        assertThat(detail.select("#progress tbody tr[data-id] td").eachText()).contains(today.toString(), "完成管网铺设");
        assertThat(detail.select("#progress-form").attr("data-api")).isEqualTo("/api/v1/projects/" + id + "/progress");
        assertThat(detail.select("#progress-form input[name=date]").val()).isEqualTo(today.toString());
        assertThat(detail.select("#history tbody tr")).hasSize(2);
        assertThat(detail.select("#history").text()).contains("项目状态：计划 → 在建");
        assertThat(detail.select("#project-details").text()).contains("1643.5 万元", "350.5 米");
        Document asHandler = page("demo-handler", "/projects/" + id);
        assertThat(asHandler.select("#progress-form")).isEmpty();
        assertThat(asHandler.select("#project-edit")).isEmpty();
        assertThat(asHandler.select("#progress tbody tr[data-id]")).hasSize(1);
    }

    @Test
    void theFormOffersTheWritersTownsAndVillagesAndAnEditCarriesTheVersionRead() throws Exception {
        Document form = page("demo-dispatcher", "/projects/new");
        assertThat(form.select("#project-form").attr("data-api")).isEqualTo("/api/v1/projects");
        assertThat(form.select("select[name=areaCode] optgroup").eachAttr("label")).containsExactly("大十字街道");
        assertThat(form.select("select[name=areaCode] option[value=" + TOWN + "]")).hasSize(1);
        assertThat(form.select("select[name=areaCode] option[value=522601002002]")).hasSize(1);
        assertThat(form.select("select[name=kind] option").eachAttr("value")).contains("back_alley", "fitness_point");
        Document cityForm = page("demo-leader", "/projects/new");
        assertThat(cityForm.select("select[name=areaCode] optgroup").size()).isEqualTo(20);

        JsonNode p = api.created("demo-dispatcher", project(newName("页面修改项目")));
        long id = p.get("id").asLong();
        Document edit = page("demo-dispatcher", "/projects/" + id + "/edit");
        assertThat(edit.select("#project-form").attr("data-version")).isEqualTo("1");
        assertThat(edit.select("select[name=areaCode] option[selected]").val()).isEqualTo(TOWN);
        assertThat(edit.select("input[name=investment]").val()).isEqualTo("1643.5");
        assertThat(edit.select("select[name=status] option[selected]").val()).isEqualTo("planned");
        assertThat(page("demo-handler", "/projects/new").select("#save-project").hasAttr("disabled")).isTrue();
        assertThat(page("demo-dispatcher", "/projects/import").select("#import-form").attr("data-api")).isEqualTo("/api/v1/projects/imports");
        assertThat(page("demo-dispatcher", "/projects?q=" + q("页面修改项目")).select("#project-table tbody tr[data-id]")).isNotEmpty();
    }
}
