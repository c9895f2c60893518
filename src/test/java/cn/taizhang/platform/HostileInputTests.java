package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.ApiDescription;
import cn.taizhang.support.ApiDescription.Operation;
import cn.taizhang.support.ApiDescription.Parameter;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.HostileValues;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.RawHttp;
import cn.taizhang.support.WriteProbe;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI description, present and future, gets hostile values in each parameter
 * (path, query, header) and each body field in turn, over real HTTP so that Tomcat's layer answers too.
 * None may answer 5xx; every 4xx is problem+json without a Java class or exception name in its details;
 * and a refused request writes nothing (a trigger on every business table counts the rows written, see
 * {@link WriteProbe}). Requests that succeed may write: a hostile value can be perfectly good text.
 */
@IntegrationTest
class HostileInputTests {

    /**
     * What a Java class or exception name looks like inside a detail. A name starts after a non-letter, which
     * keeps the search linear in details that quote 100,000 hostile letters.
     */
    static final Pattern JAVA_NAME = Pattern.compile("java\\.|(?<![a-z])[a-z]++\\.[a-z]++\\.[A-Z]|Exception");

    /**
     * Each operation is called as the first of these whose plausible request is not refused with 401 or 403,
     * so that the hostile value meets the endpoint's own checks rather than the role check; the order puts
     * the business roles before the administrators (an inspector's outing and an officer's enforcement action are sent as
     * theirs). An operation no one may call is tried as the leader.
     */
    private static final List<String> CALLERS = List.of("demo-leader", "demo-dispatcher", "demo-gridworker", "demo-handler",
            "demo-inspector", "demo-safety-enforcer", "demo-sysadmin", "demo-secadmin", "demo-auditor");

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String MARK = "\"@@hostile@@\"";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<Operation, Map<String, JsonNode>> lessons = new HashMap<>();
    private final Map<Operation, Set<String>> omitted = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private String ownAccount; // the staff id that operations on one account get: never a demo user's
    private String ownToken; // the token id that operations on one of the caller's tokens get: never one another test holds
    private String ownCampaign; // the campaign that operations on one campaign get: an edit of the demo's would rename it

