package cn.taizhang.registry.person;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.support.DemoUsers;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls of the persons API as the demo's users, and fictitious persons of ID numbers, phones and names no other test uses. */
final class PersonFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道: demo-dispatcher's jurisdiction and demo-gridworker's grid. */
    static final String GRID = "522601002002001";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final MockMvc mvc;

    PersonFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A valid, fictitious 居民身份证号码 of 凯里市 (52 2601): a random birth date between 1940 and 2005, a random sequence. */
    static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(66 * 365));
        return withCheck("522601" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000)));
    }

    /** The 17 characters and the GB 11643 check character (ISO 7064 MOD 11-2) computed for them. */
    static String withCheck(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** A mobile number no test has used. */
    static String newPhone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A landline of 凯里 (area code 0855) no test has used. */
    static String newLandline() {
        return "0855-" + (2 + ThreadLocalRandom.current().nextInt(8)) + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** A name no other test uses: a surname, then a unique tag (names are searched with "contains"). */
    static String newName(String surname) {
        return surname + "测" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete, valid person of {@link #GRID}, of the 独居老人 (not key) category. */
    static ObjectNode person(String name, String idNumber, String phone) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", name).put("idNumber", idNumber).put("address", "凯里市大十字街道北京东路 9 号").put("gridCode", GRID)
                .put("category", "elderly_alone").put("notes", "每周探访一次");
        if (phone != null) {
            p.put("phone", phone);
        }
        return p;
    }

    /** A key person (吸毒人员) of {@link #GRID}. */
    static ObjectNode keyPerson(String name, String idNumber, String phone) {
        return person(name, idNumber, phone).put("category", "drug").put("followUp", "in_care");
    }

    MvcResult create(String user, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1/persons").with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn();
    }

    /** Creates and answers the stored person, failing loudly if they were refused. */
    JsonNode created(String user, JsonNode body) throws Exception {
        MvcResult r = create(user, body);
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("not created: " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    MvcResult update(String user, long id, String ifMatch, JsonNode body) throws Exception {
        var request = put("/api/v1/persons/" + id).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    JsonNode json(String user, String path) throws Exception {
        MvcResult r = read(user, path);
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(path + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    /** The plain value of a field ("id-number", "phone") as a plain viewer sees it, with a reason. */
    MvcResult plain(String user, long id, String field, String reason) throws Exception {
        var request = get("/api/v1/persons/" + id + "/" + field).with(DemoUsers.as(mvc, user));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    static JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
