package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every change's audit row commits with the change: read at once after the answer (nothing is written behind), and
 * in the change's own transaction — the row and the change carry the same transaction id ({@code xmin}). A request
 * that commits nothing is audited after its answer, with its status, and never as a committed change.
 */
@IntegrationTest
class AuditAtomicityTests {

    private static final String TOWN = OwnedArea.AUDIT_ATOMICITY.code(AuditAtomicityTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver cases;

    @BeforeEach
    void driver() {
        cases = new CaseDriver(mvc, jdbc, TOWN);
    }

    @Test
    void aReportsAuditRowIsWrittenByTheStatementThatWritesTheCase() throws Exception {
        long id = cases.report("city_sanitation", cases.grid(0));

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT a.actor_username, a.method, a.path, a.status, a.after_ref FROM audit_event a JOIN case_record c
                  ON a.xmin = c.xmin AND a.target_type = 'case' AND a.target_id = c.id::text
                WHERE c.id = ? AND a.action = 'CHANGE'""", id);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("actor_username", "t" + TOWN + "-dispatcher-1").containsEntry("method", "POST")
                .containsEntry("path", "/api/v1/cases").containsEntry("after_ref", Long.toString(id));
        assertThat(rows.get(0).get("status")).as("committed with the change, before any answer").isNull();
    }

    @Test
    void eachActionsAuditRowCommitsWithTheActionsEvent() throws Exception {
        long id = cases.report("city_sanitation", cases.grid(1));
        cases.dispatch(id); // register, then dispatch

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT e.action, a.before_ref, a.after_ref FROM case_event e JOIN audit_event a
                  ON a.xmin = e.xmin AND a.target_type = 'case' AND a.target_id = e.case_id::text
                WHERE e.case_id = ? AND e.seq > 1 ORDER BY e.seq""", id);
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("register", "dispatch");
        assertThat(rows.get(0)).containsEntry("before_ref", "1").containsEntry("after_ref", "2");
    }

    @Test
    void aRefusedChangeIsAuditedWithItsStatusAndNeverAsCommitted() throws Exception {
        long id = cases.report("city_sanitation", cases.grid(2));
        String path = "/api/v1/cases/" + id + "/actions/register";
        MvcResult stale = mvc.perform(post(path).with(as(mvc, "t" + TOWN + "-dispatcher-1")).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"7\"").content("{}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);

        assertThat(jdbc.queryForList("SELECT status FROM audit_event WHERE path = ? AND action = 'CHANGE'", Integer.class, path))
                .containsExactly(412);
    }

    @Test
    void aRetriedReportIsAuditedAfterItsAnswerAndNamesTheEarlierCase() throws Exception {
        String body = """
                {"clientId":"%s","type":"city_sanitation","description":"重试的上报","gridCode":"%s","source":"grid_worker"}"""
                .formatted(UUID.randomUUID(), cases.grid(3));
        long first = Long.parseLong(report(body, 201));
        report(body, 201); // the same answer, the earlier case

        assertThat(jdbc.queryForList("SELECT coalesce(status, 0) FROM audit_event WHERE action = 'CHANGE' AND target_type = 'case'"
                + " AND target_id = ? ORDER BY id", Integer.class, Long.toString(first))).containsExactly(0, 201);
    }

    @Test
    void aTransactionThatWroteNothingLeavesNoCommittedRow() throws Exception {
        long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
        MockMultipartFile csv = new MockMultipartFile("file", "bad.csv", "text/csv",
                "date,kind,festival_zh,festival_en,in_lieu\nnot-a-date,off,节日,Festival,no\n".getBytes(StandardCharsets.UTF_8));
        MvcResult refused = mvc.perform(multipart("/api/v1/calendar/imports").file(csv).param("source", "local")
                .with(as(mvc, "demo-sysadmin"))).andReturn();
        int status = refused.getResponse().getStatus();
        assertThat(status).isBetween(400, 499);

        assertThat(jdbc.queryForList("SELECT status FROM audit_event WHERE id > ? AND path = '/api/v1/calendar/imports'"
                + " AND actor_username = 'demo-sysadmin'", Integer.class, before)).containsExactly(status);
    }

    private String report(String body, int status) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, "t" + TOWN + "-dispatcher-1")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString().replaceAll("(?s)^.*?\"id\":(\\d+).*$", "$1");
    }
}
