package cn.taizhang.cases.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The escalation job is idempotent, also when two instances run it at the same moment. */
@IntegrationTest
class EscalationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Escalation escalation;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    private long dispatchedCase() throws Exception {
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
        long id = api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));
        return id;
    }

    private int notices(String dedupKey) {
        return jdbc.queryForObject("SELECT count(*) FROM notice WHERE dedup_key = ?", Integer.class, dedupKey);
    }

    private OffsetDateTime deadline(long id) {
        return jdbc.queryForObject("SELECT deadline FROM case_record WHERE id = ?", OffsetDateTime.class, id);
    }

    @Test
    void theUnitIsRemindedOnceNearTheDeadline() throws Exception {
        long id = dispatchedCase();
        OffsetDateTime deadline = deadline(id);
        String key = "case:" + id + ":remind:" + deadline.toInstant();
        escalation.escalate(OffsetDateTime.now());
        assertThat(notices(key)).isZero(); // just dispatched: too early
        escalation.escalate(deadline.minus(Duration.ofHours(1)));
        escalation.escalate(deadline.minus(Duration.ofMinutes(30)));
        assertThat(notices(key)).isEqualTo(2); // the office's two safety supervisors, once each
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_supervision WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void pastTheDeadlineTheUnitHearsItIsOverdueOnceAndNeverThatItIsAboutToBe() throws Exception {
        long fresh = dispatchedCase();
        OffsetDateTime deadline = deadline(fresh);
        escalation.escalate(deadline.plusHours(1));
        escalation.escalate(deadline.plusHours(2));
        assertThat(notices("case:" + fresh + ":remind:" + deadline.toInstant())).as("即将到期 after the deadline").isZero();
        assertThat(notices("case:" + fresh + ":overdue:" + deadline.toInstant())).as("已超期, to each handler once").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT title FROM notice WHERE dedup_key = ? LIMIT 1", String.class,
                "case:" + fresh + ":overdue:" + deadline.toInstant())).startsWith("事项已超期：");

        // found long after its deadline (an application started on an old database): no burst of stale reminders
        long old = dispatchedCase();
        OffsetDateTime oldDeadline = deadline(old);
        escalation.escalate(oldDeadline.plusDays(60));
        assertThat(notices("case:" + old + ":remind:" + oldDeadline.toInstant())).isZero();
        assertThat(notices("case:" + old + ":overdue:" + oldDeadline.toInstant())).isZero();
    }

    @Test
    void anOverdueCaseIsSupervisedOnceEvenWhenTwoJobsRunAtOnce() throws Exception {
        long id = dispatchedCase();
        OffsetDateTime deadline = deadline(id);
        OffsetDateTime late = deadline.plusDays(30);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Escalation.Result> one = CompletableFuture.supplyAsync(() -> awaitThen(start, late));
        CompletableFuture<Escalation.Result> two = CompletableFuture.supplyAsync(() -> awaitThen(start, late));
        start.countDown();
        one.join();
        two.join();
        escalation.escalate(late.plusHours(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_supervision WHERE case_id = ? AND automatic", Integer.class, id))
                .isEqualTo(1);
        String key = "case:" + id + ":supervise:" + deadline.toInstant();
        assertThat(jdbc.queryForList("SELECT staff_id FROM notice WHERE dedup_key = ?", Long.class, key)).isNotEmpty().doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("SELECT s.username FROM notice n JOIN staff s ON s.id = n.staff_id WHERE n.dedup_key = ?",
                String.class, key)).contains("demo-leader", "t522601002-leader");
        var c = api.read("demo-leader", id);
        assertThat(c.get("supervisedCount").asInt()).isEqualTo(1);
        assertThat(c.get("overdue").asBoolean()).isFalse(); // "now" is real time here; the deadline lies ahead
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event WHERE case_id = ? AND action = 'supervise' AND actor_role = 'SYSTEM'",
                Integer.class, id)).isEqualTo(1);
    }

    private Escalation.Result awaitThen(CountDownLatch start, OffsetDateTime now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return escalation.escalate(now);
    }
}
