package cn.taizhang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The 系统管理员's page of the registries' catalogues: its three tables, its forms, its tile in the console, and nobody else's. */
@IntegrationTest
class CataloguePageTests {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse open(String user, String path) throws Exception {
        return mvc.perform(get(path).session(DemoUsers.webSession(mvc, user)).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    @Test
    void theSystemAdministratorSeesTheThreeCataloguesWithTheirFormsFromTheConsole() throws Exception {
        Document console = Jsoup.parse(open("demo-sysadmin", "/admin").getContentAsString());
        assertThat(console.select("#console-registry-catalogues").attr("href")).isEqualTo("/admin/registry-catalogues");

        MockHttpServletResponse r = open("demo-sysadmin", "/admin/registry-catalogues");
        assertThat(r.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("台账目录");
        assertThat(page.select("#place-type-table thead th").eachText()).containsExactly("名称", "编码", "顺序", "状态", "操作");
        assertThat(page.select("#place-type-table tr[data-code=school] td[data-label=名称]").text()).isEqualTo("学校");
        assertThat(page.select("#place-type-table tr[data-code=school] td[data-label=状态]").text()).isEqualTo("在用");
        assertThat(page.select("#project-kind-table thead th").eachText()).contains("计量单位", "报道用语", "长度的说法", "状态");
        assertThat(page.select("#project-kind-table tr[data-code=back_alley]").attr("data-unit")).isEqualTo("条");
        assertThat(page.select("#person-category-table thead th").eachText()).contains("重点人员", "状态");
        assertThat(page.select("#person-category-table tr[data-code=drug]").attr("data-key-person")).isEqualTo("true");
        for (String table : List.of("#place-type-table", "#project-kind-table", "#person-category-table")) {
            assertThat(page.select(table + " tbody tr[data-code]")).as(table).isNotEmpty();
            assertThat(page.select(table + " tbody tr[data-code]")).as(table + ": each row's actions")
                    .allMatch(tr -> tr.select("button[data-edit]").size() == 1 && tr.select("button[data-retire]").size() == 1);
            assertThat(page.select(table + " td")).as(table + ": labelled for the phone's cards").allMatch(td -> td.hasAttr("data-label"));
        }
        for (String catalogue : List.of("place-type", "project-kind", "person-category")) {
            assertThat(page.select("#" + catalogue + "-add input[name=code]")).as(catalogue).hasSize(1);
            assertThat(page.select("#" + catalogue + "-edit input[name=position]")).as(catalogue).hasSize(1);
            assertThat(page.select("#" + catalogue + "-edit [data-error-for=name]")).as(catalogue).hasSize(1);
        }
        assertThat(page.select("script[src=/js/registry-catalogues.js]")).hasSize(1);
    }

    @Test
    void nobodyElseOpensThePage() throws Exception {
        for (String user : List.of("demo-leader", "demo-dispatcher", "demo-secadmin")) {
            assertThat(open(user, "/admin/registry-catalogues").getStatus()).as(user).isEqualTo(403);
        }
    }
}
