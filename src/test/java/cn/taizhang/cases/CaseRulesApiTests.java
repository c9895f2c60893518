package cn.taizhang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Refusals through the API: 409 names the allowed actions, 403 for no say, 412 for a stale version, 428 without one. */
@IntegrationTest
class CaseRulesApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    private long reported() throws Exception {
        return api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
    }

    private long office() {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
    }

    @Test
    void anActionTheStateDoesNotAllowIsAConflictNamingWhatIsAllowed() throws Exception {
        long id = reported();
        MvcResult r = api.act("demo-dispatcher", id, "dispatch", 1, Map.of("unit", office()));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = CaseApi.JSON.readTree(r.getResponse().getContentAsString());
        assertThat(body.get("code").asString()).isEqualTo("ACTION_NOT_ALLOWED");
        assertThat(body.get("allowed").toString()).isEqualTo("[\"register\",\"reject\"]");
        assertThat(api.read("demo-leader", id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRoleWithNoSayIsForbidden() throws Exception {
        long id = reported();
        assertThat(api.act("demo-gridworker", id, "register", 1, null).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.act("demo-leader", id, "register", 1, null).getResponse().getStatus()).isEqualTo(403);
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office()));
        // the dispatcher cannot handle for the unit, a grid worker cannot approve an extension
        assertThat(api.act("demo-dispatcher", id, "handle", 3, Map.of("note", "x")).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.act("demo-gridworker", id, "approve-extension", 3, null).getResponse().getStatus()).isEqualTo(403);
        // the leader may approve extensions, but none was asked for
        assertThat(api.act("demo-leader", id, "approve-extension", 3, null).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aDispatcherOfAnotherTownDoesNotSeeTheCase() throws Exception {
        long id = reported();
        assertThat(api.act("t522601003-dispatcher-1", id, "register", 1, null).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aStaleVersionIsRefusedAndAMissingOneRequired() throws Exception {
        long id = reported();
        assertThat(api.act("demo-dispatcher", id, "register", null, null).getResponse().getStatus()).isEqualTo(428);
        assertThat(api.act("demo-dispatcher", id, "register", 7, null).getResponse().getStatus()).isEqualTo(412);
        MvcResult ok = api.act("demo-dispatcher", id, "register", 1, null);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(api.act("demo-dispatcher", id, "dispatch", 1, Map.of("unit", office())).getResponse().getStatus()).isEqualTo(412);
        assertThat(api.read("demo-leader", id).get("state").asString()).isEqualTo("registered");
    }

    @Test
    void badActionInputNamesTheField() throws Exception {
        long id = reported();
        api.done("demo-dispatcher", id, "register", null);
        MvcResult r = api.act("demo-dispatcher", id, "dispatch", 2, Map.of("unit", 999999));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("\"field\":\"unit\"");
        long westOffice = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601003'", Long.class);
        assertThat(api.act("demo-dispatcher", id, "dispatch", 2, Map.of("unit", westOffice)).getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read("demo-leader", id).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void twoDispatchersDispatchingAtOnceOneWins() throws Exception {
        long id = reported();
        api.done("demo-dispatcher", id, "register", null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String dispatcher : List.of("demo-dispatcher", "t522601002-dispatcher-1")) {
            api.read(dispatcher, id); // sign in before the race
            answers.add(pool.submit(() -> {
                start.await();
                return api.act(dispatcher, id, "dispatch", 2, Map.of("unit", office())).getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_event WHERE case_id = ? AND action = 'dispatch'", Integer.class, id))
                .isEqualTo(1);
        assertThat(api.read("demo-leader", id).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownActionIsNotFound() throws Exception {
        assertThat(api.act("demo-dispatcher", reported(), "teleport", 1, null).getResponse().getStatus()).isEqualTo(404);
    }
}
