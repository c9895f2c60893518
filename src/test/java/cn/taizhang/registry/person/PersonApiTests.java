package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.GRID;
import static cn.taizhang.registry.person.PersonFixtures.body;
import static cn.taizhang.registry.person.PersonFixtures.keyPerson;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newLandline;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.newPhone;
import static cn.taizhang.registry.person.PersonFixtures.person;
import static cn.taizhang.registry.person.PersonFixtures.withCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.support.DemoUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import cn.taizhang.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The persons registry through its API: registration and its checks, masking for every role, plain values only with
 * the right and a reason (each view audited), the database holding no plain ID number or phone anywhere, lookup by
 * the keyed hash, duplicates, history, scoping and versions.
 */
@IntegrationTest
class PersonApiTests {

    /** Every business role that reads persons, and whether it sees key persons' names (the default plain roles). */
    static final Map<String, Boolean> READERS = new LinkedHashMap<>();

    static {
        READERS.put("demo-leader", true);
        READERS.put("demo-dispatcher", true);
        READERS.put("demo-gridworker", false);
        READERS.put("demo-handler", false);
        READERS.put("demo-inspector", false);
        READERS.put("demo-enforcer", false);
    }

    /** 西门街道, another 镇街, and its first 指挥员. */
    static final String OTHER_TOWN = "522601003";
    static final String OTHER_DISPATCHER = "t" + OTHER_TOWN + "-dispatcher-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    PersonFixtures api;

    @BeforeEach
    void setUp() {
        api = new PersonFixtures(mvc);
    }

    private JsonNode list(String user, String... params) throws Exception {
        var request = get("/api/v1/persons").with(DemoUsers.as(mvc, user));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return body(r);
    }

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    // --- registration and reading ---------------------------------------------------------------------------------

    @Test
    void aNumberOfACountyNoLongerInForceIsRegisteredWithAWarning() throws Exception {
        String old = withCheck("522600" + "19580301" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
        JsonNode p = api.created("demo-gridworker", person(newName("龙"), old, null)); // 522600: the prefecture, as older numbers have it
        assertThat(p.get("warnings")).singleElement().satisfies(w -> assertThat(w.asString()).contains("522600").contains("GB/T 2260"));
        assertThat(api.created("demo-gridworker", person(newName("龙"), newIdNumber(), null)).get("warnings")).isEmpty();
    }

    @Test
    void aGridWorkerRegistersAPersonOfTheirGridAndEveryRoleInScopeReadsThemMasked() throws Exception {
        String name = newName("李");
        String id = newIdNumber();
        String phone = newPhone();
        JsonNode p = api.created("demo-gridworker", person(name, id, phone));
        long pid = p.get("id").asLong();
        assertThat(pid).isPositive();
        assertThat(p.get("gridCode").asString()).isEqualTo(GRID);
        assertThat(p.get("townName").asString()).isEqualTo("大十字街道");
        assertThat(p.get("gridName").asString()).isNotBlank();
        assertThat(p.get("categoryName").asString()).isEqualTo("独居老人");
        assertThat(p.get("keyPerson").asBoolean()).isFalse();
        assertThat(p.get("followUp").isNull()).isTrue();
        assertThat(p.get("version").asInt()).isEqualTo(1);
        assertThat(p.toString()).doesNotContain(id).doesNotContain(phone);

        for (Map.Entry<String, Boolean> reader : READERS.entrySet()) {
            String user = reader.getKey();
            JsonNode read = api.json(user, "/api/v1/persons/" + pid);
            assertThat(read.get("name").asString()).as(user).isEqualTo(name);
            assertThat(read.get("idNumber").asString()).as(user).isEqualTo(masked(id));
            assertThat(read.get("phone").asString()).as(user).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
            assertThat(read.toString()).as(user).doesNotContain(id).doesNotContain(phone);
            JsonNode found = list(user, "q", name);
            assertThat(found.get("total").asLong()).as(user).isEqualTo(1);
            assertThat(found.get("items").get(0).get("idNumber").asString()).as(user).isEqualTo(masked(id));
            assertThat(found.toString()).as(user).doesNotContain(id).doesNotContain(phone);
        }
        for (String administrator : List.of("demo-sysadmin", "demo-secadmin", "demo-auditor")) {
            assertThat(api.read(administrator, "/api/v1/persons/" + pid).getResponse().getStatus()).as(administrator).isEqualTo(403);
        }
    }

    @Test
    void eachFaultOfAnIdNumberIsRefusedByNameAndNothingIsWritten() throws Exception {
        String good = newIdNumber();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(wrongCheck, "ID_NUMBER_CHECK_CHARACTER");
        refused.put(withCheck("52260119900230" + "123"), "ID_NUMBER_BIRTH_DATE"); // 30 February
        refused.put(withCheck("522601" + (LocalDate.now().getYear() + 1) + "0101" + "123"), "ID_NUMBER_BIRTH_DATE"); // not born yet
        refused.put(withCheck("992601" + "19900101" + "123"), "ID_NUMBER_DIVISION"); // no province 99
        String name = newName("赵");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            MvcResult r = api.create("demo-dispatcher", person(name, bad.getKey(), null));
            assertThat(r.getResponse().getStatus()).as(bad.getKey()).isEqualTo(400);
            JsonNode problem = body(r);
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
            assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo(bad.getValue());
            assertThat(problem.toString()).as("a refusal does not quote the number").doesNotContain(bad.getKey());
        }
        assertThat(body(api.create("demo-dispatcher", person(name, wrongCheck, null))).get("detail").asString())
                .contains("应为“" + good.charAt(17) + "”");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE name = ?", Long.class, name)).isZero();
    }