    /** One request: the operation, what varies, and the request's parts. */
    record Call(Operation op, String what, Map<String, String> pathValues, Map<String, String> query, Map<String, String> headers,
            String contentType, byte[] body) {
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() throws Exception {
        long started = System.nanoTime();
        for (String user : CALLERS) {
            tokens.put(user, DemoUsers.tokenFor(mvc, user, DemoUsers.PASSWORD));
        }
        ownAccount = ownAccount();
        ownToken = ownToken();
        ownCampaign = ownCampaign();
        ApiDescription api = new ApiDescription(raw().get("/v3/api-docs",
                Map.of("Accept", "application/json", "Authorization", "Bearer " + tokens.get("demo-leader"))).body());
        List<Operation> operations = api.operations();
        // the county's enterprise-service coordinator: a plausible department id appoints another, which the visits'
        // tests would then meet; put back at the end, as no request may leave the demo's configuration changed
        JdbcTemplate database = new JdbcTemplate(owner);
        List<Map<String, Object>> coordinators = database.queryForList("SELECT area_code, department_id FROM enterprise_service_unit");
        try (WriteProbe probe = new WriteProbe(owner)) {
            System.out.println("HostileInputTests: watching " + probe.tables());
            long writes = probe.writes();
            for (Operation op : operations) {
                String user = callerFor(api, op);
                learn(api, op, tokens.get(user));
                String token = tokens.get(user);
                writes = probe.writes(); // finding the caller and learning may have written, with 2xx
                for (Call call : calls(api, op)) {
                    RawHttp.Answer answer = send(call, token);
                    requests++;
                    long now = probe.writes();
                    check(call, answer, now == writes ? List.of() : probe.writtenSince(writes));
                    writes = now;
                }
                stillSignedIn(user);
            }
            assertThat(writes).as("rows written by the requests that succeeded: the probe works").isPositive();
        } finally {
            coordinators.forEach(c -> database.update("UPDATE enterprise_service_unit SET department_id = ? WHERE area_code = ?",
                    c.get("department_id"), c.get("area_code")));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.println("HostileInputTests: " + requests + " requests to " + operations.size() + " operations in " + seconds + " s");
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    /** An account of this test's own, for the operations on one account (reset its password, unlock it). */
    private String ownAccount() throws Exception {
        String body = """
                {"username":"hostile-target-%s","name":"测试账号","phone":"13800138000","roles":["DISPATCHER"],
                 "jurisdictionCode":"522601002","password":"Kaili@2026"}""".formatted(UUID.randomUUID().toString().substring(0, 8));
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/staff")
                        .with(DemoUsers.as(mvc, "demo-secadmin")).contentType("application/json").content(body))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(created).get("id").asString();
    }

    /** A campaign of this test's own (city-wide, the leader's), for the operations on one campaign (edit it). */
    private String ownCampaign() throws Exception {
        String body = """
                {"name":"敌意输入测试专项整治","from":"2026-01-01","to":"2026-12-31","area":"522601"}""";
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/campaigns")
                        .with(DemoUsers.as(mvc, CALLERS.get(0))).contentType("application/json").content(body))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(created).get("id").asString();
    }

    /**
     * A spare token of the first caller's, for the operations on one of the caller's tokens (revoke it): the plausible
     * id 1 revoked whichever token had it, in some orders the leader's that {@link DemoUsers} hands every other test.
     */
    private String ownToken() throws Exception {
        String spare = DemoUsers.tokenFor(mvc, CALLERS.get(0), DemoUsers.PASSWORD);
        JsonNode live = JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me/tokens")
                .header("Authorization", "Bearer " + spare)).andReturn().getResponse().getContentAsString());
        for (JsonNode token : live.path("items")) {
            if (token.path("current").asBoolean()) {
                return token.path("id").asString();
            }
        }
        throw new AssertionError("the spare token is not among the live ones: " + live);
    }

    private void check(Call call, RawHttp.Answer answer, List<String> written) {
        String where = call.op() + " [" + call.what() + "] ";
        int status = answer.status();
        if (status >= 500) {
            failures.add(where + status + " " + abbreviated(answer.body()));
            return;
        }
        if (status < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(where + status + " not problem+json: " + answer.contentType() + " " + abbreviated(answer.body()));
            return;
        }
        JsonNode problem = JSON.readTree(answer.body());
        List<String> details = new ArrayList<>(List.of(problem.path("detail").asString("")));
        problem.path("errors").forEach(e -> details.add(e.path("detail").asString("")));
        for (String detail : details) {
            if (JAVA_NAME.matcher(detail).find()) {
                failures.add(where + status + " Java name in detail: " + abbreviated(detail));
            }
        }
        if (!written.isEmpty()) {
            failures.add(where + status + " refused but wrote " + written);
        }
    }

    /** An operation may revoke the caller's token (DELETE /api/v1/auth/token): the next one gets a new token. */
    private void stillSignedIn(String user) {
        if (raw().get("/api/v1/sectors", Map.of("Authorization", "Bearer " + tokens.get(user))).status() == 401) {
            tokens.put(user, DemoUsers.tokenFor(mvc, user, DemoUsers.PASSWORD));
        }
    }

    /** The operation's caller: see {@link #CALLERS}. */
    private String callerFor(ApiDescription api, Operation op) {
        Call plausible = plausible(api, op, "plausible");
        for (String user : CALLERS) {
            int status = send(plausible, tokens.get(user)).status();
            requests++;
            if (status != 401 && status != 403) {
                System.out.println("HostileInputTests: " + op + " as " + user);
                return user;
            }
        }
        return CALLERS.get(0);
    }

    /** The body from the schema, corrected by what the endpoint taught ({@link #learnBody}). */
    private JsonNode plausibleBody(ApiDescription api, Operation op) {
        JsonNode body = api.plausible("body", op.bodySchema(), 0);
        if (body instanceof ObjectNode object) {
            lessons.getOrDefault(op, Map.of()).forEach((field, value) -> {
                if (value == null) {
                    object.remove(field);
                } else {
                    object.set(field, value);
                }
            });
        }
        return body;
    }

    /**
     * Where the schema says too little, the plausible request is corrected by the endpoint's own answers, so
     * that each hostile value meets the endpoint's checks of its field rather than a refusal of another: an
     * optional parameter whose plausible value is refused is left out; a body read as a tree has no schema,
     * so a field it does not know is left out and one it requires is added (text first, a number if it
     * wants another type).
     */
    private void learn(ApiDescription api, Operation op, String token) {
        Map<String, JsonNode> learnt = lessons.computeIfAbsent(op, o -> new LinkedHashMap<>());
        for (int round = 0; round < 4; round++) {
            RawHttp.Answer answer = send(plausible(api, op, "learning"), token);
            requests++;
            if (answer.status() != 400 || !answer.contentType().startsWith("application/problem+json")) {
                return;
            }
            boolean changed = false;
            for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
                String field = error.path("field").asString("");
                String code = error.path("code").asString("");
                if (field.isEmpty() || field.contains(".") || field.contains("[")) {
                    continue;
                }
                if (op.parameters().stream().anyMatch(p -> p.name().equals(field) && p.in().equals("query") && !p.required())) {
                    changed |= omitted.computeIfAbsent(op, o -> new HashSet<>()).add(field);
                    continue;
                }
                if (code.equals("UNKNOWN_FIELD") && !learnt.containsKey(field)) {
                    learnt.put(field, null);
                    changed = true;
                } else if (code.equals("REQUIRED") && !learnt.containsKey(field)) {
                    learnt.put(field, api.plausible(field, JSON.createObjectNode().put("type", "string"), 0));
                    changed = true;
                } else if (code.equals("INVALID_FIELD") && learnt.get(field) != null && learnt.get(field).isString()) {
                    learnt.put(field, JSON.getNodeFactory().numberNode(1));
                    changed = true;
                } else if (!code.equals("REQUIRED") && !learnt.containsKey(field) && plausibleBody(api, op).has(field)) {
                    learnt.put(field, null); // an optional field whose plausible value is refused is left out
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /** Every hostile value in every parameter and every body field, one at a time; then as the whole body. */
    private List<Call> calls(ApiDescription api, Operation op) {
        List<Call> calls = new ArrayList<>();
        for (String accept : List.of("image/png", "text/html", "*/*;q=x", "\u0000")) {
            Call call = plausible(api, op, "Accept: " + abbreviated(accept));
            call.headers().put("Accept", accept);
            calls.add(call);
        }
        for (Parameter p : op.parameters()) {
            List<String> values = p.in().equals("header") ? headerValues() : HostileValues.inUrls();
            for (String value : values) {
                Call call = plausible(api, op, p.in() + " " + p.name() + "=" + abbreviated(value));
                switch (p.in()) {
                    case "path" -> call.pathValues().put(p.name(), value);
                    case "query" -> call.query().put(p.name(), value);
                    case "header" -> call.headers().put(p.name(), value);
                    default -> { }
                }
                calls.add(call);
            }
        }
        if (op.bodyType() == null) {
            return calls;
        }
        if (op.bodyType().contains("json")) {
            JsonNode body = plausibleBody(api, op);
            for (String field : fieldPaths(body, "")) {
                for (String value : HostileValues.inJson()) {
                    calls.add(withBody(api, op, "body " + field + "=" + abbreviated(value), jsonWith(body, field, value)));
                }
            }
            for (String value : HostileValues.inJson()) {
                calls.add(withBody(api, op, "body=" + abbreviated(value), value));
            }
            calls.add(withBody(api, op, "body truncated", JSON.writeValueAsString(body).replaceFirst(".$", "")));
        } else if (op.bodyType().startsWith("multipart/")) {
            for (String field : api.properties(op.bodySchema()).keySet()) {
                for (String value : HostileValues.TEXTS) {
                    Call call = plausible(api, op, "part " + field + "=" + abbreviated(value));
                    calls.add(new Call(op, call.what(), call.pathValues(), call.query(), call.headers(), call.contentType(),
                            multipart(api, op, field, value)));
                }
            }
        }
        return calls;
    }

    /** A request with plausible values everywhere. */
    private Call plausible(ApiDescription api, Operation op, String what) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            if (omitted.getOrDefault(op, Set.of()).contains(p.name())) {
                continue;
            }
            JsonNode value = api.plausible(p.name(), p.schema(), 0);
            String text = value.isString() ? value.asString() : value.isContainer() ? "" : value.toString();
            if (p.in().equals("path") && op.path().startsWith("/api/v1/staff/{" + p.name() + "}")) {
                text = ownAccount; // a reset or an unlock of a demo user would lock every later test out
            }
            if (p.in().equals("path") && op.path().startsWith("/api/v1/me/tokens/{" + p.name() + "}")) {
                text = ownToken;
            }
            if (p.in().equals("path") && op.path().startsWith("/api/v1/campaigns/{" + p.name() + "}")) {
                text = ownCampaign;
            }
            switch (p.in()) {
                case "path" -> path.put(p.name(), HostileValues.percentEncoded(text));
                case "query" -> query.put(p.name(), HostileValues.percentEncoded(text));
                case "header" -> headers.put(p.name(), text);
                default -> { }
            }
        }
        String type = null;
        byte[] body = null;
        if (op.bodyType() != null && op.bodyType().contains("json")) {
            type = "application/json";
            body = JSON.writeValueAsString(plausibleBody(api, op)).getBytes(StandardCharsets.UTF_8);
        } else if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            type = "multipart/form-data; boundary=" + BOUNDARY;
            body = multipart(api, op, null, null);
        }
        return new Call(op, what, path, query, headers, type, body);
    }

    private Call withBody(ApiDescription api, Operation op, String what, String json) {
        Call call = plausible(api, op, what);
        return new Call(op, what, call.pathValues(), call.query(), call.headers(), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The paths of every field of the body, nested ones included: {@code a}, {@code a.b}, {@code a[0]}. */
    private static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                paths.add(path);
                paths.addAll(fieldPaths(e.getValue(), path));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            paths.add(prefix + "[0]");
            paths.addAll(fieldPaths(node.get(0), prefix + "[0]"));
        }
        return paths;
    }

    /** The body as JSON text with the field at {@code path} replaced by the JSON text {@code value}. */
    private static String jsonWith(JsonNode body, String path, String value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        String[] steps = path.replace("[0]", ".[0]").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].equals("[0]") ? parent.get(0) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.equals("[0]")) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(0, JSON.getNodeFactory().stringNode("@@hostile@@"));
        } else {
            ((ObjectNode) parent).put(last, "@@hostile@@");
        }
        return JSON.writeValueAsString(copy).replace(MARK, value);
    }

    private static final String BOUNDARY = "hostile-boundary";

    /** A multipart body with every field of the schema, the one named {@code field} holding {@code value}. */
    private static byte[] multipart(ApiDescription api, Operation op, String field, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, JsonNode> part : api.properties(op.bodySchema()).entrySet()) {
            boolean file = ApiDescription.isFile(part.getValue());
            String content = part.getKey().equals(field) ? value : file ? "code,name\n522601,凯里市\n" : "x";
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + (file ? "; filename=\"upload.csv\"\r\nContent-Type: application/octet-stream" : "") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Header values can carry anything but the line breaks that would end them. */
    private static List<String> headerValues() {
        return HostileValues.TEXTS.stream().filter(t -> t.indexOf('\r') < 0 && t.indexOf('\n') < 0).toList();
    }

    private RawHttp.Answer send(Call call, String token) {
        String target = call.op().path();
        for (Map.Entry<String, String> p : call.pathValues().entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (!call.query().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            call.query().forEach((name, value) -> pairs.add(name + "=" + value));
            target += "?" + String.join("&", pairs);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.putAll(call.headers());
        headers.putIfAbsent("Accept", "application/json");
        if (call.contentType() != null) {
            headers.put("Content-Type", call.contentType());
        }
        return raw().send(call.op().method(), target, headers, call.body());
    }

    private RawHttp raw() {
        return new RawHttp(port);
    }

    private static String abbreviated(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> out.append(cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp) : Character.toString(cp)));
        return out.toString();
    }
}
