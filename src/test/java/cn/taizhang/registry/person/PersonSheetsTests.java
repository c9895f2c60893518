package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.GRID;
import static cn.taizhang.registry.person.PersonFixtures.body;
import static cn.taizhang.registry.person.PersonFixtures.keyPerson;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.newPhone;
import static cn.taizhang.registry.person.PersonFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The persons ledger in Excel: the export masked exactly as the list shows it and audited once per export, free-text ID
 * numbers refused; the import checked row by row and column by column without ever quoting a number, keyed by the ID
 * number (updating, leaving alone, idempotent), and an exported sheet edited and imported again.
 */
@IntegrationTest
class PersonSheetsTests {

    static final List<String> HEADERS = List.of("姓名", "居民身份证号码", "联系电话", "住址", "网格代码", "人员类别", "管控状态", "备注");

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

    /** A sheet in some of the template's columns, in another order (headers are matched by name). */
    static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "人员台账", headers, rows);
        return out.toByteArray();
    }

    static byte[] sheet(List<List<Object>> rows) {
        return sheet(HEADERS, rows);
    }

    static List<Object> row(String name, String idNumber, String phone) {
        return new ArrayList<>(List.of(name, idNumber, phone == null ? "" : phone, "凯里市大十字街道北京东路 9 号", GRID, "独居老人", "", "每周探访"));
    }

    MvcResult upload(String user, byte[] file, String mode) throws Exception {
        var request = multipart("/api/v1/persons/imports").file(new MockMultipartFile("file", "人员.xlsx", ExcelSheet.XLSX.toString(), file))
                .with(DemoUsers.as(mvc, user));
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request).andReturn();
    }

    /** A streamed download: the request starts it, the async dispatch writes it. */
    byte[] exported(String user, String path) throws Exception {
        MvcResult started = mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
        assertThat(started.getResponse().getStatus()).as(started.getResponse().getContentAsString()).isEqualTo(200);
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    /** A sheet read back: the header row, then the rows as text. */
    static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> read = book.getFirstSheet().read();
            int width = read.get(0).getCellCount();
            for (Row row : read) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private long exports(String user) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'PERSONAL_DATA_EXPORTED' AND actor_username = ?", Long.class,
                user);
    }

    private String lastExport(String user) {
        return jdbc.queryForObject("""
                SELECT to_jsonb(a)::text FROM audit_event a WHERE action = 'PERSONAL_DATA_EXPORTED' AND actor_username = ?
                ORDER BY id DESC LIMIT 1""", String.class, user);
    }

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    // --- export ---------------------------------------------------------------------------------------------------

    @Test
    void theExportIsMaskedExactlyAsTheListShowsItToEachReader() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String keyName = "郑" + tag + "甲";
        String otherName = "郑" + tag + "乙";
        String keyId = newIdNumber();
        String keyPhone = newPhone();
        String otherId = newIdNumber();
        String otherPhone = newPhone();
        api.created("demo-dispatcher", keyPerson(keyName, keyId, keyPhone));
        api.created("demo-gridworker", person(otherName, otherId, otherPhone));

        for (String user : List.of("demo-gridworker", "demo-dispatcher", "demo-leader")) {
            List<List<String>> sheet = read(exported(user, "/api/v1/persons/export.xlsx?q=" + tag + "&sort=name"));
            List<String> headers = sheet.get(0);
            assertThat(sheet).as(user).hasSize(1 + (user.equals("demo-gridworker") ? 1 : 2)); // a masked name is not searched
            String whole = sheet.toString();
            assertThat(whole).as(user).doesNotContain(keyId, otherId, keyPhone, otherPhone);
            JsonNode list = api.json(user, "/api/v1/persons?q=" + tag + "&sort=name");
            for (int i = 0; i < list.get("items").size(); i++) { // as on screen: every value the list shows, masked alike
                JsonNode shown = list.get("items").get(i);
                List<String> row = sheet.get(1 + i);
                assertThat(row.get(headers.indexOf("姓名"))).isEqualTo(shown.get("name").asString());
                assertThat(row.get(headers.indexOf("居民身份证号码"))).isEqualTo(shown.get("idNumber").asString());
                assertThat(row.get(headers.indexOf("联系电话"))).isEqualTo(shown.get("phone").asString());
                assertThat(row.get(headers.indexOf("人员编号"))).isEqualTo(shown.get("id").asString());
            }
        }
        List<List<String>> asDispatcher = read(exported("demo-dispatcher", "/api/v1/persons/export.xlsx?q=" + tag + "&sort=name"));
        assertThat(asDispatcher.stream().map(r -> r.get(asDispatcher.get(0).indexOf("居民身份证号码")))).contains(masked(keyId), masked(otherId));
        assertThat(asDispatcher.stream().map(r -> r.get(asDispatcher.get(0).indexOf("姓名")))).contains(keyName);
        List<List<String>> keyOnly = read(exported("demo-gridworker", "/api/v1/persons/export.xlsx?keyPerson=true&area=" + GRID));
        assertThat(keyOnly.stream().map(r -> r.get(keyOnly.get(0).indexOf("姓名")))).contains("郑**").doesNotContain(keyName);
        assertThat(keyOnly.toString()).doesNotContain(keyId, keyPhone);
    }

    @Test
    void everyExportIsAuditedOnceNamingWhoAndTheFilterButNoNumber() throws Exception {
        String id = newIdNumber();
        api.created("demo-dispatcher", keyPerson(newName("冯"), id, null));
        long before = exports("demo-gridworker");
        exported("demo-gridworker", "/api/v1/persons/export.xlsx?category=drug&followUp=in_care");
        assertThat(exports("demo-gridworker")).isEqualTo(before + 1);
        assertThat(lastExport("demo-gridworker")).contains("\"target_type\": \"person\"").contains("类别：吸毒人员").contains("管控状态：在管")
                .contains("重点人员姓名脱敏").contains("/api/v1/persons/export.xlsx");

        long dispatcherBefore = exports("demo-dispatcher");
        List<List<String>> one = read(exported("demo-dispatcher", "/api/v1/persons/export.xlsx?idNumber=" + id));
        assertThat(one).hasSize(2);
        assertThat(exports("demo-dispatcher")).isEqualTo(dispatcherBefore + 1);
        assertThat(lastExport("demo-dispatcher")).contains("按身份证号码查找").contains("共 1 条").doesNotContain(id).doesNotContain(id.substring(6, 14));
    }

    @Test
    void anIdNumberOrPhoneInAFreeTextFieldIsRefusedNamingItAndNothingIsExported() throws Exception {
        String id = newIdNumber();
        long before = exports("demo-dispatcher");
        for (String q : List.of(id, "张" + id, newPhone(), id.substring(0, 15), "0855-8221234", id.substring(0, 9) + " " + id.substring(9))) {
            MvcResult r = api.read("demo-dispatcher", "/api/v1/persons/export.xlsx?q=" + q);
            assertThat(r.getResponse().getStatus()).as(q).isEqualTo(400);
            JsonNode problem = body(r);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("NUMBER_IN_QUERY");
            assertThat(problem.get("errors").get(0).get("detail").asString()).contains("请用身份证号码查询框");
            assertThat(problem.toString()).doesNotContain(q);
            MvcResult listed = api.read("demo-dispatcher", "/api/v1/persons?q=" + q);
            assertThat(listed.getResponse().getStatus()).isEqualTo(400);
        }
        assertThat(exports("demo-dispatcher")).isEqualTo(before);
        assertThat(api.read("demo-dispatcher", "/api/v1/persons?q=测12345678").getResponse().getStatus()).isEqualTo(200); // a tag, not a number
        assertThat(api.read("demo-dispatcher", "/api/v1/persons/export.xlsx?sort=nonsense").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theTemplateHasTheImportedColumnsAndAGuide() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/persons/template.xlsx").with(DemoUsers.as(mvc, "demo-gridworker")))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            book.getFirstSheet().read().get(0).forEach(c -> headers.add(c.getRawValue()));
            assertThat(headers).contains("姓名", "居民身份证号码", "联系电话", "网格代码", "人员类别", "管控状态").doesNotContain("更新时间", "网格名称");
            assertThat(book.getSheets().count()).isEqualTo(2);
        }
    }

    // --- import ---------------------------------------------------------------------------------------------------

    @Test
    void badRowsAreNamedByRowAndColumnWithoutQuotingANumberAndNothingIsWritten() throws Exception {
        String good = newIdNumber();
        String other = newIdNumber();
        String wrongCheck = other.substring(0, 17) + (other.charAt(17) == '0' ? '1' : '0');
        String badPhone = "1" + newPhone().substring(1, 10); // ten digits
        List<Object> unknownCategory = row(newName("卫"), newIdNumber(), null);
        unknownCategory.set(5, "外星人");
        MvcResult r = upload("demo-gridworker", sheet(List.of(row(newName("卫"), good, newPhone()), row(newName("卫"), wrongCheck, null),
                row(newName("卫"), newIdNumber(), badPhone), unknownCategory)), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(r);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("居民身份证号码");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("ID_NUMBER_CHECK_CHARACTER");
        assertThat(problem.get("errors").get(1).get("row").asInt()).isEqualTo(4);
        assertThat(problem.get("errors").get(1).get("column").asString()).isEqualTo("联系电话");
        assertThat(problem.get("errors").get(2).get("column").asString()).isEqualTo("人员类别");
        assertThat(problem.toString()).doesNotContain(good, wrongCheck, other, badPhone);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE id_number_hash = ?", Long.class, cipher.lookupHash(good))).isZero();

        byte[] errors = mvc.perform(multipart("/api/v1/persons/imports/errors.xlsx")
                .file(new MockMultipartFile("file", "人员.xlsx", ExcelSheet.XLSX.toString(), sheet(List.of(row(newName("卫"), wrongCheck, badPhone)))))
                .with(DemoUsers.as(mvc, "demo-gridworker"))).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> listed = read(errors);
        assertThat(listed).hasSize(3);
        assertThat(listed.toString()).contains("居民身份证号码", "联系电话").doesNotContain(wrongCheck, badPhone);
    }

    @Test
    void modeValidWritesTheCleanRowsAndReportsTheRepeatedNumber() throws Exception {
        String a = newIdNumber();
        String twice = newIdNumber();
        MvcResult r = upload("demo-gridworker", sheet(List.of(row(newName("蒋"), a, null), row(newName("蒋"), twice, null),
                row(newName("沈"), twice, null))), "valid");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode result = body(r);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(result.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(result.toString()).doesNotContain(twice);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person WHERE id_number_hash IN (?, ?)", Long.class, cipher.lookupHash(a),
                cipher.lookupHash(twice))).isEqualTo(2);
    }

    @Test
    void theSameFileTwiceChangesNothingAndAChangedRowUpdatesThePersonFoundByTheIdNumber() throws Exception {
        String id = newIdNumber();
        String phone = newPhone();
        String name = newName("韦");
        byte[] file = sheet(List.of(row(name, id, phone)));
        assertThat(body(upload("demo-gridworker", file, null)).get("created").asInt()).isEqualTo(1);
        long pid = jdbc.queryForObject("SELECT id FROM person WHERE id_number_hash = ?", Long.class, cipher.lookupHash(id));
        JsonNode again = body(upload("demo-gridworker", file, null));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM person WHERE id = ?", Integer.class, pid)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registry_change WHERE registry = 'person' AND record_id = ?", Long.class, pid))
                .isEqualTo(1);

        List<Object> moved = row(name, id, phone);
        moved.set(3, "凯里市大十字街道北京东路 11 号");
        JsonNode updated = body(upload("demo-dispatcher", sheet(List.of(moved)), null));
        assertThat(updated.get("updated").asInt()).isEqualTo(1);
        assertThat(updated.get("created").asInt()).isZero();
        JsonNode read = api.json("demo-dispatcher", "/api/v1/persons/" + pid);
        assertThat(read.get("address").asString()).isEqualTo("凯里市大十字街道北京东路 11 号");
        assertThat(read.get("version").asInt()).isEqualTo(2);
        JsonNode history = api.json("demo-dispatcher", "/api/v1/persons/" + pid + "/history").get("items");
        assertThat(history.get(0).get("action").asString()).isEqualTo("imported");
        assertThat(history.toString()).contains("北京东路 11 号").doesNotContain(id, phone);
        assertThat(cipher.decrypt(jdbc.queryForObject("SELECT phone_encrypted FROM person WHERE id = ?", String.class, pid))).isEqualTo(phone);
    }

    @Test
    void anExportedSheetEditedAndImportedAgainKeepsTheMaskedNumbersAndUpdatesTheRest() throws Exception {
        String id = newIdNumber();
        String phone = newPhone();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonNode p = api.created("demo-dispatcher", keyPerson("褚" + tag, id, phone));
        long pid = p.get("id").asLong();
        List<List<String>> sheet = read(exported("demo-gridworker", "/api/v1/persons/export.xlsx?area=" + GRID + "&keyPerson=true&followUp=in_care"));
        List<String> headers = sheet.get(0);
        List<Object> mine = null;
        for (List<String> r : sheet.subList(1, sheet.size())) {
            if (r.get(headers.indexOf("人员编号")).equals(Long.toString(pid))) {
                mine = new ArrayList<>(r);
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get(headers.indexOf("姓名"))).isEqualTo("褚**");
        assertThat(mine.get(headers.indexOf("居民身份证号码"))).isEqualTo(masked(id));
        mine.set(headers.indexOf("管控状态"), "脱管");
        mine.set(headers.indexOf("备注"), "已多日联系不上");
        MvcResult r = upload("demo-gridworker", sheet(headers, List.of(mine)), null);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(body(r).get("updated").asInt()).isEqualTo(1);
        Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM person WHERE id = ?", pid);
        assertThat(stored.get("follow_up")).isEqualTo("lost");
        assertThat(stored.get("name")).isEqualTo("褚" + tag);
        assertThat(cipher.decrypt((String) stored.get("id_number_encrypted"))).isEqualTo(id);
        assertThat(cipher.decrypt((String) stored.get("phone_encrypted"))).isEqualTo(phone);
        assertThat(body(upload("demo-gridworker", sheet(headers, List.of(mine)), null)).get("unchanged").asInt()).isEqualTo(1);

        List<Object> withoutNumber = new ArrayList<>(mine);
        withoutNumber.set(headers.indexOf("人员编号"), "");
        MvcResult masked = upload("demo-gridworker", sheet(headers, List.of(withoutNumber)), null);
        assertThat(masked.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(masked).get("errors").get(0).get("code").asString()).isEqualTo("ID_NUMBER_MASKED");
    }

    @Test
    void aPersonOfAnotherTownCannotBeOverwrittenAndIsNotQuoted() throws Exception {
        String id = newIdNumber();
        String grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class,
                PersonApiTests.OTHER_TOWN + "%");
        api.created(PersonApiTests.OTHER_DISPATCHER, person(newName("杜"), id, null).put("gridCode", grid));
        MvcResult r = upload("demo-dispatcher", sheet(List.of(row(newName("冒"), id, null))), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = body(r).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("ID_NUMBER_TAKEN");
        assertThat(error.get("column").asString()).isEqualTo("居民身份证号码");
        assertThat(body(r).toString()).doesNotContain(id);
        assertThat(upload("demo-handler", sheet(List.of(row(newName("冒"), newIdNumber(), null))), null).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anyNumberInAnErrorIsMasked() {
        assertThat(PersonImport.scrub("第 3 行“居民身份证号码”：522601199003071234 有误，电话 13812345678、0855-8221234"))
                .isEqualTo("第 3 行“居民身份证号码”：522601********1234 有误，电话 138****5678、085****1234");
        assertThat(PersonImport.scrub("与第 12345 行重复")).isEqualTo("与第 12345 行重复");
    }
}
