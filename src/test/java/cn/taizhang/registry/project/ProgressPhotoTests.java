package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.OTHER_TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.body;
import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.platform.photos.PhotoCleaner;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** A project's progress notes carry photos: checked as a case's evidence is, served to those who see the project, kept by the cleaner. */
@IntegrationTest
class ProgressPhotoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PhotoCleaner cleaner;

    @Value("${taizhang.data-dir}")
    Path dataDir;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    @Test
    void aNotesPhotosAreShownToEveryoneWhoSeesTheProjectAndToNoOneElse() throws Exception {
        long id = projectId();
        long note = noteId(id, "完成雨污管网铺设 120 米");
        byte[] first = TestImages.jpeg(301);
        byte[] second = TestImages.png();
        JsonNode uploaded = ProjectFixtures.ok(upload(id, note, "现场.jpg", first, "demo-dispatcher"), 201);
        assertThat(uploaded.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(uploaded.get("size").asInt()).isEqualTo(first.length);
        ProjectFixtures.ok(upload(id, note, "图.png", second, "demo-leader"), 201);
        assertThat(TestImages.stored(dataDir, first)).exists();

        JsonNode notes = api.json("t" + TOWN + "-safety-1", "/api/v1/projects/" + id + "/progress");
        JsonNode photos = notes.get("items").get(0).get("photos");
        assertThat(photos).hasSize(2);
        String url = photos.get(0).get("url").asString();
        assertThat(url).isEqualTo(uploaded.get("url").asString()).startsWith("/api/v1/projects/" + id + "/progress/" + note + "/photos/");
        MvcResult read = api.read("t" + TOWN + "-safety-1", url);
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(read.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.getResponse().getContentAsByteArray()).isEqualTo(first);
        assertThat(api.read("demo-inspector", photos.get(1).get("url").asString()).getResponse().getContentAsByteArray()).isEqualTo(second);

        String outsider = "t" + OTHER_TOWN + "-dispatcher-1";
        assertThat(api.status(outsider, url)).isEqualTo(404);
        assertThat(upload(id, note, "外镇.jpg", TestImages.jpeg(302), outsider).getResponse().getStatus()).isEqualTo(404);
        byte[] neverStored = TestImages.jpeg(unique());
        MvcResult reader = upload(id, note, "只读.jpg", neverStored, "t" + TOWN + "-safety-1");
        assertThat(reader.getResponse().getStatus()).isEqualTo(403);
        assertThat(TestImages.stored(dataDir, neverStored)).as("a refused upload writes no file").doesNotExist();

        long photoId = uploaded.get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'project_progress_photo' AND target_id = ?",
                Integer.class, Long.toString(photoId))).isEqualTo(1);
    }

    @Test
    void aPhotoBelongsToItsOwnNoteAndProject() throws Exception {
        long id = projectId();
        long note = noteId(id, "路面硬化");
        long other = projectId();
        long otherNote = noteId(other, "别的项目的进展");
        JsonNode uploaded = ProjectFixtures.ok(upload(id, note, "a.jpg", TestImages.jpeg(311), "demo-dispatcher"), 201);
        long photo = uploaded.get("id").asLong();

        assertThat(upload(id, otherNote, "b.jpg", TestImages.jpeg(312), "demo-dispatcher").getResponse().getStatus())
                .as("a note of another project").isEqualTo(404);
        assertThat(api.status("demo-dispatcher", "/api/v1/projects/" + other + "/progress/" + note + "/photos/" + photo)).isEqualTo(404);
        assertThat(api.status("demo-dispatcher", "/api/v1/projects/" + id + "/progress/" + otherNote + "/photos/" + photo)).isEqualTo(404);
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/" + other + "/progress").get("items").get(0).get("photos")).isEmpty();
    }

    @Test
    void whatIsNotAWholePhotoIsRefusedAndLeavesNeitherRowNorFile() throws Exception {
        long id = projectId();
        long note = noteId(id, "拆除违建");
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] png = TestImages.png();
        byte[] disguised = Arrays.copyOf(png, 8 + html.length);
        System.arraycopy(html, 0, disguised, 8, html.length);
        MvcResult refused = upload(id, note, "photo.png", disguised, "demo-dispatcher");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("code").asString()).isEqualTo("UNSUPPORTED_IMAGE");
        assertThat(TestImages.stored(dataDir, disguised)).doesNotExist();

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, huge, 0, png.length);
        MvcResult tooLarge = upload(id, note, "big.png", huge, "demo-dispatcher");
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(tooLarge).get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_progress_photo WHERE progress_id = ?", Integer.class, note)).isZero();
    }

    @Test
    void aNoteTakesNinePhotosAndTheTenthLeavesNoFile() throws Exception {
        long id = projectId();
        long note = noteId(id, "九张照片");
        for (int i = 0; i < ProgressPhotos.MAX_PER_NOTE; i++) {
            ProjectFixtures.ok(upload(id, note, i + ".jpg", TestImages.jpeg(320 + i), "demo-dispatcher"), 201);
        }
        byte[] tenth = TestImages.jpeg(unique()); // the data folder outlives the database: a photo no earlier run stored
        MvcResult refused = upload(id, note, "10.jpg", tenth, "demo-dispatcher");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("code").asString()).isEqualTo("TOO_MANY_IMAGES");
        assertThat(body(refused).get("detail").asString()).contains("9");
        assertThat(TestImages.stored(dataDir, tenth)).doesNotExist();
        assertThat(ProjectFixtures.ok(upload(id, noteId(id, "下一条"), "10.jpg", tenth, "demo-dispatcher"), 201).get("id").asLong()).isPositive();
    }

    @Test
    void theCleanerKeepsTheFilesOfProgressPhotos() throws Exception {
        long id = projectId();
        byte[] photo = TestImages.jpeg(341);
        ProjectFixtures.ok(upload(id, noteId(id, "留存照片"), "a.jpg", photo, "demo-dispatcher"), 201);
        Path file = TestImages.stored(dataDir, photo);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(cleaner.clean(PhotoCleaner.GRACE, false)).extracting(PhotoCleaner.Orphan::file).doesNotContain(file);
        assertThat(file).exists();
    }

    @Test
    void theProjectPageShowsEachNotesPhotosAndLetsItsWritersAddMore() throws Exception {
        long id = projectId();
        long note = noteId(id, "铺设完成");
        String url = ProjectFixtures.ok(upload(id, note, "a.jpg", TestImages.jpeg(351), "demo-dispatcher"), 201).get("url").asString();

        Document asWriter = page("demo-dispatcher", id);
        assertThat(asWriter.select("#progress tr[data-id=" + note + "] .photos img").eachAttr("src")).containsExactly(url);
        assertThat(asWriter.select("#progress tr[data-id=" + note + "] input[type=file]").attr("data-api"))
                .isEqualTo("/api/v1/projects/" + id + "/progress/" + note + "/photos");
        assertThat(asWriter.select("#progress-form input[name=photos]").attr("accept")).isEqualTo("image/jpeg,image/png");

        Document asReader = page("t" + TOWN + "-safety-1", id);
        assertThat(asReader.select("#progress tr[data-id=" + note + "] .photos img").eachAttr("src")).containsExactly(url);
        assertThat(asReader.select("#progress input[type=file]")).isEmpty();
    }

    /** A salt no earlier run of this test used. */
    private static int unique() {
        return 1_000 + (int) (System.nanoTime() % 1_000_000_000);
    }

    private Document page(String user, long id) throws Exception {
        MvcResult r = api.read(user, "/projects/" + id);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long projectId() throws Exception {
        return api.created("demo-dispatcher", project(newName("有照片的项目"))).get("id").asLong();
    }

    private long noteId(long id, String text) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return ProjectFixtures.ok(api.addProgress("demo-dispatcher", id,
                ProjectFixtures.JSON.createObjectNode().put("date", today.toString()).put("text", text)), 201).get("id").asLong();
    }

    private MvcResult upload(long id, long note, String name, byte[] bytes, String user) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + id + "/progress/" + note + "/photos")
                .file(new MockMultipartFile("file", name, "image/jpeg", bytes)).with(DemoUsers.as(mvc, user))).andReturn();
    }
}
