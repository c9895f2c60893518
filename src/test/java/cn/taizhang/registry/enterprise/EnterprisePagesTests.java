package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.enterprise;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The enterprise ledger's pages as each role sees them: the list and its tabs, an enterprise with its history, the form. */
@IntegrationTest
class EnterprisePagesTests {

    @Autowired
    MockMvc mvc;

    EnterpriseFixtures api;

    @BeforeEach
    void setUp() {
        api = new EnterpriseFixtures(mvc);
    }

    private Document page(String user, String path) throws Exception {
        String html = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theListFindsAnEnterpriseByNameAndTheUnionLedgersAreItsTabs() throws Exception {
        String name = "页面测试建会企业" + newCode().substring(10);
        api.created("demo-dispatcher", enterprise(newCode(), name));
        ObjectNode lost = enterprise(newCode(), name + "（失联）");
        lost.put("status", "lost_contact").put("statusReason", "人去楼空");
        lost.putObject("union").put("founded", false);
        api.created("demo-dispatcher", lost);

        Document all = page("demo-dispatcher", "/enterprises?q=" + q(name));
        assertThat(all.select("#enterprise-table tbody tr[data-id]")).hasSize(2);
        assertThat(all.select("#enterprise-new")).hasSize(1);
        Document unions = page("demo-dispatcher", "/enterprises?tab=union&q=" + q(name));
        assertThat(unions.select("#enterprise-table tbody tr[data-id] td.card-title").eachText()).containsExactly(name);
        assertThat(unions.select("#tab-union").hasClass("active")).isTrue();
        Document lostLedger = page("demo-dispatcher", "/enterprises?tab=lost_contact&q=" + q(name));
        assertThat(lostLedger.select("#enterprise-table tbody tr[data-id] td.card-title").eachText()).containsExactly(name + "（失联）");
        assertThat(lostLedger.select("#enterprise-export").attr("href")).contains("status=lost_contact");
    }

    @Test
    void anEnterprisePageShowsItsDetailsAndHistoryAndAGridWorkerCannotEdit() throws Exception {
        JsonNode e = api.created("demo-dispatcher", enterprise(newCode(), "页面详情企业"));
        long id = e.get("id").asLong();
        ObjectNode edit = enterprise(e.get("uscc").asString(), "页面详情企业");
        edit.put("employees", 150);
        api.update("demo-dispatcher", id, "\"1\"", edit);
        Document detail = page("demo-dispatcher", "/enterprises/" + id);
        assertThat(detail.select("#enterprise-name").text()).isEqualTo("页面详情企业");
        assertThat(detail.select("#history tbody tr")).hasSize(2);
        assertThat(detail.select("#history").text()).contains("从业人数：120 → 150");
        assertThat(detail.select("#enterprise-edit")).hasSize(1);
        Document asGridWorker = page("demo-gridworker", "/enterprises/" + id);
        assertThat(asGridWorker.select("#enterprise-edit")).isEmpty();
        Document form = page("demo-dispatcher", "/enterprises/" + id + "/edit");
        assertThat(form.select("#enterprise-form").attr("data-version")).isEqualTo("2");
        assertThat(form.select("input[name=uscc]").val()).isEqualTo(e.get("uscc").asString());
        assertThat(form.select("input[name=sectors][value=hazardous_chemicals]").hasAttr("checked")).isTrue();
    }
}
