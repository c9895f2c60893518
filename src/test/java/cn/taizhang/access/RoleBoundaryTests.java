package cn.taizhang.access;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.ApiDescription;
import cn.taizhang.support.ApiDescription.Operation;
import cn.taizhang.support.ApiDescription.Parameter;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.WriteProbe;
import cn.taizhang.support.OwnedArea;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 等保 8.1.4.2 for every endpoint, present and future, generated from the OpenAPI description: every operation is
 * called by every demo role with objects outside that role's reach — a case, its photo, a staff member, a notice, a
 * token and an area of another 镇街 — in its path, query and body. The answer must be 404 (or 403 where the role
 * has no part) and nothing may be written. An operation that names none of them and reads must not show them.
 * The leader sees the whole city: nothing lies outside it, so the leader is not a caller here.
 */
@IntegrationTest
class RoleBoundaryTests {

    /** 白果井街道, owned by this test ({@link OwnedArea}): its objects are this test's own. */
    static final String TOWN = OwnedArea.ROLE_BOUNDARY.code(RoleBoundaryTests.class);

    /** What a role may not reach. */
    enum Kind { CASE, EVIDENCE, STAFF, AREA, NOTICE, TOKEN }

    /** The demo roles and what lies outside each (see DemoSignIns for who they are). */
    static final Map<String, Set<Kind>> OUTSIDE = new LinkedHashMap<>();

    static {
        // 大十字街道 and one of its grids: everything of another 镇街
        OUTSIDE.put("demo-dispatcher", EnumSet.allOf(Kind.class));
        OUTSIDE.put("demo-gridworker", EnumSet.allOf(Kind.class));
        // a city department: the territory is theirs to read, another department's cases and people are not
        for (String user : List.of("demo-handler", "demo-inspector", "demo-enforcer")) {
            OUTSIDE.put(user, EnumSet.of(Kind.CASE, Kind.EVIDENCE, Kind.STAFF, Kind.NOTICE, Kind.TOKEN));
        }
        // the administrators configure, keep accounts, read the audit trail: no business data (三权分立)
        OUTSIDE.put("demo-sysadmin", EnumSet.of(Kind.CASE, Kind.EVIDENCE, Kind.STAFF, Kind.NOTICE, Kind.TOKEN));
        OUTSIDE.put("demo-secadmin", EnumSet.of(Kind.CASE, Kind.EVIDENCE, Kind.NOTICE, Kind.TOKEN));
        OUTSIDE.put("demo-auditor", EnumSet.of(Kind.CASE, Kind.EVIDENCE, Kind.STAFF, Kind.NOTICE, Kind.TOKEN));
    }

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int requests;

    /** The objects of another 镇街, and what would give them away in an answer. */
    record Foreign(long caseId, String caseNumber, long evidenceId, long staffId, String staffUsername, String grid, String lat,
            String lng, long noticeId, long tokenId) {
    }

