package cn.taizhang.cases;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Photos are checked by their bytes, size and number; a refusal leaves the case as it was. */
@IntegrationTest
class EvidenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static byte[] jpeg(int size, int salt) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[size - 1] = (byte) salt;
        return bytes;
    }

    private MvcResult upload(long id, String name, String type, byte[] bytes, String user) throws Exception {
        return mvc.perform(multipart("/api/v1/cases/" + id + "/evidence").file(new MockMultipartFile("file", name, type, bytes))
                .param("kind", "after").with(as(mvc, user))).andReturn();
    }

    private long caseId() throws Exception {
        return api.created("demo-gridworker", CaseApi.report("city_sanitation", null, null, CaseApi.GRID)).get("id").asLong();
    }

    @Test
    void aPngNamedJpgIsFineAndATextNamedPngIsRefused() throws Exception {
        long id = caseId();
        MvcResult png = upload(id, "photo.jpg", "image/jpeg", png(), "demo-gridworker");
        assertThat(png.getResponse().getStatus()).isEqualTo(201);
        assertThat(png.getResponse().getContentAsString()).contains("\"contentType\":\"image/png\"");
        MvcResult text = upload(id, "photo.png", "image/png", "hello, not an image".getBytes(StandardCharsets.UTF_8), "demo-gridworker");
        assertThat(text.getResponse().getStatus()).isEqualTo(400);
        assertThat(text.getResponse().getContentAsString()).contains("UNSUPPORTED_IMAGE");
        byte[] webp = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 40);
        assertThat(upload(id, "x.bin", "application/octet-stream", webp, "demo-gridworker").getResponse().getStatus()).isEqualTo(201);
        assertThat(api.read("demo-leader", id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anOversizedPhotoIsRefused() throws Exception {
        long id = caseId();
        MvcResult big = upload(id, "big.jpg", "image/jpeg", jpeg(5 * 1024 * 1024 + 1, 1), "demo-gridworker");
        assertThat(big.getResponse().getStatus()).isEqualTo(400);
        assertThat(big.getResponse().getContentAsString()).contains("IMAGE_TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_evidence WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void atMostNinePhotosPerCase() throws Exception {
        long id = caseId();
        for (int i = 0; i < 9; i++) {
            assertThat(upload(id, i + ".jpg", "image/jpeg", jpeg(100, i), "demo-gridworker").getResponse().getStatus()).isEqualTo(201);
        }
        MvcResult tenth = upload(id, "10.jpg", "image/jpeg", jpeg(100, 10), "demo-gridworker");
        assertThat(tenth.getResponse().getStatus()).isEqualTo(400);
        assertThat(tenth.getResponse().getContentAsString()).contains("TOO_MANY_IMAGES");
    }

    @Test
    void handlingReferencesTheCasesOwnPhotosOnly() throws Exception {
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
        long id = caseId();
        long other = caseId();
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));
        long mine = api.JSON.readTree(upload(id, "a.jpg", "image/jpeg", jpeg(100, 42), "t522601002-safety-1")
                .getResponse().getContentAsString()).get("id").asLong();
        long foreign = api.JSON.readTree(upload(other, "b.jpg", "image/jpeg", jpeg(100, 43), "demo-gridworker")
                .getResponse().getContentAsString()).get("id").asLong();
        int version = api.read("demo-leader", id).get("version").asInt();
        assertThat(api.act("t522601002-safety-1", id, "handle", version, Map.of("note", "已清理", "evidence", List.of(foreign)))
                .getResponse().getStatus()).isEqualTo(400);
        api.act("t522601002-safety-1", id, "handle", version, Map.of("note", "已清理", "evidence", List.of(mine)));
        assertThat(api.json("demo-leader", "/api/v1/cases/" + id + "/timeline").get("items").get(3).get("attachments").get(0).asLong())
                .isEqualTo(mine);
    }
}
