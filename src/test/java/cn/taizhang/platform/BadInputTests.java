package cn.taizhang.platform;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.RawHttp;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a 400 problem+json naming each bad field, with a stable code and a Chinese detail, and writes nothing. */
@IntegrationTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void malformedJsonAndFieldsOfTheWrongTypeAreNamed() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM staff", Long.class);
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"a\",").with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_BODY"))
                .andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON"));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"typed\",\"name\":\"王五\",\"roles\":[\"DISPATCHER\"],\"jurisdictionCode\":\"522601\","
                                + "\"departmentId\":\"not-a-number\",\"password\":\"Kaili@2026\"}")
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"typed\",\"name\":\"王五\",\"roles\":[\"MAYOR\"],\"jurisdictionCode\":\"522601\",\"password\":\"Kaili@2026\"}")
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff", Long.class)).isEqualTo(before);
    }

    @Test
    void outOfRangeCoordinatesAndMalformedCodesAreNamed() throws Exception {
        mvc.perform(get("/api/v1/grids/locate").param("lat", "95").param("lng", "200").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'lat')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lng')]").exists());
        mvc.perform(get("/api/v1/areas/52260100").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/staff").param("size", "100000").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    /** Through the real server: only Tomcat's multipart parsing enforces the size limit. */
    @Test
    void anOversizedUploadIsRefusedAndImportsNothing() throws Exception {
        long areas = jdbc.queryForObject("SELECT count(*) FROM area", Long.class);
        String boundary = "taizhang-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grids.geojson\"\r\n"
                + "Content-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head);
        body.write(new byte[51 * 1024 * 1024]); // over the 50 MB an upload may have (spring.servlet.multipart.max-file-size)
        body.write(tail);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/territory/imports/grids"))
                .header("Authorization", "Bearer " + DemoUsers.tokenFor(mvc, "demo-sysadmin", DemoUsers.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"UPLOAD_TOO_LARGE\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area", Long.class)).isEqualTo(areas);
    }

    @Test
    void importsAreForTheSystemAdministratorOnly() throws Exception {
        mvc.perform(multipart("/api/v1/territory/imports/divisions")
                        .file(new MockMultipartFile("file", "d.csv", "text/csv", "code,parent_code,name,level,urban_rural_class,lng,lat\n".getBytes()))
                        .with(as(mvc, "demo-leader")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    /** Issue 13: each class of malformed input that used to answer 500, through the real server. */
    @Test
    void controlCharactersLoneSurrogatesAndNoncharactersAreRefusedNamingTheField() {
        String token = DemoUsers.tokenFor(mvc, "demo-gridworker", DemoUsers.PASSWORD);
        long cases = jdbc.queryForObject("SELECT count(*) FROM case_record", Long.class);
        for (String bad : new String[] {"\\u0000", "\\u0007", "\\ud800", "\\uffff", "\\u0085"}) {
            RawHttp.Answer a = json("POST", "/api/v1/cases", token, "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\","
                    + "\"description\":\"井盖" + bad + "缺失\",\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}");
            assertProblem(a, 400, "INVALID_CHARACTERS");
            assertThat(a.body()).contains("\"field\":\"description\"");
        }
        RawHttp.Answer nested = json("POST", "/api/v1/cases", token, "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\","
                + "\"description\":\"井盖缺失\",\"location\":{\"lat\":26.5,\"lng\":107.9,\"crs\":\"wgs\\u0000\"},\"source\":\"grid_worker\"}");
        assertProblem(nested, 400, "INVALID_CHARACTERS");
        assertThat(nested.body()).contains("\"field\":\"location.crs\"");
        // tab, line feed and carriage return are fine in free text
        RawHttp.Answer fine = json("POST", "/api/v1/cases", token, "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\","
                + "\"description\":\"井盖缺失\\r\\n\\t两处\",\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}");
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record", Long.class)).isEqualTo(cases + 1);

        String leader = DemoUsers.tokenFor(mvc, "demo-leader", DemoUsers.PASSWORD);
        RawHttp.Answer query = raw().get("/api/v1/areas?q=%E5%A4%A7%00", Map.of("Authorization", "Bearer " + leader, "Accept", "application/json"));
        assertProblem(query, 400, "INVALID_CHARACTERS");
        assertThat(query.body()).contains("\"field\":\"q\"");
        String auditor = DemoUsers.tokenFor(mvc, "demo-auditor", DemoUsers.PASSWORD);
        assertProblem(raw().get("/api/v1/audit?action=%00", Map.of("Authorization", "Bearer " + auditor)), 400, "INVALID_CHARACTERS");
        assertProblem(raw().get("/api/v1/areas/5226%01", Map.of("Authorization", "Bearer " + leader)), 400, "INVALID_CHARACTERS");
        RawHttp.Answer header = raw().send("POST", "/api/v1/cases", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json", "Idempotency-Key", "k\u00851"), "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(header, 400, "INVALID_CHARACTERS");
        assertThat(header.body()).contains("\"field\":\"Idempotency-Key\"");
    }

    @Test
    void aLoneSurrogateInAPasswordIsRefused() {
        RawHttp.Answer a = json("POST", "/api/v1/auth/token", null, "{\"username\":\"demo-leader\",\"password\":\"Kaili\\ud800\"}");
        assertProblem(a, 400, "INVALID_CHARACTERS");
        assertThat(a.body()).contains("\"field\":\"password\"");
    }

    @Test
    void aFormSignInWithANulIsRefusedAndAuditedAsAFailedSignIn() {
        long failed = jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED'", Long.class);
        RawHttp.Answer a = raw().send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "username=demo%00leader&password=Kaili%402026".getBytes(StandardCharsets.UTF_8));
        assertProblem(a, 400, "INVALID_CHARACTERS");
        assertThat(a.body()).contains("\"field\":\"username\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND actor_username = ?",
                Long.class, "demo\uFFFDleader")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED'", Long.class)).isEqualTo(failed + 1);
    }

    @Test
    void aBatchAnswersANullItemAndAnItemWithANulEachWithItsOwnProblem() throws Exception {
        String token = DemoUsers.tokenFor(mvc, "demo-gridworker", DemoUsers.PASSWORD);
        String good = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\",\"description\":\"井盖缺失\","
                + "\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}";
        String nul = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\",\"description\":\"井盖\\u0000缺失\","
                + "\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}";
        RawHttp.Answer a = json("POST", "/api/v1/cases/batch", token, "{\"items\":[null," + nul + "," + good + ",7]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode items = JsonMapper.shared().readTree(a.body()).get("items");
        assertThat(items.get(0).get("status").asInt()).isEqualTo(400);
        assertThat(items.get(0).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("items[0]");
        assertThat(items.get(1).get("problem").get("code").asString()).isEqualTo("INVALID_CHARACTERS");
        assertThat(items.get(1).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("items[1].description");
        assertThat(items.get(2).get("status").asInt()).isEqualTo(201);
        assertThat(items.get(3).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void absurdNumbersAreRefusedNamingTheField() {
        String sysadmin = DemoUsers.tokenFor(mvc, "demo-sysadmin", DemoUsers.PASSWORD);
        for (String number : new String[] {"1e999999", "-1e999999", "1e-999999", "9".repeat(300)}) {
            RawHttp.Answer a = json("POST", "/api/v1/case-types", sysadmin, "{\"code\":\"absurd_numbers\",\"name\":\"数值\",\"category\":\"其他\","
                    + "\"remindShare\":" + number + ",\"superviseAfterDays\":" + number + "}");
            assertThat(a.status()).as(number + " " + a.body()).isEqualTo(400);
            assertThat(a.body()).contains("\"field\":\"remindShare\"");
            assertNoJavaNames(a);
        }
        String handler = DemoUsers.tokenFor(mvc, "demo-dispatcher", DemoUsers.PASSWORD);
        for (String number : new String[] {"1e999999", "9".repeat(300)}) {
            RawHttp.Answer a = json("POST", "/api/v1/cases/1/actions/dispatch", handler, "{\"unit\":" + number + "}");
            assertThat(a.status()).as(number + " " + a.body()).isEqualTo(400);
            assertThat(a.body()).contains("\"field\":\"unit\"");
        }
    }

    @Test
    void outOfRangeAndImpossibleDatesAreRefusedNamingTheFieldWithoutJavaNames() {
        String leader = DemoUsers.tokenFor(mvc, "demo-leader", DemoUsers.PASSWORD);
        for (String date : new String[] {"0000-01-01", "99999-01-01", "2026-02-30", "+999999999-12-31"}) {
            for (String path : new String[] {"/api/v1/cases?from=", "/api/v1/stats/summary?from=", "/api/v1/briefings?from="}) {
                RawHttp.Answer a = raw().get(path + date.replace("+", "%2B"), Map.of("Authorization", "Bearer " + leader));
                assertThat(a.status()).as(path + date + " " + a.body()).isEqualTo(400);
                assertThat(a.body()).contains("\"field\":\"from\"");
                assertNoJavaNames(a);
            }
        }
    }

    @Test
    void undecodableQueryStringsAndPathsAreRefusedAsProblems() {
        String leader = DemoUsers.tokenFor(mvc, "demo-leader", DemoUsers.PASSWORD);
        Map<String, String> signedIn = Map.of("Authorization", "Bearer " + leader, "Accept", "application/json");
        for (String path : new String[] {"/api/v1/areas/522601?x=%ff%fe", "/api/v1/areas?q=%zz", "/login?x=%ff%fe",
                "/actuator/health?x=%ff%fe", "/api/v1/areas?q=%E5%A4", "/api/v1/areas?q=%"}) {
            RawHttp.Answer a = raw().get(path, signedIn);
            assertProblem(a, 400, "UNDECODABLE");
        }
        for (String path : new String[] {"/api/v1/areas/5226%2F01", "/api/v1/areas/5226%00", "/api/v1/areas/%ff%fe", "/api/v1/%zz",
                "/api/v1/areas/..%2F..%2Fetc%2Fpasswd", "/api/v1/areas/;/../x"}) {
            RawHttp.Answer a = raw().get(path, signedIn);
            assertThat(a.status()).as(path + " " + a.body()).isEqualTo(400);
            assertThat(a.contentType()).as(path).startsWith("application/problem+json");
            assertNoJavaNames(a);
        }
        RawHttp.Answer big = raw().get("/api/v1/areas/522601", Map.of("Authorization", "Bearer " + leader, "X-Big", "x".repeat(20_000)));
        assertThat(big.status()).isBetween(400, 431);
        assertThat(big.contentType()).startsWith("application/problem+json");
        assertThat(big.body()).doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void anAcceptTheEndpointCannotServeIs406ProblemJson() {
        String leader = DemoUsers.tokenFor(mvc, "demo-leader", DemoUsers.PASSWORD);
        for (String accept : new String[] {"text/html", "image/png"}) {
            RawHttp.Answer a = raw().get("/api/v1/areas/522601", Map.of("Authorization", "Bearer " + leader, "Accept", accept));
            assertProblem(a, 406, "NOT_ACCEPTABLE");
        }
        // refused before the endpoint runs: a report answered 406 is not filed
        String token = DemoUsers.tokenFor(mvc, "demo-gridworker", DemoUsers.PASSWORD);
        long cases = jdbc.queryForObject("SELECT count(*) FROM case_record", Long.class);
        RawHttp.Answer report = raw().send("POST", "/api/v1/cases", Map.of("Authorization", "Bearer " + token, "Accept", "image/png",
                "Content-Type", "application/json"), ("{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"city_sanitation\","
                + "\"description\":\"井盖缺失\",\"gridCode\":\"522601002002001\",\"source\":\"grid_worker\"}").getBytes(StandardCharsets.UTF_8));
        assertProblem(report, 406, "NOT_ACCEPTABLE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_record", Long.class)).isEqualTo(cases);
    }

    private RawHttp raw() {
        return new RawHttp(port);
    }

    private RawHttp.Answer json(String method, String path, String token, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return raw().send(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(RawHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body()).contains("\"code\":\"" + code + "\"");
        assertNoJavaNames(a);
    }

    static void assertNoJavaNames(RawHttp.Answer a) {
        assertThat(a.body()).doesNotContainPattern(HostileInputTests.JAVA_NAME);
    }
}
