package cn.taizhang.evaluation;

import static cn.taizhang.evaluation.EvaluationFixtures.KAITANG;
import static cn.taizhang.evaluation.EvaluationFixtures.row;
import static cn.taizhang.evaluation.EvaluationFixtures.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.figures.EvaluationContributor;
import cn.taizhang.figures.EvaluationRequest;
import cn.taizhang.figures.Indicator;
import cn.taizhang.support.Docx;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.SampleContributor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seam through which a module's rates count in the evaluation, driven by a stand-in for a module still to come
 * ({@link SampleContributor}): its rate is listed after the case rates, weighs 0 until the system administrator gives
 * it a weight, is asked for by the unit's own key, and then scores, ranks and shows in the 通报 and the Excel sheet.
 */
@IntegrationTest
class EvaluationSeamTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SampleContributor sample;

    @Autowired
    ObjectProvider<EvaluationContributor> contributors;

    EvaluationFixtures api;

    @BeforeEach
    void setUp() {
        api = new EvaluationFixtures(mvc, jdbc);
    }

    @AfterEach
    void forget() {
        sample.clear();
    }

    @Test
    void aContributedRateIsListedAfterTheCaseRatesAndWeighsNothingUntilGivenAWeight() throws Exception {
        // the case rates, then every contributor's in order: the modules' own, the sample (a test bean, ordered last)
        List<String> keys = new ArrayList<>(CaseIndicator.RATES.stream().map(CaseIndicator::key).toList());
        contributors.orderedStream().flatMap(c -> c.indicators().stream()).map(Indicator::key).forEach(keys::add);
        assertThat(keys.get(keys.size() - 1)).isEqualTo(SampleContributor.RATE.key());
        for (String object : List.of("town", "department", "gridworker")) {
            JsonNode settings = api.settings(object);
            assertThat(settings.get("weights").propertyNames()).as(object).containsExactlyElementsOf(keys);
            assertThat(settings.get("weights").get("sampleRate").decimalValue()).as(object).isZero();
        }
        JsonNode e = api.evaluation("demo-leader", "object=town&period=2026");
        assertThat(e.get("indicators").valueStream().map(i -> i.get("key").asString()).toList()).containsExactlyElementsOf(keys);
        JsonNode last = e.get("indicators").get(keys.size() - 1);
        assertThat(last.get("label").asString()).isEqualTo("测试指标");
        assertThat(last.get("better").asInt()).isEqualTo(1);
        assertThat(row(e, EvaluationApiTests.keys(e).get(0)).get("figures").valueStream().map(f -> f.get("key").asString()).toList())
                .containsExactlyElementsOf(keys);
    }

    @Test
    void onceWeighedTheContributedRateScoresEveryTownItHasAValueFor() throws Exception {
        JsonNode original = api.settings("town");
        List<String> towns = EvaluationApiTests.keys(api.evaluation("demo-leader", "object=town&period=2026"));
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < towns.size() - 1; i++) {
            values.put(towns.get(i), (i + 1) / (double) towns.size());
        }
        String without = towns.get(towns.size() - 1);
        sample.give(values);
        ObjectNode onlySample = (ObjectNode) original.deepCopy();
        ObjectNode weights = (ObjectNode) onlySample.get("weights");
        weights.propertyNames().forEach(k -> weights.put(k, 0));
        weights.put("sampleRate", 100);
        onlySample.put("minimumSample", 1);
        onlySample.put("observationWeight", 0);
        try {
            api.putSettings("town", onlySample);
            JsonNode e = api.evaluation("demo-leader", "object=town&period=2026");

            EvaluationRequest asked = sample.lastRequest();
            assertThat(asked.unit()).isEqualTo(EvaluationRequest.Unit.TOWN);
            assertThat(asked.keys()).containsExactlyInAnyOrderElementsOf(towns);
            for (Map.Entry<String, Double> v : values.entrySet()) {
                JsonNode r = row(e, v.getKey());
                BigDecimal expected = BigDecimal.valueOf(v.getValue() * 100).setScale(1, RoundingMode.HALF_UP);
                assertThat(r.get("indicatorScore").decimalValue()).as(v.getKey()).isEqualByComparingTo(expected);
                assertThat(figure(r, "sampleRate").get("display").asString()).isEqualTo(expected.toPlainString() + "%");
            }
            JsonNode none = row(e, without);
            assertThat(none.get("indicatorScore").isNull()).as("no value, no score").isTrue();
            assertThat(none.get("rank").isNull()).isTrue();
            assertThat(figure(none, "sampleRate").get("display").asString()).isEqualTo("—");
            List<Double> scores = e.get("ranked").valueStream().map(r -> r.get("score").asDouble()).toList();
            assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));

            byte[] sheet = api.perform("demo-leader", get("/api/v1/evaluations/export.xlsx?object=town&period=2026"), null)
                    .getResponse().getContentAsByteArray();
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
                List<Row> rows = book.getFirstSheet().read();
                int column = rows.get(0).stream().map(c -> c.getText()).toList().indexOf("测试指标");
                assertThat(column).isPositive();
                for (Row row : rows.subList(1, rows.size())) {
                    String town = row.getCellText(1);
                    JsonNode value = figure(row(e, town), "sampleRate").get("value");
                    if (value.isNull()) {
                        assertThat(row.getCellText(column)).as(town).isEmpty();
                    } else {
                        assertThat(row.getCellAsNumber(column).orElseThrow().doubleValue()).as("a number formatted as a percentage: " + town)
                                .isEqualTo(value.asDouble());
                    }
                }
            }
            byte[] notice = api.perform("demo-leader", get("/api/v1/evaluations/notice.docx?object=town&period=2026"), null)
                    .getResponse().getContentAsByteArray();
            List<String> paragraphs = Docx.paragraphs(Docx.document(notice));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("指标得分按测试指标100的权重计算；"));
        } finally {
            api.putSettings("town", original);
        }
    }

    @Test
    void aGridWorkerIsAskedForByTheGridAndADepartmentByItsId() throws Exception {
        String grid = api.grid(KAITANG, 3);
        sample.give(Map.of(grid, 0.625));
        JsonNode workers = api.evaluation("t" + KAITANG + "-leader", "object=gridworker&period=" + thisMonth());
        EvaluationRequest asked = sample.lastRequest();
        assertThat(asked.unit()).isEqualTo(EvaluationRequest.Unit.GRID);
        assertThat(asked.keys()).contains(grid).allSatisfy(k -> assertThat(k).hasSize(15).startsWith(KAITANG));
        assertThat(figure(row(workers, "gw-" + grid), "sampleRate").get("display").asString()).isEqualTo("62.5%");

        JsonNode departments = api.evaluation("demo-leader", "object=department&period=" + thisMonth());
        asked = sample.lastRequest();
        assertThat(asked.unit()).isEqualTo(EvaluationRequest.Unit.DEPARTMENT);
        assertThat(asked.keys()).containsExactlyInAnyOrderElementsOf(EvaluationApiTests.keys(departments));
    }

    private static JsonNode figure(JsonNode row, String key) {
        return row.get("figures").valueStream().filter(f -> f.get("key").asString().equals(key)).findFirst().orElseThrow();
    }
}
