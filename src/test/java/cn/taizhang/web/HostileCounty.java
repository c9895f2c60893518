package cn.taizhang.web;

import static cn.taizhang.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.cases.catalogue.UnitCache;
import cn.taizhang.organisation.NewStaff;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.OwnedArea;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fictional county (far from Kaili in code and on the map, owned here: {@link OwnedArea}) whose names are
 * markup: imported by the demo system administrator as any division list and grid file is, with staff, an office, a
 * case that reached its leader as a notice, and a 观摩 visit, each carrying markup in every text a person types.
 */
final class HostileCounty {

    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SVG = "\"><svg onload=window.__xss=1>";
    static final String ALERT = "<img src=y onerror=alert(1)>";

    static final String COUNTY = OwnedArea.HOSTILE_COUNTY.code(HostileCounty.class);
    static final String TOWN = COUNTY + "001";
    static final String VILLAGE = TOWN + "001";
    static final String GRID = VILLAGE + "001";

    static final String COUNTY_NAME = "试验县" + SVG;
    static final String TOWN_NAME = IMG + "镇";
    static final String OTHER_TOWN_NAME = ALERT + "街道";
    static final String VILLAGE_NAME = SVG + "村";
    static final String GRID_NAME = IMG + "网格";
    static final String OTHER_GRID_NAME = ALERT + "网格";
    static final String LEADER_NAME = IMG + "领导";
    static final String DISPATCHER_NAME = SVG + "指挥员";
    static final String OFFICE_NAME = IMG + "办事处";
    static final String DESCRIPTION = IMG + "描述";
    static final String ADDRESS = SVG + "地址";
    static final String VISIT_GROUP = SVG + "观摩组";
    static final String VISIT_COMMENT = ALERT + "评语";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String leader;
    final String dispatcher;
    private final MockMvc mvc;
    private long caseId;

    private HostileCounty(MockMvc mvc, String leader, String dispatcher) {
        this.mvc = mvc;
        this.leader = leader;
        this.dispatcher = dispatcher;
    }

    long caseId() {
        return caseId;
    }

    static HostileCounty load(MockMvc mvc, Organisation organisation, ApplicationContext context) throws Exception {
        importTerritory(mvc);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String leader = "xss-leader-" + suffix;
        String dispatcher = "xss-dispatcher-" + suffix;
        long office = organisation.createDepartment("XSS-" + suffix, OFFICE_NAME, "office", TOWN, List.of());
        UnitCache.forget(context);
        organisation.createAll(List.of(
                new NewStaff(leader, LEADER_NAME, "13800000001", Set.of(Role.LEADER), COUNTY, null, DemoUsers.PASSWORD),
                new NewStaff(dispatcher, DISPATCHER_NAME, "13800000002", Set.of(Role.DISPATCHER), TOWN, null, DemoUsers.PASSWORD)));
        HostileCounty county = new HostileCounty(mvc, leader, dispatcher);
        county.caseId = county.reportRegisterAndDispatch(office);
        county.recordVisit();
        return county;
    }

    private static void importTerritory(MockMvc mvc) throws Exception {
        String divisions = "code,parent_code,name,level,urban_rural_class,lng,lat\n"
                + "522692000000,522600000000," + csv(COUNTY_NAME) + ",county,,102.55,42.55\n"
                + "522692001000,522692000000," + csv(TOWN_NAME) + ",town,,,\n"
                + "522692002000,522692000000," + csv(OTHER_TOWN_NAME) + ",town,,,\n"
                + "522692001001,522692001000," + csv(VILLAGE_NAME) + ",village,111,,\n";
        upload(mvc, "divisions", divisions);
        upload(mvc, "grids", "{\"type\":\"FeatureCollection\",\"features\":[" + grid(GRID, GRID_NAME, 102.50) + ","
                + grid(VILLAGE + "002", OTHER_GRID_NAME, 102.52) + "]}");
    }

    private static String csv(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static String grid(String code, String name, double lng) {
        String box = String.format(Locale.ROOT, "[[%.3f,42.5],[%.3f,42.5],[%.3f,42.51],[%.3f,42.51],[%.3f,42.5]]",
                lng, lng + 0.015, lng + 0.015, lng, lng);
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":" + JSON.writeValueAsString(name)
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + box + "]}}";
    }

    private static void upload(MockMvc mvc, String kind, String content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "upload", "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
        check(mvc.perform(multipart("/api/v1/territory/imports/" + kind).file(file).with(as(mvc, "demo-sysadmin"))).andReturn(), 200, kind);
    }

    /** A 重大隐患: its registration tells the county's leader (a notice with the description); then dispatched to the office. */
    private long reportRegisterAndDispatch(long office) throws Exception {
        Map<String, Object> body = Map.of("clientId", UUID.randomUUID().toString(), "type", "safety_hazard", "severity", "major",
                "sector", "fire_safety", "description", DESCRIPTION, "address", ADDRESS, "gridCode", GRID, "source", "grid_worker");
        MvcResult r = mvc.perform(json(post("/api/v1/cases"), dispatcher, body)).andReturn();
        check(r, 201, "report");
        long id = JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
        act(id, "register", Map.of());
        act(id, "dispatch", Map.of("unit", office));
        return id;
    }

    private void act(long id, String action, Map<String, Object> body) throws Exception {
        int version = JSON.readTree(mvc.perform(get("/api/v1/cases/" + id).with(as(mvc, dispatcher))).andReturn().getResponse()
                .getContentAsString()).get("version").asInt();
        check(mvc.perform(json(post("/api/v1/cases/" + id + "/actions/" + action), dispatcher, body)
                .header("If-Match", "\"" + version + "\"")).andReturn(), 200, action);
    }

    private void recordVisit() throws Exception {
        Map<String, Object> body = Map.of("groupName", VISIT_GROUP, "visitedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "score", 80, "comment", VISIT_COMMENT, "area", TOWN, "clientId", UUID.randomUUID().toString());
        check(mvc.perform(json(post("/api/v1/observation-visits"), leader, body)).andReturn(), 201, "visit");
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, Object body) {
        return request.with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private static void check(MvcResult r, int status, String what) throws Exception {
        if (r.getResponse().getStatus() != status) {
            throw new AssertionError(what + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
    }
}
