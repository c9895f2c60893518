package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.bulk.CaseBulkWriter.Simulated;
import cn.taizhang.inspection.InspectionHistory.PastAnswer;
import cn.taizhang.inspection.InspectionHistory.PastOuting;
import cn.taizhang.inspection.InspectionHistory.PastVisit;
import cn.taizhang.inspection.campaign.Campaign;
import cn.taizhang.inspection.campaign.CampaignStage;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.ChecklistItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo year's outings around its inspection hazards: grouped by inspector and day, visits walking the checklist. */
class KailiInspectionsTest {

    private static final String GRID = "522601002002001";
    private static final Checklist FIRE = new Checklist("fire_safety", "fire_safety", "消防安全检查表", 3, List.of(
            new ChecklistItem("FS-01", "疏散通道、安全出口保持畅通", "《消防法》第二十八条", true),
            new ChecklistItem("FS-02", "消防设施器材完好有效", "《消防法》第十六条", false),
            new ChecklistItem("FS-03", "消防安全责任制落实", "《消防法》第十六条", false)));
    private static final List<KailiInspections.Inspector> INSPECTORS = List.of(new KailiInspections.Inspector(1, 10L, "市消防救援大队", "522601"),
            new KailiInspections.Inspector(2, 10L, "市消防救援大队", "522601"), new KailiInspections.Inspector(3, 10L, "市消防救援大队", "522601"),
            new KailiInspections.Inspector(4, 20L, "市住建局", "522601"), new KailiInspections.Inspector(5, 30L, "大十字街道办事处", "522601002"));
    private static final List<KailiInspections.Firm> FIRMS = List.of(new KailiInspections.Firm(100, "甲商场", GRID, List.of("fire_safety")),
            new KailiInspections.Firm(101, "乙酒店", GRID, List.of("fire_safety")), new KailiInspections.Firm(102, "丙网吧", GRID, List.of("fire_safety")));

    @Test
    void theHazardsOneInspectorFoundAtOneEnterpriseOnOneDayAreOneOutingWithAColleague() {
        List<Simulated> hazards = List.of(
                hazard(1000, 1, "2026-05-06T09:00", 100, "检查发现：甲商场，疏散通道、安全出口保持畅通（《消防法》第二十八条）：安全出口上锁", "major"),
                hazard(1001, 1, "2026-05-06T10:30", 100, "检查发现：甲商场，消防设施器材完好有效（《消防法》第十六条）：灭火器过期", "general"),
                hazard(1002, 1, "2026-05-06T15:00", 101, "检查发现：乙酒店，烟道积油", "general"),
                hazard(1003, 2, "2026-05-06T11:00", 101, "检查发现：乙酒店，消防设施器材完好有效（《消防法》第十六条）：喷淋头遮挡", "general"),
                hazard(1004, 1, "2026-05-07T09:00", 100, "检查发现：甲商场，消防安全责任制落实（《消防法》第十六条）：无消防安全管理人", "general"),
                hazard(1005, 99, "2026-05-07T09:00", 100, "检查发现：甲商场，消防安全责任制落实（《消防法》第十六条）：由网格员代报", "general"),
                hazard(1006, 4, "2026-05-07T14:00", 102, "检查发现：丙网吧，消防设施器材完好有效（《消防法》第十六条）：应急照明损坏", "general"));
        Campaign fire = new Campaign(7, "消防安全专项整治", LocalDate.of(2026, 5, 7), LocalDate.of(2026, 11, 30), "522601", "凯里市",
                CampaignStage.values()[0], List.of("fire_safety"), null, null, List.of(), 1, List.of(), null, null, null, null, null);

        List<PastOuting> outings = KailiInspections.year(hazards, INSPECTORS, FIRMS, Map.of("fire_safety", FIRE), List.of(fire));

        assertThat(outings).as("per inspector, day and enterprise; none for a reporter who is no inspector")
                .extracting(o -> o.recordedBy() + " " + o.day() + " " + o.visits().get(0).enterpriseId())
                .containsExactly("1 2026-05-06 100", "1 2026-05-06 101", "2 2026-05-06 101", "1 2026-05-07 100", "4 2026-05-07 102");
        PastOuting first = outings.get(0);
        assertThat(first.group()).isEqualTo("市消防救援大队检查组");
        assertThat(first.inspectorIds()).as("every eighth outing, the first among them, has three").containsExactly(1L, 2L, 3L);
        assertThat(outings.get(1).inspectorIds()).containsExactly(1L, 3L);
        assertThat(outings.get(4).inspectorIds()).as("alone in 市住建局: with the town office's inspector").containsExactly(4L, 5L);
        assertThat(first.campaignId()).as("before the campaign began").isNull();
        assertThat(outings.get(3).campaignId()).isEqualTo(7L);

        // 甲商场 with two failed items and (every fourth outing) another enterprise of the town and sector passing everything
        assertThat(first.visits()).extracting(PastVisit::enterpriseId).containsExactly(100L, 101L);
        PastVisit mall = first.visits().get(0);
        assertThat(mall.checklist()).isEqualTo("fire_safety");
        assertThat(mall.checklistVersion()).isEqualTo(3);
        assertThat(mall.answers()).extracting(PastAnswer::result).containsExactly("fail", "fail", "pass");
        assertThat(mall.answers().get(0).note()).isEqualTo("安全出口上锁");
        assertThat(mall.hazards()).extracting(h -> h.caseId() + " " + h.item() + " " + h.major()).containsExactly("1000 FS-01 true", "1001 FS-02 false");
        assertThat(first.visits().get(1).answers()).extracting(PastAnswer::result).containsOnly("pass");
        assertThat(first.visits().get(1).hazards()).isEmpty();
        PastVisit hotel = outings.get(1).visits().get(0);
        assertThat(hotel.answers()).as("a hazard no item names is a finding").extracting(PastAnswer::result).containsOnly("pass");
        assertThat(hotel.hazards()).singleElement().satisfies(h -> assertThat(h.item()).isNull());
        assertThat(outings.get(1).visits()).as("no extra visit but every fourth outing").hasSize(1);
        assertThat(outings.get(4).visits()).extracting(PastVisit::enterpriseId).containsExactly(102L, 101L);
        assertThat(outings.stream().flatMap(o -> o.visits().stream()).mapToLong(v -> v.hazards().size()).sum()).isEqualTo(6);
    }

    private static Simulated hazard(long id, long reporter, String at, long enterprise, String description, String severity) {
        return new Simulated(id, reporter, OffsetDateTime.of(LocalDateTime.parse(at), ZoneOffset.ofHours(8)), GRID, "fire_safety", severity,
                enterprise, description);
    }
}
