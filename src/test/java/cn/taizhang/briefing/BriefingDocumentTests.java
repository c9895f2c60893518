package cn.taizhang.briefing;

import static cn.taizhang.support.DemoUsers.as;
import static cn.taizhang.support.Docx.document;
import static cn.taizhang.support.Docx.paragraphs;
import static cn.taizhang.support.Docx.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.docx.WordDocument;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The .docx of a briefing says exactly what its JSON says, laid out as a 公文, with the child areas' figures. */
@IntegrationTest
class BriefingDocumentTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOWN = OwnedArea.BRIEFING_DOCUMENT.code(BriefingDocumentTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDocumentHasTheTitleDateSectionsAndChildTableOfTheJson() throws Exception {
        CaseDriver cases = new CaseDriver(mvc, jdbc, TOWN);
        String grid = cases.grid(0);
        long closed = cases.report("city_sanitation", grid);
        cases.dispatch(closed);
        cases.close(closed);
        cases.report("safety_hazard", grid);

        String query = "area=" + TOWN + "&from=2026-01-01&to=" + LocalDate.now(BeijingTime.ZONE);
        JsonNode json = JSON.readTree(body("/api/v1/briefings?" + query).getResponse().getContentAsString());
        MvcResult download = body("/api/v1/briefings/document.docx?" + query);
        assertThat(download.getResponse().getContentType()).isEqualTo(WordDocument.DOCX.toString());
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains(".docx");

        Document doc = document(download.getResponse().getContentAsByteArray());
        List<String> paragraphs = paragraphs(doc);
        assertThat(paragraphs.get(0)).isEqualTo(json.get("title").asString());
        assertThat(paragraphs.get(1)).isEqualTo("下司镇网格化服务管理中心");
        LocalDate date = LocalDate.parse(json.get("date").asString());
        assertThat(paragraphs.get(2)).isEqualTo(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        int annex = paragraphs.indexOf(BriefingDocument.ANNEX);
        assertThat(String.join("\n", paragraphs.subList(3, annex))).isEqualTo(json.get("text").asString());
        assertThat(json.get("text").asString()).contains("一、总体情况", "二、安全生产", "三、城乡环境");

        // the table: a header, one row per village of the town, the total; the grid's village has its own figures
        List<List<String>> rows = table(doc);
        long villages = jdbc.queryForObject("SELECT count(*) FROM area WHERE level = 'village' AND code LIKE ?", Long.class, TOWN + "%");
        assertThat(rows).hasSize((int) villages + 2);
        assertThat(rows.get(0)).isEqualTo(BriefingDocument.HEADERS);
        JsonNode village = JSON.readTree(body("/api/v1/stats/summary?area=" + grid.substring(0, 12) + "&from=2026-01-01")
                .getResponse().getContentAsString());
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 5)).containsExactly(village.get("name").asString(),
                "2", "1", "1", String.valueOf(village.get("counts").get("overdue").asLong())));
        assertThat(rows.get(rows.size() - 1).subList(0, 4)).containsExactly("合计",
                json.get("counts").get("reported").asString(), json.get("counts").get("registered").asString(),
                json.get("counts").get("closed").asString());
    }

    @Test
    void aTownUserCannotDownloadAnotherTownsBriefing() throws Exception {
        assertThat(mvc.perform(get("/api/v1/briefings/document.docx?area=522601003").with(as(mvc, "demo-dispatcher")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/briefings/document.docx?area=522601&from=2026-13-01").with(as(mvc, "demo-leader")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private MvcResult body(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r;
    }
}
