package cn.taizhang.stats;

import cn.taizhang.cases.Counts;
import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.cases.lifecycle.Action;
import cn.taizhang.cases.lifecycle.Capacity;
import cn.taizhang.cases.lifecycle.Case;
import cn.taizhang.cases.lifecycle.CaseState;
import cn.taizhang.cases.lifecycle.Lifecycle;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random histories driven through the case API by the demo users whose part it is, in 炉山镇 (which it owns,
 * {@link OwnedArea}): each step is one of {@link Lifecycle#allowedActions} for the case as it stands. Then the
 * statistics served, the recount from the events and the test's own tally of what it did must all agree.
 */
@IntegrationTest
class RecountPropertyTests {

    static final String TOWN = OwnedArea.RECOUNT_PROPERTY.code(RecountPropertyTests.class);
    static final Set<Capacity> EVERYONE = EnumSet.allOf(Capacity.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Recount recount;

    /** The test's own idea of a case: the lifecycle state (mirrored to pick allowed actions) and what it did to it. */
    static final class Tally {
        Case mirror;
        String unitHandler;
        boolean dispatched, returned, reworked, extended, supervised;

        Counts counts() {
            CaseState s = mirror.state();
            boolean closed = s == CaseState.CLOSED;
            return new Counts(1, one(s != CaseState.REPORTED && s != CaseState.REJECTED), one(s == CaseState.REJECTED), one(dispatched),
                    one(returned), one(closed || s == CaseState.HANDLED), one(closed), one(closed), // every deadline lies ahead
                    one(s.open()), 0, one(reworked), one(extended), one(s == CaseState.DEFERRED), one(supervised));
        }

        private static long one(boolean fact) {
            return fact ? 1 : 0;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomHistoriesAreCountedAlikeByTheStatisticsTheRecountAndTheTestItself(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> grids = jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code LIMIT 3",
                String.class, TOWN + "%");
        Map<String, Counts> before = new HashMap<>();
        for (String area : areas(grids)) {
            before.put(area, served(area));
        }
        Map<String, Counts> expected = new HashMap<>();
        for (int n = 0; n < 12; n++) {
            String grid = grids.get(random.nextInt(grids.size()));
            Tally tally = play(grid, random);
            for (String area : List.of(grid, grid.substring(0, 12), TOWN)) {
                expected.merge(area, tally.counts(), Counts::plus);
            }
        }
        for (String area : areas(grids)) {
            assertThat(served(area)).as(area).isEqualTo(before.get(area).plus(expected.getOrDefault(area, Counts.ZERO)));
        }
        assertThat(recount.run(TOWN, null, null).differences()).isEmpty();
    }

    private Tally play(String grid, Random random) throws Exception {
        String[] types = {"city_sanitation", "safety_hazard", "enterprise_request"};
        String type = types[random.nextInt(types.length)];
        Map<String, Object> report = new HashMap<>(Map.of("clientId", UUID.randomUUID().toString(), "type", type,
                "description", "随机历史：" + type, "gridCode", grid, "source",
                List.of("grid_worker", "inspection", "citizen", "assigned", "video", "leader_visit").get(random.nextInt(6))));
        if (type.equals("safety_hazard")) {
            report.put("sector", "fire_safety");
            report.put("severity", random.nextInt(4) == 0 ? "major" : "general");
        }
        JsonNode c = call("gw-" + grid, post("/api/v1/cases"), report, 201);
        Tally tally = new Tally();
        tally.mirror = Case.reported(grid, !type.equals("enterprise_request"));
        for (int step = random.nextInt(14); step > 0; step--) {
            List<Action> allowed = Lifecycle.allowedActions(tally.mirror, EVERYONE);
            if (allowed.isEmpty()) {
                break;
            }
            c = act(c, allowed.get(random.nextInt(allowed.size())), grid, tally, random);
        }
        assertThat(c.get("state").asString()).isEqualTo(tally.mirror.state().code());
        return tally;
    }

    /** Takes the action as the person whose part it is, and mirrors it. */
    private JsonNode act(JsonNode c, Action action, String grid, Tally t, Random random) throws Exception {
        String dispatcher = "t" + TOWN + "-dispatcher-1";
        String leader = "t" + TOWN + "-leader";
        OffsetDateTime later = OffsetDateTime.now().plusDays(30);
        Case m = t.mirror;
        Map<String, Object> body = new HashMap<>();
        String who = dispatcher;
        switch (action) {
            case REGISTER -> t.mirror = m.register(EVERYONE).after();
            case REJECT -> {
                body.put("reason", "重复上报");
                t.mirror = m.reject(EVERYONE, "重复上报", null).after();
            }
            case DISPATCH -> {
                String[][] units = {{"OFFICE-" + TOWN, "t" + TOWN + "-safety-1"}, {"FIRE", "fire-handler-1"}, {"EMERGENCY", "emergency-handler-2"}};
                String[] unit = units[random.nextInt(units.length)];
                long id = jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, unit[0]);
                body.put("unit", id);
                t.unitHandler = unit[1];
                t.dispatched = true;
                t.mirror = m.dispatch(EVERYONE, id, later, OffsetDateTime.now()).after();
            }
            case RETURN -> {
                who = t.unitHandler;
                body.put("reason", "不属于本单位职责");
                t.returned = true;
                t.mirror = m.giveBack(EVERYONE, "退回").after();
            }
            case HANDLE -> {
                who = t.unitHandler;
                body.put("note", "已整改");
                t.mirror = m.handle(EVERYONE, "已整改", List.of(), OffsetDateTime.now()).after();
            }
            case VERIFY -> {
                who = random.nextBoolean() ? "gw-" + grid : dispatcher;
                boolean passed = random.nextInt(3) > 0;
                body.put("passed", passed);
                body.put("note", passed ? "合格" : "整改不到位");
                t.reworked |= !passed;
                t.mirror = m.verify(EVERYONE, passed, "核查", OffsetDateTime.now()).after();
            }
            case REQUEST_EXTENSION -> {
                who = t.unitHandler;
                body.put("workingDays", 3);
                body.put("reason", "需要更多时间");
                t.mirror = m.requestExtension(EVERYONE, 3, "需要更多时间").after();
            }
            case APPROVE_EXTENSION -> {
                who = leader;
                t.extended = true;
                t.mirror = m.approveExtension(EVERYONE, later.plusDays(5)).after();
            }
            case REFUSE_EXTENSION -> {
                who = leader;
                t.mirror = m.refuseExtension(EVERYONE, null).after();
            }
            case DEFER -> {
                body.put("reason", "等待条件");
                t.mirror = m.defer(EVERYONE, "等待条件", OffsetDateTime.now()).after();
            }
            case RESUME -> t.mirror = m.resume(EVERYONE, m.deadline()).after();
            case SUPERVISE -> {
                who = leader;
                body.put("documentNumber", "凯督〔2026〕" + random.nextInt(1000) + "号");
                t.supervised = true;
                t.mirror = m.supervise(EVERYONE, "督办").after();
            }
            case REOPEN -> {
                body.put("reason", "问题反弹");
                t.mirror = m.reopen(EVERYONE, "问题反弹").after();
            }
        }
        return call(who, post("/api/v1/cases/" + c.get("id").asLong() + "/actions/" + action.code())
                .header("If-Match", "\"" + c.get("version").asInt() + "\""), body, 200);
    }

    private JsonNode call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body,
            int status) throws Exception {
        MvcResult r = mvc.perform(request.with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(user + " " + r.getRequest().getRequestURI() + ": " + r.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    private Counts served(String area) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/stats/summary?area=" + area).with(as(mvc, "demo-leader"))).andReturn();
        return JSON.readValue(JSON.readTree(r.getResponse().getContentAsString()).get("counts").toString(), Counts.class);
    }

    private static List<String> areas(List<String> grids) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(TOWN),
                grids.stream().flatMap(g -> java.util.stream.Stream.of(g, g.substring(0, 12)))).distinct().toList();
    }
}
