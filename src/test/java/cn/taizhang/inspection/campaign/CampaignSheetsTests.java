package cn.taizhang.inspection.campaign;

import static cn.taizhang.inspection.campaign.CampaignFixtures.campaign;
import static cn.taizhang.inspection.campaign.CampaignFixtures.newName;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The campaigns in Excel, filtered as the list, and the demo's campaigns. */
@IntegrationTest
class CampaignSheetsTests {

    @Autowired
    MockMvc mvc;

    CampaignFixtures api;

    @BeforeEach
    void setUp() {
        api = new CampaignFixtures(mvc);
    }

    @Test
    void theExportIsASheetOfTheFilteredCampaigns() throws Exception {
        String prefix = newName("导出专项整治");
        ObjectNode first = campaign(prefix + "A");
        first.put("stage", "consolidation");
        api.created("demo-leader", first);
        api.created("demo-leader", campaign(prefix + "B"));
        MvcResult r = api.read("demo-dispatcher", "/api/v1/campaigns/export.xlsx?sort=name&q=" + prefix);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).contains("spreadsheetml");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            List<String> headers = rows.get(0).stream().map(c -> c.getText()).toList();
            assertThat(headers).startsWith("专项整治名称", "开始日期", "结束日期", "整治区域", "区域代码", "整治阶段", "行业领域", "牵头部门", "整治措施");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(prefix + "A");
            assertThat(rows.get(1).getCellText(headers.indexOf("整治阶段"))).isEqualTo("巩固提升");
            assertThat(rows.get(1).getCellText(headers.indexOf("整治区域"))).isEqualTo("大十字街道");
            assertThat(rows.get(1).getCellText(headers.indexOf("行业领域"))).isEqualTo("城镇燃气、消防");
            assertThat(rows.get(2).getCellText(0)).isEqualTo(prefix + "B");
        }
        assertThat(api.status("demo-leader", "/api/v1/campaigns/export.xlsx?stage=done")).isEqualTo(400);
    }

    @Test
    void theDemoHasTheThreeYearCampaignOnWorkSafetyAcrossEverySector() throws Exception {
        JsonNode found = api.json("demo-gridworker", "/api/v1/campaigns?q=安全生产专项整治三年行动");
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode c = found.get("items").get(0);
        assertThat(c.get("from").asString()).isEqualTo("2020-04-01");
        assertThat(c.get("to").asString()).isEqualTo("2022-12-31");
        assertThat(c.get("stage").asString()).isEqualTo("tackling");
        assertThat(c.get("areaCode").asString()).isEqualTo(CampaignFixtures.CITY);
        assertThat(c.get("sectors")).hasSize(16);
        assertThat(c.get("leadDepartmentName").asString()).isEqualTo("市应急管理局");
        assertThat(api.total("demo-leader", "城镇燃气安全专项整治", "&sector=town_gas")).isGreaterThanOrEqualTo(1);
    }
}
