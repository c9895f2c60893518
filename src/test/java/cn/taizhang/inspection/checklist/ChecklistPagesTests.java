package cn.taizhang.inspection.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.ObjectNode;

/** The 系统管理员's checklist pages: the list per sector, a checklist with its editor, and its older versions. */
@IntegrationTest
class ChecklistPagesTests {

    @Autowired
    MockMvc mvc;

    ChecklistApi api;

    @BeforeEach
    void setUp() {
        api = new ChecklistApi(mvc);
    }

    /** A page as the user's browser gets it; signed in with a token, which the suite keeps (a web session would wait for a new second-factor code). */
    private MockHttpServletResponse response(String user, String path) throws Exception {
        return mvc.perform(get(URI.create(path)).with(DemoUsers.as(mvc, user)).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse r = response("demo-sysadmin", path);
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    @Test
    void theConsoleLeadsToTheListOfEverySectorsChecklist() throws Exception {
        assertThat(page("/admin").select("a.tile#console-checklists").attr("href")).isEqualTo("/admin/checklists");
        Document list = page("/admin/checklists");
        assertThat(list.select("#checklist-table tbody tr[data-code]").eachAttr("data-code")).contains("hazardous_chemicals", "fire_safety",
                "health_care");
        assertThat(list.select("#checklist-table tbody tr[data-code=fire_safety] td").eachText()).contains("消防", "第 1 版");
        assertThat(list.select("#checklist-table td[data-label]")).allMatch(td -> !td.attr("data-label").isBlank());
        assertThat(list.select("#checklist-sector option")).hasSize(17);

        Document mines = page("/admin/checklists?sector=coal_mining");
        assertThat(mines.select("#checklist-table tbody tr[data-code]").eachAttr("data-code")).containsExactly("coal_mining");
        assertThat(mines.select("#checklist-sector option[selected]").val()).isEqualTo("coal_mining");
    }

    @Test
    void aChecklistShowsItsItemsAnEditorAndItsOlderVersionsReadOnly() throws Exception {
        String code = api.created();
        ObjectNode edit = ChecklistApi.JSON.createObjectNode();
        edit.set("items", ChecklistApi.items(ChecklistApi.item("T-01", "安全出口畅通", "《消防法》第二十八条", true)));
        assertThat(api.put("demo-sysadmin", code, edit).getStatus()).isEqualTo(200);

        Document current = page("/admin/checklists/" + code);
        assertThat(current.select("#checklist-items tbody tr").eachAttr("data-code")).containsExactly("T-01");
        assertThat(current.select("#checklist-items tbody tr td[data-label=重大隐患]").text()).isEqualTo("是");
        assertThat(current.select("#checklist-form").attr("data-version")).isEqualTo("2");
        assertThat(current.select("#checklist-rows tr.checklist-row")).hasSize(1);
        assertThat(current.select("#checklist-rows .item-code").val()).isEqualTo("T-01");
        assertThat(current.select("#checklist-rows .item-major").hasAttr("checked")).isTrue();
        assertThat(current.select("#checklist-row-template")).hasSize(1);
        assertThat(current.select("#checklist-versions tbody tr").eachAttr("data-version")).containsExactly("2", "1");
        assertThat(current.select("script[src]").eachAttr("src")).contains("/js/api.js", "/js/checklist-editor.js");
        assertThat(current.select("script:not([src])")).as("no inline script under the CSP").isEmpty();
        assertThat(current.select("#checklist-old-version")).isEmpty();

        Document first = page("/admin/checklists/" + code + "?version=1");
        assertThat(first.select("#checklist-items tbody tr").eachAttr("data-code")).containsExactly("T-01", "T-02", "T-03");
        assertThat(first.select("#checklist-old-version").text()).contains("历史版本", "第 2 版");
        assertThat(first.select("#checklist-form")).as("an older version is read only").isEmpty();

        assertThat(response("demo-sysadmin", "/admin/checklists/" + code + "?version=9").getStatus()).isEqualTo(404);
        assertThat(response("demo-sysadmin", "/admin/checklists/no_such_checklist").getStatus()).isEqualTo(404);
    }

    @Test
    void thePagesAreTheSystemAdministratorsOnly() throws Exception {
        assertThat(mvc.perform(get("/admin/checklists").session(DemoUsers.webSession(mvc, "demo-leader")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        for (String user : List.of("demo-leader", "demo-inspector", "demo-dispatcher", "demo-secadmin")) {
            for (String path : List.of("/admin/checklists", "/admin/checklists/fire_safety")) {
                assertThat(response(user, path).getStatus()).as(user + " " + path).isEqualTo(403);
            }
        }
    }
}
