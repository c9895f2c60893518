package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.GRID;
import static cn.taizhang.registry.place.PlaceFixtures.newName;
import static cn.taizhang.registry.place.PlaceFixtures.place;
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

/** The place ledger's pages as each role sees them, and the registries' hub the menu's 台账 opens. */
@IntegrationTest
class PlacePagesTests {

    @Autowired
    MockMvc mvc;

    PlaceFixtures api;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
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
    void theListFindsAPlaceByNameAndTypeAndOffersItsExportAndTheWritersButtons() throws Exception {
        String name = newName("页面测试医院");
        ObjectNode hospital = place(name);
        hospital.put("type", "hospital");
        api.created("demo-gridworker", hospital);
        api.created("demo-gridworker", place(name + "附属学校"));

        Document all = page("demo-dispatcher", "/places?q=" + q(name));
        assertThat(all.select("#place-table tbody tr[data-id]")).hasSize(2);
        assertThat(all.select("#place-total").text()).isEqualTo("2");
        assertThat(all.select("#place-new")).hasSize(1);
        assertThat(all.select("#place-import")).hasSize(1);
        assertThat(all.select("#place-table td[data-label]")).allMatch(td -> !td.attr("data-label").isBlank());
        Document hospitals = page("demo-dispatcher", "/places?type=hospital&q=" + q(name));
        assertThat(hospitals.select("#place-table tbody tr[data-id] td.card-title").eachText()).containsExactly(name);
        assertThat(hospitals.select("#filter-type option[selected]").val()).isEqualTo("hospital");
        assertThat(hospitals.select("#place-export").attr("href")).startsWith("/api/v1/places/export.xlsx?").contains("type=hospital");
        assertThat(hospitals.select("#place-new").attr("href")).isEqualTo("/places/new?type=hospital");
        Document asHandler = page("demo-handler", "/places?q=" + q(name));
        assertThat(asHandler.select("#place-table tbody tr[data-id]")).hasSize(2);
        assertThat(asHandler.select("#place-new")).isEmpty();
        assertThat(asHandler.select("#place-import")).isEmpty();
    }

    @Test
    void aPlacePageShowsItsDetailsHistoryCasesAndTheReportLink() throws Exception {
        String name = newName("页面详情学校");
        JsonNode p = api.created("demo-gridworker", place(name));
        long id = p.get("id").asLong();
        ObjectNode edit = place(name);
        edit.put("responsibleUnit", "凯里市教科局");
        api.update("demo-dispatcher", id, "\"1\"", edit);
        Document detail = page("demo-gridworker", "/places/" + id);
        assertThat(detail.select("#place-name").text()).isEqualTo(name);
        assertThat(detail.select("#place-type").text()).isEqualTo("学校");
        assertThat(detail.select("#history tbody tr")).hasSize(2);
        assertThat(detail.select("#history").text()).contains("责任单位：凯里市教育局 → 凯里市教科局");
        assertThat(detail.select(".subject-cases")).hasSize(1);
        assertThat(detail.select("#place-report").attr("href")).isEqualTo("/cases/new?subject=place:" + id);
        assertThat(detail.select("#place-edit")).hasSize(1);
        assertThat(page("demo-handler", "/places/" + id).select("#place-edit")).isEmpty();
        Document report = page("demo-gridworker", "/cases/new?subject=place:" + id);
        assertThat(report.select("#report-subject").text()).contains(name);
    }

    @Test
    void theFormPicksTheGridWorkersGridAndAnEditCarriesTheVersionRead() throws Exception {
        Document form = page("demo-gridworker", "/places/new?type=park");
        assertThat(form.select("#place-form").attr("data-api")).isEqualTo("/api/v1/places");
        assertThat(form.select("#place-form").hasAttr("data-id")).isFalse();
        assertThat(form.select("select[name=gridCode] option")).hasSize(1);
        assertThat(form.select("select[name=gridCode] option[selected]").val()).isEqualTo(GRID);
        assertThat(form.select("select[name=type] option[selected]").val()).isEqualTo("park");
        assertThat(form.select("#save-place").hasAttr("disabled")).isFalse();
        assertThat(form.select("[data-locate]")).hasSize(1);

        Document dispatchers = page("demo-dispatcher", "/places/new");
        assertThat(dispatchers.select("select[name=gridCode] option[selected]")).isEmpty();
        assertThat(dispatchers.select("select[name=gridCode] option").size()).isGreaterThan(10);
        assertThat(page("demo-handler", "/places/new").select("#save-place").hasAttr("disabled")).isTrue();

        JsonNode p = api.created("demo-gridworker", place(newName("页面修改学校")));
        long id = p.get("id").asLong();
        api.update("demo-gridworker", id, "\"1\"", place(p.get("name").asString()).put("notes", "改过一次"));
        Document edit = page("demo-gridworker", "/places/" + id + "/edit");
        assertThat(edit.select("#place-form").attr("data-id")).isEqualTo(Long.toString(id));
        assertThat(edit.select("#place-form").attr("data-version")).isEqualTo("2");
        assertThat(edit.select("input[name=name]").val()).isEqualTo(p.get("name").asString());
        assertThat(edit.select("textarea[name=notes]").text()).isEqualTo("改过一次");
    }

    @Test
    void theImportPageIsTheRegistrysOwn() throws Exception {
        Document page = page("demo-dispatcher", "/places/import");
        assertThat(page.select("#import-form").attr("data-api")).isEqualTo("/api/v1/places/imports");
        assertThat(page.select("#import-template").attr("href")).isEqualTo("/api/v1/places/template.xlsx");
        assertThat(page.select("h1").text()).contains("场所台账");
    }

    @Test
    void theMenusLedgerLinkOpensAHubWithATileForEachRegistryAndItsCount() throws Exception {
        Document hub = page("demo-dispatcher", "/registries");
        assertThat(hub.select("#registries-link").attr("href")).isEqualTo("/registries");
        assertThat(hub.select("#registry-tiles a.tile").eachAttr("href")).containsSubsequence("/enterprises", "/places", "/projects");
        long places = api.json("demo-dispatcher", "/api/v1/places?size=1").get("total").asLong();
        assertThat(hub.select("#registry-places b").text()).isEqualTo(Long.toString(places));
        long enterprises = api.json("demo-dispatcher", "/api/v1/enterprises?size=1").get("total").asLong();
        assertThat(hub.select("#registry-enterprises b").text()).isEqualTo(Long.toString(enterprises));
        long projects = api.json("demo-dispatcher", "/api/v1/projects?size=1").get("total").asLong();
        assertThat(hub.select("#registry-projects b").text()).isEqualTo(Long.toString(projects));
    }
}
