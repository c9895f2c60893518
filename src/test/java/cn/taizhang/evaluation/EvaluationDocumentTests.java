package cn.taizhang.evaluation;

import static cn.taizhang.evaluation.EvaluationFixtures.KAITANG;
import static cn.taizhang.evaluation.EvaluationFixtures.row;
import static cn.taizhang.evaluation.EvaluationFixtures.thisMonth;
import static cn.taizhang.support.Docx.document;
import static cn.taizhang.support.Docx.paragraphs;
import static cn.taizhang.support.Docx.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** The 通报 (.docx) and the Excel sheet carry the same ranking as the API. */
@IntegrationTest
class EvaluationDocumentTests {


    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNoticeIsAWordDocumentWithTheRankingAndTheUnitsListedApart() throws Exception {
        EvaluationFixtures api = new EvaluationFixtures(mvc, jdbc);
        String grid = api.grid(KAITANG, 2);
        for (int i = 0; i < 5; i++) {
            api.closed(api.dispatched(grid));
        }
        String leader = "t" + KAITANG + "-leader";
        String query = "object=gridworker&period=" + thisMonth();
        JsonNode e = api.evaluation(leader, query);
        JsonNode ours = row(e, "gw-" + grid);
        assertThat(ours.get("score").decimalValue()).as("every case closed on time").isEqualByComparingTo("100.0");
        assertThat(ours.get("grade").asString()).isEqualTo("A");

        MvcResult r = api.perform(leader, get("/api/v1/evaluations/notice.docx?" + query), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Document doc = document(r.getResponse().getContentAsByteArray());
        List<String> paragraphs = paragraphs(doc);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String label = e.get("period").get("label").asString();
        assertThat(paragraphs.get(0)).isEqualTo("关于" + label + "各网格员网格化服务管理工作考评情况的通报");
        assertThat(paragraphs.get(1)).isEqualTo("凯棠镇网格化服务管理中心　" + today.getYear() + "年" + today.getMonthValue() + "月"
                + today.getDayOfMonth() + "日");
        assertThat(paragraphs).contains("一、总体情况", "二、考评排名", "三、存在问题", "四、下步要求");
        long reported = e.get("total").get("counts").get("reported").asLong();
        assertThat(paragraphs.get(3)).startsWith(label + "，凯棠镇各网格员共上报事项" + reported + "件");

        List<List<String>> table = table(doc);
        // the indicators a grid worker is weighed on by default
        assertThat(table.get(0)).containsExactly("名次", "单位", "得分", "等次", "应结案数", "结案率", "按期结案率", "返工率", "准确立案率", "整改率",
                "观摩得分");
        assertThat(table).hasSize(e.get("ranked").size() + 1);
        for (int i = 0; i < e.get("ranked").size(); i++) {
            JsonNode ranked = e.get("ranked").get(i);
            assertThat(table.get(i + 1).subList(0, 4)).containsExactly(ranked.get("rank").asString(), ranked.get("name").asString(),
                    ranked.get("score").decimalValue().toPlainString(), ranked.get("grade").asString());
        }
        assertThat(table).anySatisfy(row -> assertThat(row).containsExactly(row.get(0), ours.get("name").asString(), "100.0", "A", "5",
                "100.0%", "100.0%", "0.0%", "100.0%", "100.0%", "—"));
        String problems = paragraphs.get(paragraphs.indexOf("三、存在问题") + 1);
        assertThat(problems).contains("应结案数不足5件、未参加排名的有：")
                .contains(e.get("unranked").get(0).get("name").asString() + "（" + e.get("unranked").get(0).get("counts").get("dispatched") + "件）");

        MvcResult x = api.perform(leader, get("/api/v1/evaluations/export.xlsx?" + query), null);
        assertThat(x.getResponse().getStatus()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(x.getResponse().getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("名次");
            assertThat(rows).hasSize(1 + e.get("ranked").size() + e.get("unranked").size());
            Row first = rows.get(1);
            assertThat(first.getCellText(2)).isEqualTo(e.get("ranked").get(0).get("name").asString());
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("不排名");
            int reason = rows.get(0).stream().map(c -> c.getText()).toList().indexOf("说明");
            assertThat(rows.get(rows.size() - 1).getCellText(reason)).contains("少于最低样本量 5 件");
        }
    }
}