    @Test
    void aPhoneThatIsNeitherAMobileNorALandlineWithItsAreaCodeIsRefusedByName() throws Exception {
        String name = newName("钱");
        for (String bad : List.of("12812345678", "1381234567", "138123456789", "+8613812345678", "138-1234-5678", "0855-123",
                "8221234", "0855-0221234", "电话")) {
            MvcResult r = api.create("demo-dispatcher", person(name, newIdNumber(), bad));
            assertThat(r.getResponse().getStatus()).as(bad).isEqualTo(400);
            assertThat(body(r).get("errors").get(0).get("field").asString()).as(bad).isEqualTo("phone");
            assertThat(body(r).get("errors").get(0).get("code").asString()).as(bad).isEqualTo("INVALID_PHONE");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE name = ?", Long.class, name)).isZero();
        String landline = newLandline();
        for (String good : List.of(newPhone(), landline, landline.replace("-", ""), "010-62345678")) {
            JsonNode p = api.created("demo-dispatcher", person(name, newIdNumber(), good));
            assertThat(p.get("phone").asString()).as(good).contains("****").doesNotContain(good);
        }
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        ObjectNode p = person("", "52260119900307123", "110");
        p.put("gridCode", jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, OTHER_TOWN + "%"))
                .put("category", "no_such_category").put("followUpCaseId", -3).put("colour", "red");
        MvcResult r = api.create("demo-dispatcher", p);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "idNumber", "phone", "gridCode", "category", "colour");
        ObjectNode notKey = person(newName("孙"), newIdNumber(), null).put("followUp", "lost");
        MvcResult r2 = api.create("demo-dispatcher", notKey);
        assertThat(body(r2).get("errors").get(0).get("code").asString()).isEqualTo("NOT_A_KEY_PERSON");
    }

    // --- key persons ----------------------------------------------------------------------------------------------

    @Test
    void aKeyPersonsNameIsMaskedForThoseWithoutTheRightAndPlainForTheLeaderAndTheDispatcher() throws Exception {
        String name = newName("张");
        String id = newIdNumber();
        JsonNode created = api.created("demo-dispatcher", keyPerson(name, id, newPhone()));
        long pid = created.get("id").asLong();
        assertThat(created.get("keyPerson").asBoolean()).isTrue();
        assertThat(created.get("followUpLabel").asString()).isEqualTo("在管");
        assertThat(created.get("name").asString()).isEqualTo(name);

        for (Map.Entry<String, Boolean> reader : READERS.entrySet()) {
            String user = reader.getKey();
            JsonNode read = api.json(user, "/api/v1/persons/" + pid);
            JsonNode listed = list(user, "idNumber", id).get("items").get(0);
            JsonNode history = api.json(user, "/api/v1/persons/" + pid + "/history");
            if (reader.getValue()) {
                assertThat(read.get("name").asString()).as(user).isEqualTo(name);
                assertThat(read.get("nameMasked").asBoolean()).as(user).isFalse();
                assertThat(listed.get("name").asString()).as(user).isEqualTo(name);
                assertThat(list(user, "q", name).get("total").asLong()).as(user).isEqualTo(1);
            } else {
                assertThat(read.get("name").asString()).as(user).isEqualTo("张**");
                assertThat(read.get("nameMasked").asBoolean()).as(user).isTrue();
                assertThat(listed.get("name").asString()).as(user).isEqualTo("张**");
                assertThat(read.toString() + listed + history).as(user).doesNotContain(name);
                assertThat(list(user, "q", name).get("total").asLong()).as(user + ": a masked name cannot be searched for").isZero();
            }
        }

        // the grid worker edits what they see: the masked values sent back keep what is stored
        JsonNode seen = api.json("demo-gridworker", "/api/v1/persons/" + pid);
        ObjectNode edit = keyPerson(seen.get("name").asString(), seen.get("idNumber").asString(), seen.get("phone").asString());
        edit.put("followUp", "lost").put("address", "已搬离，去向不明");
        MvcResult r = api.update("demo-gridworker", pid, "\"1\"", edit);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(body(r).get("followUpLabel").asString()).isEqualTo("脱管");
        JsonNode after = api.json("demo-dispatcher", "/api/v1/persons/" + pid);
        assertThat(after.get("name").asString()).isEqualTo(name);
        assertThat(body(api.plain("demo-dispatcher", pid, "id-number", "核对脱管人员身份")).get("idNumber").asString()).isEqualTo(id);
    }

    // --- plain values ---------------------------------------------------------------------------------------------

    @Test
    void thePlainIdNumberAndPhoneAreShownOnlyWithTheRightAndAReasonEachViewAuditedOnce() throws Exception {
        String id = newIdNumber();
        String phone = newPhone();
        long pid = api.created("demo-gridworker", person(newName("周"), id, phone)).get("id").asLong();
        for (String user : List.of("demo-gridworker", "demo-handler", "demo-inspector", "demo-enforcer")) {
            assertThat(api.plain(user, pid, "id-number", "想看看").getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(api.plain(user, pid, "phone", "想看看").getResponse().getStatus()).as(user).isEqualTo(403);
        }
        for (String reason : new String[] {null, "", "   "}) {
            MvcResult r = api.plain("demo-dispatcher", pid, "id-number", reason);
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(body(r).get("code").asString()).isEqualTo("REASON_REQUIRED");
        }
        assertThat(api.plain("demo-dispatcher", pid, "phone", "很".repeat(201)).getResponse().getStatus()).isEqualTo(400);
        assertThat(audited(pid)).as("a refused view leaves no row").isEmpty();

        String why = "入户走访核实身份 " + UUID.randomUUID();
        MvcResult idView = api.plain("demo-dispatcher", pid, "id-number", why);
        assertThat(idView.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(idView).get("idNumber").asString()).isEqualTo(id);
        assertThat(idView.getResponse().getHeader("Cache-Control")).contains("no-store");
        List<Map<String, Object>> rows = audited(pid);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "PERSONAL_DATA_VIEWED").containsEntry("actor_username", "demo-dispatcher")
                .containsEntry("target_type", "person").containsEntry("target_id", Long.toString(pid))
                .containsEntry("detail", "id_number；原因：" + why);
        assertThat(rows.get(0).toString()).doesNotContain(id).doesNotContain(phone);

        MvcResult phoneView = api.plain("demo-leader", pid, "phone", "联系家属");
        assertThat(body(phoneView).get("phone").asString()).isEqualTo(phone);
        rows = audited(pid);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("actor_username", "demo-leader").containsEntry("detail", "phone；原因：联系家属");
        assertThat(rows.toString()).doesNotContain(id).doesNotContain(phone);

        long withoutPhone = api.created("demo-dispatcher", person(newName("吴"), newIdNumber(), null)).get("id").asLong();
        assertThat(api.plain("demo-dispatcher", withoutPhone, "phone", "联系本人").getResponse().getStatus()).isEqualTo(404);
        assertThat(audited(withoutPhone)).isEmpty();
    }

    /** The audit rows of views of this person's data, oldest first, every column as text. */
    private List<Map<String, Object>> audited(long personId) {
        return jdbc.queryForList("""
                SELECT action, actor_username, target_type, target_id, detail, to_jsonb(a)::text AS whole_row FROM audit_event a
                WHERE action = 'PERSONAL_DATA_VIEWED' AND target_type = 'person' AND target_id = ? ORDER BY id""", Long.toString(personId));
    }

    // --- storage --------------------------------------------------------------------------------------------------

    @Test
    void noTableOfTheDatabaseHoldsAPlainIdNumberOrPhoneAnywhere() throws Exception {
        String id = newIdNumber();
        String mobile = newPhone();
        String landline = newLandline();
        String firstName = newName("郑");
        long first = api.created("demo-dispatcher", keyPerson(firstName, id, mobile)).get("id").asLong();
        String id2 = newIdNumber();
        long second = api.created("demo-gridworker", person(newName("王"), id2, landline)).get("id").asLong();
        String id3 = newIdNumber();
        String mobile3 = newPhone();
        ObjectNode edit = person(newName("王"), id3, mobile3);
        assertThat(api.update("demo-dispatcher", second, "\"1\"", edit).getResponse().getStatus()).isEqualTo(200);
        api.plain("demo-dispatcher", first, "id-number", "核对");
        api.plain("demo-dispatcher", first, "phone", "核对");
        api.plain("demo-leader", second, "phone", "核对");
        api.create("demo-dispatcher", person(newName("冯"), id, mobile)); // a duplicate, refused and audited
        list("demo-dispatcher", "idNumber", id); // a lookup
        List<String> secrets = List.of(id, id2, id3, mobile, mobile3, landline, landline.replace("-", ""));

        assertThat(columnsHolding(List.of(firstName))).as("the scan finds what is there").contains("person.name");
        assertThat(columnsHolding(secrets)).as("columns holding a plain ID number or phone").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registry_change WHERE registry = 'person' AND record_id IN (?, ?)", Long.class,
                first, second)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT id_number_masked FROM person WHERE id = ?", String.class, first)).isEqualTo(masked(id));
    }

    /**
     * The columns ("table.column") of every table of the schema, every text, varchar, char, json, jsonb or text-array
     * column, that hold one of {@code values} anywhere in their text.
     */
    private List<String> columnsHolding(List<String> values) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))
                ORDER BY c.table_name, c.ordinal_position""");
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        columns.forEach(c -> byTable.computeIfAbsent((String) c.get("table_name"), t -> new ArrayList<>()).add((String) c.get("column_name")));
        assertThat(byTable).containsKeys("person", "registry_change", "audit_event", "staff");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : byTable.entrySet()) {
            for (String column : table.getValue()) {
                String holds = String.join(" OR ", values.stream().map(v -> "strpos(\"" + column + "\"::text, ?) > 0").toList());
                Long hits = jdbc.queryForObject("SELECT count(*) FROM \"" + table.getKey() + "\" WHERE " + holds, Long.class, values.toArray());
                if (hits != null && hits > 0) {
                    found.add(table.getKey() + "." + column);
                }
            }
        }
        return found;
    }

    @Test
    void aLookupByIdNumberFindsExactlyThatPersonThroughTheKeyedHashOnly() throws Exception {
        String id = newIdNumber();
        String twin = sameMask(id); // another number that masks alike
        long pid = api.created("demo-dispatcher", person(newName("陈"), id, null)).get("id").asLong();
        long twinId = api.created("demo-dispatcher", person(newName("陈"), twin, null)).get("id").asLong();

        JsonNode found = list("demo-dispatcher", "idNumber", id);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(pid);
        assertThat(list("demo-gridworker", "idNumber", twin).get("items").get(0).get("id").asLong()).isEqualTo(twinId);
        assertThat(list("demo-dispatcher", "idNumber", id.toLowerCase()).get("total").asLong()).isEqualTo(1);
        assertThat(list(OTHER_DISPATCHER, "idNumber", id).get("total").asLong()).as("outside their area").isZero();
        assertThat(list("demo-dispatcher", "idNumber", newIdNumber()).get("total").asLong()).isZero();
        MvcResult bad = api.read("demo-dispatcher", "/api/v1/persons?idNumber=522601199003071238");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").get(0).get("field").asString()).isEqualTo("idNumber");

        // what is stored and compared is the keyed hash: the row holds it, and without it the person cannot be found
        assertThat(jdbc.queryForObject("SELECT id FROM person WHERE id_number_hash = ?", Long.class, cipher.lookupHash(id))).isEqualTo(pid);
        String hash = jdbc.queryForObject("SELECT id_number_hash FROM person WHERE id = ?", String.class, pid);
        jdbc.update("UPDATE person SET id_number_hash = ? WHERE id = ?", cipher.lookupHash("not " + id), pid);
        try {
            assertThat(list("demo-dispatcher", "idNumber", id).get("total").asLong()).isZero();
        } finally {
            jdbc.update("UPDATE person SET id_number_hash = ? WHERE id = ?", hash, pid);
        }
        assertThat(list("demo-dispatcher", "idNumber", id).get("total").asLong()).isEqualTo(1);
    }

    /** Another valid ID number with the same first 6 and last 4 characters: another birth date, the same sequence and check. */
    private static String sameMask(String id) {
        while (true) {
            String candidate = PersonFixtures.newIdNumber().substring(0, 14) + id.substring(14, 17);
            if (!candidate.equals(id.substring(0, 17)) && PersonFixtures.checkCharacter(candidate) == id.charAt(17)) {
                return candidate + id.charAt(17);
            }
        }
    }

    @Test
    void aSecondRegistrationOfTheSameIdNumberIsAConflictNamingTheFirstOnlyToThoseWhoMaySeeIt() throws Exception {
        String id = withXIfPossible();
        JsonNode first = api.created("demo-gridworker", person(newName("褚"), id, null));
        MvcResult again = api.create("demo-dispatcher", person(newName("卫"), id.toLowerCase(), null));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("ID_NUMBER_TAKEN");
        assertThat(body(again).get("id").asLong()).isEqualTo(first.get("id").asLong());

        String otherGrid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, OTHER_TOWN + "%");
        MvcResult elsewhere = api.create(OTHER_DISPATCHER, person(newName("蒋"), id, null).put("gridCode", otherGrid));
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(elsewhere).get("code").asString()).isEqualTo("ID_NUMBER_TAKEN");
        assertThat(body(elsewhere).has("id")).as("a person outside the writer's area is not named").isFalse();
        assertThat(body(elsewhere).toString()).doesNotContain(first.get("name").asString()).doesNotContain(GRID)
                .doesNotContain(first.get("id").asString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE id_number_hash = ?", Long.class, cipher.lookupHash(id))).isEqualTo(1);

        // an edit may not take another's number either
        long other = api.created("demo-dispatcher", person(newName("沈"), newIdNumber(), null)).get("id").asLong();
        MvcResult taken = api.update("demo-dispatcher", other, "\"1\"", person(newName("沈"), id, null));
        assertThat(taken.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void registrationsOfTheSameNumberAtOnceLeaveOnePersonAndConflictsNotFailures() throws Exception {
        String id = newIdNumber();
        String name = newName("秦");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String writer = i % 2 == 0 ? "demo-dispatcher" : "demo-gridworker";
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.create(writer, person(name, id, null)).getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE name = ?", Long.class, name)).isEqualTo(1);
    }

    /** A valid ID number ending in X, so that a lower-case x is seen to be the same number. */
    private static String withXIfPossible() {
        for (int i = 0; i < 200; i++) {
            String id = newIdNumber();
            if (id.endsWith("X")) {
                return id;
            }
        }
        return newIdNumber();
    }

    // --- edits and history ----------------------------------------------------------------------------------------

    @Test
    void anEditNeedsTheVersionReadKeepsWhatIsLeftOutAndLeavesAMaskedHistory() throws Exception {
        String name = newName("韩");
        String a = newIdNumber();
        String phone = newPhone();
        long pid = api.created("demo-dispatcher", person(name, a, phone)).get("id").asLong();
        assertThat(api.read("demo-dispatcher", "/api/v1/persons/" + pid).getResponse().getHeader("ETag")).isEqualTo("\"1\"");

        String b = newIdNumber();
        ObjectNode edit = person(name, b, null).put("address", "凯里市大十字街道韶山南路 3 号");
        edit.remove("phone");
        assertThat(api.update("demo-dispatcher", pid, null, edit).getResponse().getStatus()).isEqualTo(428);
        assertThat(api.update("demo-dispatcher", pid, "\"7\"", edit).getResponse().getStatus()).isEqualTo(412);
        MvcResult ok = api.update("demo-dispatcher", pid, "\"1\"", edit);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(ok).get("idNumber").asString()).isEqualTo(masked(b));
        assertThat(body(api.plain("demo-dispatcher", pid, "phone", "核对")).get("phone").asString()).as("left out: kept").isEqualTo(phone);
        assertThat(api.update("demo-dispatcher", pid, "\"1\"", person(name, a, null)).getResponse().getStatus()).isEqualTo(412);

        // the masked values sent back as read keep the plain ones
        JsonNode read = api.json("demo-dispatcher", "/api/v1/persons/" + pid);
        ObjectNode asRead = person(name, read.get("idNumber").asString(), read.get("phone").asString()).put("notes", "已核实");
        assertThat(api.update("demo-dispatcher", pid, "\"2\"", asRead).getResponse().getStatus()).isEqualTo(200);
        assertThat(body(api.plain("demo-dispatcher", pid, "id-number", "核对")).get("idNumber").asString()).isEqualTo(b);

        // a number that masks like the one before: the history still shows that it changed
        String c = sameMask(b);
        assertThat(api.update("demo-dispatcher", pid, "\"3\"", person(name, c, null)).getResponse().getStatus()).isEqualTo(200);
        ObjectNode noPhone = person(name, c, null);
        noPhone.putNull("phone");
        assertThat(body(api.update("demo-dispatcher", pid, "\"4\"", noPhone)).get("phone").isNull()).isTrue();
        assertThat(api.plain("demo-dispatcher", pid, "phone", "核对").getResponse().getStatus()).isEqualTo(404);

        JsonNode history = api.json("demo-dispatcher", "/api/v1/persons/" + pid + "/history").get("items");
        assertThat(history).hasSize(5);
        assertThat(history.toString()).doesNotContain(a).doesNotContain(b).doesNotContain(c).doesNotContain(phone);
        List<String> lines = new ArrayList<>();
        history.forEach(e -> e.get("changes").forEach(ch -> lines.add(e.get("action").asString() + " " + ch.get("label").asString() + ":"
                + ch.get("from").asString("") + "→" + ch.get("to").asString(""))));
        String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(lines).contains(
                "updated 联系电话:" + maskedPhone + "→",
                "updated 居民身份证号码:" + masked(b) + "→" + masked(b) + "（已修改）",
                "updated 备注:每周探访一次→已核实",
                "updated 居民身份证号码:" + masked(a) + "→" + masked(b),
                "created 居民身份证号码:→" + masked(a),
                "created 联系电话:→" + maskedPhone,
                "created 姓名:→" + name);
        assertThat(history.get(4).get("action").asString()).isEqualTo("created");
        assertThat(history.get(0).get("actorName").asString()).isNotBlank();
    }

    // --- who may do what, where -----------------------------------------------------------------------------------

    @Test
    void aTownsDispatcherSeesOnlyItsPersonsAndAGridWorkerRegistersOnlyInTheirGrid() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long mine = api.created("demo-dispatcher", person("周" + tag, newIdNumber(), null)).get("id").asLong();
        String otherGrid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, OTHER_TOWN + "%");
        long theirs = api.created(OTHER_DISPATCHER, person("吴" + tag, newIdNumber(), newPhone()).put("gridCode", otherGrid)).get("id").asLong();

        JsonNode seen = list("demo-dispatcher", "q", tag);
        assertThat(seen.get("total").asLong()).isEqualTo(1);
        assertThat(seen.get("items").get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(list(OTHER_DISPATCHER, "q", tag).get("items").get(0).get("id").asLong()).isEqualTo(theirs);
        assertThat(list("demo-leader", "q", tag).get("total").asLong()).isEqualTo(2);
        assertThat(list("demo-dispatcher", "q", tag, "area", OTHER_TOWN).get("total").asLong()).isZero();
        for (String path : List.of("", "/history", "/id-number?reason=核对", "/phone?reason=核对")) {
            assertThat(api.read("demo-dispatcher", "/api/v1/persons/" + theirs + path).getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(api.update("demo-dispatcher", theirs, "\"1\"", person("吴" + tag, newIdNumber(), null)).getResponse().getStatus())
                .isEqualTo(404);

        String neighbour = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE '522601002002%' AND code <> ?",
                String.class, GRID);
        MvcResult outside = api.create("demo-gridworker", person("郑" + tag, newIdNumber(), null).put("gridCode", neighbour));
        assertThat(outside.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(outside).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_GRID");
        long next = api.created("gw-" + neighbour, person("郑" + tag, newIdNumber(), null).put("gridCode", neighbour)).get("id").asLong();
        assertThat(api.read("demo-gridworker", "/api/v1/persons/" + next).getResponse().getStatus()).isEqualTo(404);
        assertThat(list("demo-gridworker", "q", tag).get("total").asLong()).isEqualTo(1);
        assertThat(list("demo-dispatcher", "q", tag).get("total").asLong()).isEqualTo(2);

        for (String reader : List.of("demo-leader", "demo-handler", "demo-inspector", "demo-enforcer")) {
            assertThat(api.create(reader, person("冯" + tag, newIdNumber(), null)).getResponse().getStatus()).as(reader).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE name = ?", Long.class, "冯" + tag)).isZero();
    }

    @Test
    void theCategoriesAreACatalogueTheSystemAdministratorExtends() throws Exception {
        JsonNode all = api.json("demo-gridworker", "/api/v1/person-categories");
        Map<String, Boolean> key = new LinkedHashMap<>();
        all.get("items").forEach(c -> key.put(c.get("code").asString(), c.get("keyPerson").asBoolean()));
        assertThat(key).containsEntry("epidemic", true).containsEntry("community_correction", true).containsEntry("mental_disorder", true)
                .containsEntry("drug", true).containsEntry("petition", true).containsEntry("talent", false).containsEntry("relocated", false)
                .containsEntry("elderly_alone", false).containsEntry("other", false);
        assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());

        String code = "t_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String name = "测试重点类别" + code;
        String body = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"keyPerson\":true}";
        assertThat(mvc.perform(post("/api/v1/person-categories").with(DemoUsers.as(mvc, "demo-leader")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult added = mvc.perform(post("/api/v1/person-categories").with(DemoUsers.as(mvc, "demo-sysadmin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(mvc.perform(post("/api/v1/person-categories").with(DemoUsers.as(mvc, "demo-sysadmin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(api.read("demo-sysadmin", "/api/v1/persons").getResponse().getStatus()).as("the persons are not the administrator's")
                .isEqualTo(403);

        String person = newName("杨");
        long pid = api.created("demo-dispatcher", person(person, newIdNumber(), null).put("category", code)).get("id").asLong();
        JsonNode seen = api.json("demo-gridworker", "/api/v1/persons/" + pid);
        assertThat(seen.get("categoryName").asString()).isEqualTo(name);
        assertThat(seen.get("name").asString()).isEqualTo("杨**");
        assertThat(seen.get("followUp").asString()).isEqualTo("in_care");
    }
}
