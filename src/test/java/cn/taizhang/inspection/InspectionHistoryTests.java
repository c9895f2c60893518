package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.inspection.InspectionHistory.PastAnswer;
import cn.taizhang.inspection.InspectionHistory.PastHazard;
import cn.taizhang.inspection.InspectionHistory.PastOuting;
import cn.taizhang.inspection.InspectionHistory.PastVisit;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The demo year's outings written in bulk read back as recorded ones: inspectors, visits, answers and hazard cases, the
 * case showing its outing.
 */
@IntegrationTest
class InspectionHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    @Autowired
    InspectionHistory history;

    @Test
    void pastOutingsReadBackWholeAndTheirHazardsShowTheirOrigin() throws Exception {
        InspectionFixtures api = new InspectionFixtures(mvc, jdbc);
        Checklist list = checklists.current("fire_safety").orElseThrow();
        long mall = api.enterprise("fire_safety", InspectionFixtures.GRID);
        long hotel = api.enterprise("fire_safety", InspectionFixtures.GRID);
        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        long hazard = town.report("safety_hazard", InspectionFixtures.GRID);
        town.dispatch(hazard);
        town.close(hazard);
        List<PastAnswer> answers = list.items().stream().map(i -> i.code().equals(list.items().get(1).code())
                ? new PastAnswer(i.code(), "fail", "灭火器过期") : new PastAnswer(i.code(), "pass", null)).toList();
        List<PastAnswer> passed = list.items().stream().map(i -> new PastAnswer(i.code(), "pass", null)).toList();
        long inspector = api.staffId("demo-inspector");
        long colleague = api.staffId("emergency-inspector");
        PastOuting outing = new PastOuting(InspectionFixtures.today().minusDays(20), "历史检查组", inspector, null, List.of(inspector, colleague), null,
                List.of(new PastVisit(mall, "甲商场", InspectionFixtures.GRID, "fire_safety", list.code(), list.version(), answers,
                        List.of(new PastHazard(hazard, list.items().get(1).code(), "检查发现：甲商场，灭火器过期", false))),
                        new PastVisit(hotel, "乙酒店", InspectionFixtures.GRID, "fire_safety", list.code(), list.version(), passed, List.of())));
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM inspection", Long.class);

        PastOuting later = new PastOuting(InspectionFixtures.today().minusDays(2), "历史检查组", inspector, null, List.of(inspector), null,
                List.of(outing.visits().get(1)));
        history.storeAll(List.of(outing, later));

        List<Long> ids = jdbc.queryForList("SELECT id FROM inspection WHERE id > ? AND group_name = '历史检查组' ORDER BY id", Long.class, before);
        assertThat(ids).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT CAST(created_at AT TIME ZONE 'Asia/Shanghai' AS text) FROM inspection WHERE id = ?", String.class,
                ids.get(0))).as("recorded that evening, Beijing time").isEqualTo(outing.day() + " 18:00:00");
        JsonNode read = ok(api.read("demo-inspector", "/api/v1/inspections/" + ids.get(0)), 200);
        assertThat(read.get("date").asString()).isEqualTo(outing.day().toString());
        assertThat(read.get("inspectors").valueStream().map(p -> p.get("id").asLong())).containsExactlyInAnyOrder(inspector, colleague);
        assertThat(read.get("visits").valueStream().map(v -> v.get("enterpriseId").asLong())).containsExactly(mall, hotel);
        JsonNode first = read.get("visits").get(0);
        assertThat(first.get("checklistVersion").asInt()).isEqualTo(list.version());
        assertThat(first.get("answers").valueStream().map(a -> a.get("item").asString()))
                .containsExactlyElementsOf(list.items().stream().map(i -> i.code()).toList());
        JsonNode failed = first.get("answers").get(1);
        assertThat(failed.get("result").asString()).isEqualTo("fail");
        assertThat(failed.get("note").asString()).isEqualTo("灭火器过期");
        assertThat(failed.get("caseId").asLong()).isEqualTo(hazard);
        assertThat(read.get("visits").get(1).get("hazards")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT rectified FROM inspection_hazard WHERE case_id = ?", Boolean.class, hazard))
                .as("its case was closed before: rectified").isTrue();
        assertThat(ok(api.read("demo-inspector", "/api/v1/inspections/" + ids.get(1)), 200).get("inspectors")).hasSize(1);
        assertThat(new CaseApi(mvc).read("demo-leader", hazard).get("origin").get("path").asString())
                .isEqualTo("/inspections/" + ids.get(0));
    }
}
