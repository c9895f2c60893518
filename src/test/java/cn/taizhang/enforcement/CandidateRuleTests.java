package cn.taizhang.enforcement;

import static cn.taizhang.enforcement.EnforcementFixtures.SAFETY;
import static cn.taizhang.enforcement.EnforcementFixtures.action;
import static cn.taizhang.enforcement.EnforcementFixtures.ok;
import static cn.taizhang.enforcement.EnforcementFixtures.penalty;
import static cn.taizhang.enforcement.EnforcementFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CandidateRuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidateScan scan;

    @Test
    void art113FiresOnTheThirdMajorPenaltyWithin180DaysAndNotOnDay181() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long within = api.enterprise();
        long beyond = api.enterprise();
        for (int ago : new int[] {180, 90}) {
            api.take(SAFETY, penalty(within, today().minusDays(ago), true));
        }
        for (int ago : new int[] {181, 90}) {
            api.take(SAFETY, penalty(beyond, today().minusDays(ago), true));
        }
        assertThat(api.candidates(within)).as("two penalties are not three").isEmpty();
        long third = api.take(SAFETY, penalty(within, today(), true)).get("id").asLong();
        api.take(SAFETY, penalty(beyond, today(), true));

        JsonNode raised = api.candidates(within);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("rule").asString()).isEqualTo("art113");
        assertThat(raised.get(0).get("actionId").asLong()).as("raised by the penalty that completes the count").isEqualTo(third);
        assertThat(raised.get(0).get("since").asString()).isEqualTo(today().toString());
        assertThat(raised.get(0).get("reason").asString()).contains("180 日内受到 3 次行政处罚", "安全生产法第一百一十三条");
        assertThat(api.candidates(beyond)).as("181 days apart").isEmpty();

        // a fourth penalty adds nothing while the candidate is open; a closure acts on it
        api.take(SAFETY, penalty(within, today(), true));
        assertThat(api.candidates(within)).hasSize(1);
        long closure = api.take(SAFETY, action(within, "closure").put("documentNumber", EnforcementFixtures.documentNumber())).get("id").asLong();
        JsonNode acted = api.candidates(within).get(0);
        assertThat(acted.get("state").asString()).isEqualTo("acted");
        assertThat(acted.get("actedBy").asLong()).isEqualTo(closure);
    }

    @Test
    void fourMajorPenaltiesWithinAYearFireAndPenaltiesForOrdinaryViolationsDoNotCount() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long year = api.enterprise();
        long ordinary = api.enterprise();
        for (int ago : new int[] {365, 244, 122}) {
            api.take(SAFETY, penalty(year, today().minusDays(ago), true));
        }
        assertThat(api.candidates(year)).isEmpty();
        api.take(SAFETY, penalty(year, today(), true));
        assertThat(api.candidates(year)).hasSize(1);
        for (int ago : new int[] {30, 20, 10, 0}) {
            api.take(SAFETY, penalty(ordinary, today().minusDays(ago), false));
        }
        assertThat(api.candidates(ordinary)).isEmpty();
    }

    @Test
    void anOrderWhoseReinspectionFailsIsACandidateAndOnePassedIsNot() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long failing = api.enterprise();
        long complying = api.enterprise();
        long failedOrder = api.take(SAFETY, action(failing, "order").put("date", today().minusDays(20).toString())
                .put("deadline", today().minusDays(5).toString())).get("id").asLong();
        long passedOrder = api.take(SAFETY, action(complying, "order").put("date", today().minusDays(20).toString())
                .put("deadline", today().minusDays(5).toString())).get("id").asLong();
        api.take(SAFETY, action(failing, "reinspection").put("targetId", failedOrder).put("passed", false));
        api.take(SAFETY, action(complying, "reinspection").put("targetId", passedOrder).put("passed", true));

        JsonNode raised = api.candidates(failing);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("rule").asString()).isEqualTo("unrectified");
        assertThat(raised.get(0).get("actionId").asLong()).isEqualTo(failedOrder);
        assertThat(api.json(SAFETY, "/api/v1/enforcement-actions/" + failedOrder).get("state").asString()).isEqualTo("failed");
        assertThat(api.candidates(complying)).isEmpty();
        assertThat(api.json(SAFETY, "/api/v1/enforcement-actions/" + passedOrder).get("state").asString()).isEqualTo("complied");
        assertThat(ok(api.send(SAFETY, "/api/v1/enforcement-actions", action(complying, "reinspection").put("targetId", passedOrder)
                .put("passed", true)), 409).get("code").asString()).as("an order complied with is not re-inspected again").isEqualTo("NOTHING_TO_REINSPECT");

        // a penalty acts on it
        api.take(SAFETY, penalty(failing, today(), false));
        assertThat(api.candidates(failing).get(0).get("state").asString()).isEqualTo("acted");
    }

    @Test
    void aSupervisedHazardStillOpenAfterItsDeadlineIsRaisedOnceByTwoInstancesScanningAtOnce() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long enterprise = api.enterprise();
        long hazard = api.hazard(enterprise, EnforcementFixtures.GRID, false);
        new CaseApi(mvc).done("demo-leader", hazard, "supervise", Map.of("documentNumber", "凯安督〔2026〕" + hazard + "号",
                "deadline", OffsetDateTime.now().plusDays(3).toString()));
        scan.scan(OffsetDateTime.now());
        assertThat(api.candidates(enterprise)).as("its deadline has not passed").isEmpty();

        OffsetDateTime later = OffsetDateTime.now().plusDays(4);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<CandidateScan.Result> instance = () -> scan.scan(later);
            List<Future<CandidateScan.Result>> passes = two.invokeAll(List.of(instance, instance));
            for (Future<CandidateScan.Result> pass : passes) {
                pass.get();
            }
        } finally {
            two.shutdown();
        }
        scan.scan(later);
        JsonNode raised = api.candidates(enterprise);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("caseId").asLong()).isEqualTo(hazard);
        assertThat(raised.get(0).get("reason").asString()).contains("经挂牌督办", "仍未整改");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enforcement_candidate WHERE case_id = ?", Long.class, hazard)).isEqualTo(1);

        // dismissed with a reason, audited; not raised again
        long id = raised.get(0).get("id").asLong();
        assertThat(ok(api.send(SAFETY, "/api/v1/enforcement/candidates/" + id + "/dismiss", EnforcementFixtures.JSON.createObjectNode()), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("reason");
        JsonNode dismissed = ok(api.send(SAFETY, "/api/v1/enforcement/candidates/" + id + "/dismiss",
                EnforcementFixtures.JSON.createObjectNode().put("reason", "企业已停产，隐患设备已拆除")), 200);
        assertThat(dismissed.get("state").asString()).isEqualTo("dismissed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'enforcement_candidate' AND target_id = ?", Long.class,
                Long.toString(id))).isEqualTo(1);
        scan.scan(later);
        assertThat(api.candidates(enterprise).get(0).get("state").asString()).isEqualTo("dismissed");
        assertThat(ok(api.send("demo-gridworker", "/api/v1/enforcement/candidates/" + id + "/dismiss",
                EnforcementFixtures.JSON.createObjectNode().put("reason", "x")), 403).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aRestartReviewNotHeldWithinTenDaysOfTheRequestIsACandidate() throws Exception {
        EnforcementFixtures api = new EnforcementFixtures(mvc, jdbc);
        long late = api.enterprise();
        long onTime = api.enterprise();
        long lateSuspension = api.take(SAFETY, action(late, "suspension").put("date", today().minusDays(40).toString())).get("id").asLong();
        long onTimeSuspension = api.take(SAFETY, action(onTime, "suspension").put("date", today().minusDays(40).toString())).get("id").asLong();
        ok(api.send(SAFETY, "/api/v1/enforcement-actions/" + lateSuspension + "/restart-request",
                EnforcementFixtures.JSON.createObjectNode().put("date", today().minusDays(11).toString())), 200);
        ok(api.send(SAFETY, "/api/v1/enforcement-actions/" + onTimeSuspension + "/restart-request",
                EnforcementFixtures.JSON.createObjectNode().put("date", today().minusDays(10).toString())), 200);
        scan.scan(OffsetDateTime.now());

        JsonNode raised = api.candidates(late);
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("rule").asString()).isEqualTo("restart_overdue");
        assertThat(raised.get(0).get("actionId").asLong()).isEqualTo(lateSuspension);
        assertThat(api.candidates(onTime)).as("the tenth day is still within").isEmpty();

        api.take(SAFETY, action(late, "reinspection").put("targetId", lateSuspension).put("passed", true));
        assertThat(api.candidates(late).get(0).get("state").asString()).as("the review held acts on it").isEqualTo("acted");
    }
}
