package cn.taizhang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.Indicator;
import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The seam through which modules put figures on the dashboard: whatever contributors the application has, the figures
 * API answers every one of their cards, in their order, and the cases' are the statistics' own figures.
 */
@IntegrationTest
class FigureSeamTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectProvider<FigureContributor> contributors;

    @Test
    void theFiguresAreEveryContributorsCardsInOrder() throws Exception {
        List<String> cards = contributors.orderedStream().flatMap(c -> c.cards().stream()).map(Indicator::key).toList();
        JsonNode list = new ApiCalls(mvc).json("demo-leader", "/api/v1/stats/figures?area=522601002&from=2026-01-01&to=2026-12-31");
        assertThat(list.get("name").asString()).isEqualTo("大十字街道");
        assertThat(list.get("figures").valueStream().map(f -> f.get("key").asString()).toList()).isEqualTo(cards).isNotEmpty();
    }

    @Test
    void theCasesCardsAreTheSummarysFiguresAsTheSummaryWritesThem() throws Exception {
        ApiCalls api = new ApiCalls(mvc);
        String query = "area=522601002&from=2026-01-01&to=2026-12-31";
        JsonNode summary = api.json("demo-leader", "/api/v1/stats/summary?" + query);
        List<String> caseCards = DashboardFigures.CARDS.stream().map(CaseIndicator::key).toList();
        List<String> shown = new ArrayList<>();
        for (JsonNode f : api.json("demo-leader", "/api/v1/stats/figures?" + query).get("figures")) {
            String key = f.get("key").asString();
            if (!caseCards.contains(key)) { // another module's card (the registries')
                continue;
            }
            shown.add(key);
            if (f.get("rate").asBoolean()) {
                assertThat(f.get("display").asString()).as(key).isEqualTo(summary.get("percents").get(key).asString());
                assertThat(f.get("value").isNull() ? null : f.get("value").asDouble()).as(key)
                        .isEqualTo(summary.get("rates").get(key).isNull() ? null : summary.get("rates").get(key).asDouble());
            } else {
                assertThat(f.get("value").asLong()).as(key).isEqualTo(summary.get("counts").get(key).asLong());
                assertThat(f.get("display").asString()).as(key).isEqualTo(summary.get("counts").get(key).asString());
            }
        }
        assertThat(shown).containsExactlyElementsOf(caseCards);
    }

    @Test
    void anAreaOutsideTheJurisdictionIsNotFound() throws Exception {
        assertThat(new ApiCalls(mvc).status("demo-dispatcher", "/api/v1/stats/figures?area=522601003")).isEqualTo(404);
    }
}
