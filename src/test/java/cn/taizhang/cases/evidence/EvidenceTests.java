package cn.taizhang.cases.evidence;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.platform.photos.PhotoCleaner;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Photos are checked by decoding them, by size and number; a refusal leaves the case, and the disk, as it was. */
@IntegrationTest
public class EvidenceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PhotoCleaner cleaner;

    @Value("${taizhang.data-dir}")
    Path dataDir;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    static byte[] png() {
        return TestImages.png();
    }

    static byte[] jpeg(int salt) {
        return TestImages.jpeg(salt);
    }

    private Path stored(byte[] bytes) {
        return TestImages.stored(dataDir, bytes);
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
        MvcResult jpeg = upload(id, "x.bin", "application/octet-stream", jpeg(1), "demo-gridworker");
        assertThat(jpeg.getResponse().getContentAsString()).contains("\"contentType\":\"image/jpeg\"");
        // the JDK decodes no WebP, so WebP is not accepted at all
        byte[] webp = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 40);
        assertThat(upload(id, "x.webp", "image/webp", webp, "demo-gridworker").getResponse().getStatus()).isEqualTo(400);
        assertThat(api.read("demo-leader", id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anOversizedPhotoIsRefused() throws Exception {
        long id = caseId();
        MvcResult big = upload(id, "big.jpg", "image/jpeg", Arrays.copyOf(jpeg(1), 5 * 1024 * 1024 + 1), "demo-gridworker");
        assertThat(big.getResponse().getStatus()).isEqualTo(400);
        assertThat(big.getResponse().getContentAsString()).contains("IMAGE_TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_evidence WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void atMostNinePhotosPerCase() throws Exception {
        long id = caseId();
        for (int i = 0; i < 9; i++) {
            assertThat(upload(id, i + ".jpg", "image/jpeg", jpeg(100 + i), "demo-gridworker").getResponse().getStatus()).isEqualTo(201);
        }
        byte[] photo = jpeg(110);
        MvcResult tenth = upload(id, "10.jpg", "image/jpeg", photo, "demo-gridworker");
        assertThat(tenth.getResponse().getStatus()).isEqualTo(400);
        assertThat(tenth.getResponse().getContentAsString()).contains("TOO_MANY_IMAGES");
        assertThat(stored(photo)).doesNotExist();
        assertThat(stored(jpeg(108))).exists();
    }

    @Test
    void aPngSignatureFollowedByAWebPageIsRefusedAndLeavesNoFile() throws Exception {
        long id = caseId();
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] disguised = new byte[8 + html.length];
        System.arraycopy(png(), 0, disguised, 0, 8);
        System.arraycopy(html, 0, disguised, 8, html.length);
        MvcResult r = upload(id, "photo.png", "image/png", disguised, "demo-gridworker");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("UNSUPPORTED_IMAGE");
        assertThat(stored(disguised)).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_evidence WHERE case_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aTruncatedOrCorruptJpegIsRefused() throws Exception {
        long id = caseId();
        byte[] whole = jpeg(7);
        byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);
        byte[] headerOnly = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 100);
        for (byte[] bad : List.of(truncated, headerOnly)) {
            MvcResult r = upload(id, "photo.jpg", "image/jpeg", bad, "demo-gridworker");
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString()).contains("UNSUPPORTED_IMAGE");
            assertThat(stored(bad)).doesNotExist();
        }
        assertThat(upload(id, "photo.jpg", "image/jpeg", whole, "demo-gridworker").getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void theCleanerRemovesOldOrphansOnlyAndKeepsReferencedAndFreshFiles() throws Exception {
        long id = caseId();
        byte[] kept = jpeg(201);
        assertThat(upload(id, "a.jpg", "image/jpeg", kept, "demo-gridworker").getResponse().getStatus()).isEqualTo(201);
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(stored(kept), twoHoursAgo);
        Path oldOrphan = orphan(jpeg(202));
        Files.setLastModifiedTime(oldOrphan, twoHoursAgo);
        Path freshOrphan = orphan(jpeg(203));

        // the data folder outlives the database between runs: orphans of earlier runs may be listed too
        assertThat(cleaner.clean(PhotoCleaner.GRACE, true)).extracting(PhotoCleaner.Orphan::file)
                .contains(oldOrphan).doesNotContain(stored(kept), freshOrphan);
        assertThat(oldOrphan).exists();
        assertThat(cleaner.clean(PhotoCleaner.GRACE, false)).extracting(PhotoCleaner.Orphan::file)
                .contains(oldOrphan).doesNotContain(stored(kept), freshOrphan);
        assertThat(oldOrphan).doesNotExist();
        assertThat(stored(kept)).exists();
        assertThat(freshOrphan).exists();
        int evidence = api.json("demo-gridworker", "/api/v1/cases/" + id + "/evidence").get("items").get(0).get("id").asInt();
        assertThat(api.status("demo-gridworker", "/api/v1/cases/" + id + "/evidence/" + evidence)).isEqualTo(200);
    }

    private Path orphan(byte[] bytes) throws Exception {
        Path file = stored(bytes);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void handlingReferencesTheCasesOwnPhotosOnly() throws Exception {
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
        long id = caseId();
        long other = caseId();
        api.done("demo-dispatcher", id, "register", null);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));
        long mine = api.JSON.readTree(upload(id, "a.jpg", "image/jpeg", jpeg(42), "t522601002-safety-1")
                .getResponse().getContentAsString()).get("id").asLong();
        long foreign = api.JSON.readTree(upload(other, "b.jpg", "image/jpeg", jpeg(43), "demo-gridworker")
                .getResponse().getContentAsString()).get("id").asLong();
        int version = api.read("demo-leader", id).get("version").asInt();
        assertThat(api.act("t522601002-safety-1", id, "handle", version, Map.of("note", "已清理", "evidence", List.of(foreign)))
                .getResponse().getStatus()).isEqualTo(400);
        api.act("t522601002-safety-1", id, "handle", version, Map.of("note", "已清理", "evidence", List.of(mine)));
        assertThat(api.json("demo-leader", "/api/v1/cases/" + id + "/timeline").get("items").get(3).get("attachments").get(0).asLong())
                .isEqualTo(mine);
    }
}