    @Test
    void everyOperationAnswersEveryRoleNotFoundOrForbiddenForWhatLiesOutsideItAndWritesNothing() throws Exception {
        Foreign foreign = foreignObjects();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : OUTSIDE.keySet()) {
            tokens.put(user, DemoUsers.tokenFor(mvc, user, DemoUsers.PASSWORD));
        }
        ApiDescription api = new ApiDescription(new String(send("GET", "/v3/api-docs", tokens.get("demo-dispatcher"), null, null).body(),
                StandardCharsets.UTF_8));
        List<Operation> operations = api.operations();
        try (WriteProbe probe = new WriteProbe(owner)) {
            for (Operation op : operations) {
                for (Map.Entry<String, Set<Kind>> role : OUTSIDE.entrySet()) {
                    call(api, op, role.getKey(), role.getValue(), tokens.get(role.getKey()), foreign, probe);
                }
            }
        }
        System.out.println("RoleBoundaryTests: " + requests + " requests to " + operations.size() + " operations as "
                + OUTSIDE.size() + " roles; " + outcomes);
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    private void call(ApiDescription api, Operation op, String user, Set<Kind> outside, String token, Foreign foreign, WriteProbe probe)
            throws Exception {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        boolean addressed = false; // the path or the body names an object outside the role's reach
        boolean filtered = false; // only a query parameter does: a filter, which may answer with nothing
        for (Parameter p : op.parameters()) {
            Optional<Kind> kind = kindOf(op, p.name());
            if (kind.isPresent() && !outside.contains(kind.get())) {
                if (p.required()) {
                    count("not outside " + user);
                    return; // the object is this role's to reach: another test's business
                }
                continue;
            }
            if (kind.isEmpty() && !p.required()) {
                continue;
            }
            String value = kind.map(k -> valueOf(k, p.name(), foreign)).orElseGet(() -> text(api.plausible(p.name(), p.schema(), 0)));
            addressed |= kind.isPresent() && !p.in().equals("query");
            filtered |= kind.isPresent() && p.in().equals("query");
            switch (p.in()) {
                case "path" -> path.put(p.name(), value);
                case "query" -> query.put(p.name(), value);
                case "header" -> headers.put(p.name(), value);
                default -> { }
            }
        }
        String contentType = null;
        byte[] body = null;
        JsonNode jsonBody = null;
        if (op.bodyType() != null && op.bodyType().contains("json")) {
            JsonNode plausible = api.plausible("body", op.bodySchema(), 0);
            addressed |= aim(plausible, outside, foreign);
            jsonBody = plausible;
            contentType = "application/json";
            body = JSON.writeValueAsBytes(plausible);
        } else if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            contentType = "multipart/form-data; boundary=" + BOUNDARY;
            body = multipart(api, op);
        }
        String target = op.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            target += "?" + String.join("&", pairs);
        }
        boolean reads = op.method().equals("GET");
        if (!addressed && !reads && !filtered) {
            count("about nothing outside");
            return; // an action on the caller's own things (its password, its token, its notices)
        }
        if (!reads) {
            headers.putIfAbsent("If-Match", "\"1\""); // as a client acting on a case it has read would
        }
        long writes = probe.writes();
        Answer answer = send(op.method(), target, token, contentType, body, headers);
        requests++;
        for (int round = 0; round < 3 && answer.status() == 400 && jsonBody instanceof ObjectNode object && withoutRefused(object, answer); round++) {
            answer = send(op.method(), target, token, contentType, JSON.writeValueAsBytes(object), headers);
            requests++;
        }
        String where = op.method() + " " + target + " as " + user + ": ";
        if (probe.writes() != writes) {
            failures.add(where + answer.status() + " wrote " + probe.writtenSince(writes));
        }
        if (addressed || !reads) {
            count(Integer.toString(answer.status()));
            if (answer.status() != 404 && answer.status() != 403 && !itemsRefused(answer)) {
                failures.add(where + answer.status() + " " + abbreviated(answer.text()));
            }
        } else {
            // a read that names nothing outside, or only filters by it: answering "nothing" is as good as 404
            count(filtered ? "filter, nothing outside shown" : "read, nothing outside shown");
            int status = answer.status();
            leaked(op, user, answer, outside, foreign).ifPresent(shown -> failures.add(where + status + " shows " + shown));
        }
    }

    /**
     * Leaves out of the body the fields a 400 refused that name no object (the schema does not say what a field may
     * hold, and a plausible value may be refused on its own), so that the request reaches the object; false if none.
     */
    private static boolean withoutRefused(ObjectNode body, Answer answer) {
        boolean changed = false;
        for (JsonNode error : JSON.readTree(answer.text()).path("errors")) {
            String field = error.path("field").asString("");
            if (body.has(field) && bodyKind(field).isEmpty() && !error.path("code").asString("").equals("REQUIRED")) {
                body.remove(field);
                changed = true;
            }
        }
        return changed;
    }

    /** A batch answers each item: every one of them refused. */
    private static boolean itemsRefused(Answer answer) {
        if (answer.status() != 200 || !answer.contentType().contains("json")) {
            return false;
        }
        JsonNode items = JSON.readTree(answer.text()).path("items");
        return !items.isEmpty() && items.valueStream().allMatch(i -> i.path("status").asInt() == 404 || i.path("status").asInt() == 403);
    }

    /** The kind of object a parameter names, from its name and the path it is in. */
    static Optional<Kind> kindOf(Operation op, String name) {
        String path = op.path();
        String lower = name.toLowerCase();
        if (lower.equals("evidenceid")) {
            return Optional.of(Kind.EVIDENCE);
        }
        if (lower.equals("id")) {
            return path.startsWith("/api/v1/cases/") ? Optional.of(Kind.CASE)
                    : path.startsWith("/api/v1/staff/") ? Optional.of(Kind.STAFF)
                    : path.startsWith("/api/v1/notices/") ? Optional.of(Kind.NOTICE)
                    : path.startsWith("/api/v1/me/tokens/") ? Optional.of(Kind.TOKEN)
                    : Optional.empty();
        }
        if (lower.equals("code") && path.startsWith("/api/v1/areas/")) {
            return Optional.of(Kind.AREA);
        }
        boolean place = lower.equals("area") || lower.equals("areacode") || lower.equals("grid") || lower.equals("gridcode")
                || lower.equals("town") || lower.equals("jurisdictioncode") || lower.equals("lat") || lower.equals("lng");
        return place ? Optional.of(Kind.AREA) : Optional.empty();
    }

    private static String valueOf(Kind kind, String name, Foreign foreign) {
        return switch (kind) {
            case CASE -> Long.toString(foreign.caseId());
            case EVIDENCE -> Long.toString(foreign.evidenceId());
            case STAFF -> Long.toString(foreign.staffId());
            case NOTICE -> Long.toString(foreign.noticeId());
            case TOKEN -> Long.toString(foreign.tokenId());
            case AREA -> switch (name.toLowerCase()) {
                case "lat" -> foreign.lat();
                case "lng" -> foreign.lng();
                case "grid", "gridcode" -> foreign.grid();
                default -> TOWN;
            };
        };
    }

    /** Puts the foreign objects into the body's fields that name one; true if any did. */
    private static boolean aim(JsonNode node, Set<Kind> outside, Foreign foreign) {
        boolean aimed = false;
        if (node instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(field);
                Optional<Kind> kind = bodyKind(field);
                if (kind.isPresent() && outside.contains(kind.get())) {
                    String v = valueOf(kind.get(), field, foreign);
                    if (value.isNumber()) {
                        object.put(field, new java.math.BigDecimal(v));
                    } else {
                        object.put(field, v);
                    }
                    aimed = true;
                } else if (value.isContainer()) {
                    aimed |= aim(value, outside, foreign);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                aimed |= aim(item, outside, foreign);
            }
        }
        return aimed;
    }

    /** The kind of object a body field names. */
    private static Optional<Kind> bodyKind(String field) {
        String lower = field.toLowerCase();
        return lower.equals("duplicateof") || lower.equals("caseid") ? Optional.of(Kind.CASE)
                : lower.equals("gridcode") || lower.equals("areacode") || lower.equals("area") || lower.equals("jurisdictioncode")
                        || lower.equals("lat") || lower.equals("lng") ? Optional.of(Kind.AREA) : Optional.empty();
    }

    /** What of the foreign objects a read shows, looking into spreadsheets and documents too. */
    private static Optional<String> leaked(Operation op, String user, Answer answer, Set<Kind> outside, Foreign foreign) throws IOException {
        if (answer.status() >= 300 || user.equals("demo-auditor") && op.path().startsWith("/api/v1/audit")) {
            return Optional.empty(); // the audit trail names everyone who acted: reading it is the auditor's job
        }
        String text = answer.contentType().contains("openxmlformats") ? unzipped(answer.body()) : answer.text();
        if (outside.contains(Kind.CASE) && text.contains(foreign.caseNumber())) {
            return Optional.of("the case " + foreign.caseNumber());
        }
        if (outside.contains(Kind.STAFF) && text.contains(foreign.staffUsername())) {
            return Optional.of("the staff member " + foreign.staffUsername());
        }
        if (outside.contains(Kind.AREA) && text.contains(foreign.grid())) {
            return Optional.of("the grid " + foreign.grid());
        }
        return Optional.empty();
    }

    /** Through a file: POI's streamed workbooks have entries that {@code ZipInputStream} cannot read. */
    private static String unzipped(byte[] zip) throws IOException {
        Path file = Files.createTempFile("role-boundary", ".zip");
        StringBuilder text = new StringBuilder();
        Files.write(file, zip);
        try (ZipFile archive = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(archive.entries())) {
                text.append(new String(archive.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.delete(file);
        }
        return text.toString();
    }

    /**
     * A case of 白果井街道 reported and dispatched by its own dispatcher to its office, with a photo; its dispatcher as the
     * staff member; a notice and a token of theirs.
     */
    private Foreign foreignObjects() throws Exception {
        CaseDriver town = new CaseDriver(mvc, jdbc, TOWN);
        String grid = town.grid(0);
        long caseId = town.report("city_sanitation", grid);
        town.dispatch(caseId);
        String staffUsername = "t" + TOWN + "-dispatcher-1";
        String photo = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/cases/" + caseId + "/evidence")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", png())).param("kind", "before").with(as(mvc, staffUsername)))
                .andReturn().getResponse().getContentAsString();
        long evidenceId = JSON.readTree(photo).get("id").asLong();
        long staffId = jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, staffUsername);
        Map<String, Object> point = jdbc.queryForMap("SELECT lat, lng FROM area WHERE code = ?", grid);
        long noticeId = jdbc.queryForObject("""
                INSERT INTO notice (staff_id, kind, title) VALUES (?, 'reminder', '白果井街道的通知') RETURNING id""", Long.class, staffId);
        DemoUsers.tokenFor(mvc, staffUsername, DemoUsers.PASSWORD);
        long tokenId = jdbc.queryForObject("SELECT max(id) FROM api_token WHERE staff_id = ?", Long.class, staffId);
        String number = jdbc.queryForObject("SELECT number FROM case_record WHERE id = ?", String.class, caseId);
        return new Foreign(caseId, number, evidenceId, staffId, staffUsername, grid, point.get("lat").toString(), point.get("lng").toString(),
                noticeId, tokenId);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static final String BOUNDARY = "role-boundary";

    /** Every part of the schema: a small real image where a file goes (an evidence photo), else short text. */
    private static byte[] multipart(ApiDescription api, Operation op) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, JsonNode> part : api.properties(op.bodySchema()).entrySet()) {
            boolean file = ApiDescription.isFile(part.getValue());
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + (file ? "; filename=\"photo.png\"\r\nContent-Type: image/png" : "") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file ? png() : text(api.plausible(part.getKey(), part.getValue(), 0)).getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.isContainer() ? "" : value.toString();
    }

    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer send(String method, String target, String token, String contentType, byte[] body) throws Exception {
        return send(method, target, token, contentType, body, Map.of());
    }

    private Answer send(String method, String target, String token, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private static String abbreviated(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
