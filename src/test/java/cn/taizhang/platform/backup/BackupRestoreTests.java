package cn.taizhang.platform.backup;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.TaizhangApplication;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.cli.Command;
import cn.taizhang.platform.cli.CommandLine;
import cn.taizhang.platform.photos.PhotoReferences;
import cn.taizhang.stats.CaseSummaries;
import cn.taizhang.stats.StatsQuery;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DatabaseOfItsOwn;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The restore drill: cases with events and photos made through the API, a backup of the running test
 * database, a restore into a database of its own with a fresh data folder ({@link DatabaseOfItsOwn}: a second embedded
 * PostgreSQL, or on an external server a schema of its own, restored by its schema owner), and the same rows, files and
 * figures on both sides. A damaged or foreign backup, or a target that holds data, is refused untouched.
 */
@IntegrationTest
class BackupRestoreTests {

    private static final String TOWN = OwnedArea.BACKUP_RESTORE.code(BackupRestoreTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The rows a user sees as cases, their history, photos and the territory and staff they refer to. */
    private static final List<String> TABLES = List.of("case_record", "case_event", "case_evidence", "case_supervision", "area",
            "department", "staff", "calendar_day");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** Every module that keeps photos: a case's evidence, a project's progress, an inspection's visit … */
    @Autowired
    List<PhotoReferences> photoReferences;

    @Autowired
    DatabaseBackup backup;

    @Autowired
    DatabaseRestore restore;

    @Autowired
    CaseSummaries summaries;

    @Value("${taizhang.data-dir}")
    Path dataDir;

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAFreshFolderHoldsTheSameCasesPhotosAuditRowsAndFigures() throws Exception {
        CaseDriver town = new CaseDriver(mvc, jdbc, TOWN);
        long closed = town.report("safety_hazard", town.grid(0));
        town.dispatch(closed);
        upload(closed, photo(1));
        town.close(closed);
        long dispatched = town.report("city_sanitation", town.grid(1));
        town.dispatch(dispatched);
        upload(dispatched, photo(2));
        upload(dispatched, photo(1)); // the same photo twice: one file
        town.reject(town.report("city_sanitation", town.grid(2)));

        Path backupDir = temp.resolve("backup");
        BackupManifest manifest = backup.backup(backupDir);
        List<List<String>> before = TABLES.stream().map(t -> rows(jdbc, t)).toList();
        assertThat(manifest.files().get(0).sha256()).hasSize(jdbc.queryForList(photos(), String.class).size());

        Path fresh = temp.resolve("fresh");
        Files.createDirectories(fresh.resolve("keys"));
        Files.copy(dataDir.resolve("keys/pii.key"), fresh.resolve("keys/pii.key")); // the key travels apart from the backup
        try (ConfigurableApplicationContext restored = CommandLine.commandApplication(TaizhangApplication.class)
                .run(DatabaseOfItsOwn.options(fresh.toString(), "taizhang_restore").toArray(String[]::new))) {
            JdbcTemplate target = restored.getBean(JdbcTemplate.class);
            List<Command> commands = restored.getBeansOfType(Command.class).values().stream().toList();

            Path damaged = copy(backupDir, temp.resolve("damaged"));
            flipAByte(damaged.resolve("db/case_event.copy.gz"));
            assertThat(CommandLine.dispatch(commands, List.of("restore", damaged.toString()))).isEqualTo(1);
            assertThat(target.queryForObject("SELECT count(*) FROM area", Long.class)).isZero();
            assertThat(BackupFolder.holdsNoFile(fresh.resolve("evidence"))).isTrue();

            assertThat(CommandLine.dispatch(commands, List.of("restore", backupDir.toString()))).isZero();

            for (int i = 0; i < TABLES.size(); i++) {
                assertThat(rows(target, TABLES.get(i))).as(TABLES.get(i)).isEqualTo(before.get(i));
            }
            assertThat(target.queryForObject("SELECT count(*) FROM case_event WHERE case_id IN (?, ?)", Long.class, closed, dispatched))
                    .isGreaterThanOrEqualTo(7);
            long lastAudit = target.queryForObject("SELECT max(id) FROM audit_event", Long.class);
            String auditRows = "SELECT a::text FROM audit_event a WHERE id <= " + lastAudit + " ORDER BY id";
            assertThat(target.queryForList(auditRows, String.class)).isEqualTo(jdbc.queryForList(auditRows, String.class));
            assertThat(target.queryForObject("SELECT count(*) FROM audit_event WHERE path LIKE ?", Long.class, "/api/v1/cases/" + closed + "/%"))
                    .isPositive();
            for (String sha : jdbc.queryForList(photos(), String.class)) {
                Path relative = Path.of(sha.substring(0, 2), sha.substring(2, 4), sha);
                assertThat(Files.mismatch(dataDir.resolve("evidence").resolve(relative), fresh.resolve("evidence").resolve(relative)))
                        .isEqualTo(-1L);
            }
            LocalDate to = LocalDate.now(BeijingTime.ZONE);
            StatsQuery year = StatsQuery.of("522601", to.withDayOfYear(1), to);
            assertThat(restored.getBean(CaseSummaries.class).breakdown(year, StatsQuery.By.CHILD, Scope.area("522601")))
                    .isEqualTo(summaries.breakdown(year, StatsQuery.By.CHILD, Scope.area("522601")));
            assertThat(restored.getBean(CaseSummaries.class).breakdown(year.withArea(TOWN), StatsQuery.By.GRID, Scope.area(TOWN)).values())
                    .anySatisfy(s -> assertThat(s.counts().closed()).isEqualTo(1));
            // the next case gets the next number: the sequences moved past the restored rows
            assertThat(target.queryForObject("SELECT nextval('case_record_id_seq')", Long.class))
                    .isEqualTo(target.queryForObject("SELECT max(id) + 1 FROM case_record", Long.class));

            // a second restore finds data there and changes nothing
            long events = target.queryForObject("SELECT count(*) FROM case_event", Long.class);
            assertThat(CommandLine.dispatch(commands, List.of("restore", backupDir.toString()))).isEqualTo(1);
            assertThat(target.queryForObject("SELECT count(*) FROM case_event", Long.class)).isEqualTo(events);
        }
    }

    @Test
    void aDamagedNewerOrForeignKeyedBackupIsRefusedAndATargetWithDataIsLeftAlone() throws Exception {
        Path good = temp.resolve("good");
        backup.backup(good);
        long areas = jdbc.queryForObject("SELECT count(*) FROM area", Long.class);

        Path tampered = copy(good, temp.resolve("tampered"));
        flipAByte(tampered.resolve("db/area.copy.gz"));
        assertThatThrownBy(() -> restore.restore(tampered, false)).isInstanceOf(BackupRefused.class).hasMessageContaining("校验和")
                .hasMessageContaining("checksum");

        Path newer = copy(good, temp.resolve("newer"));
        editManifest(newer, m -> m.put("schemaVersion", "999"));
        assertThatThrownBy(() -> restore.restore(newer, false)).isInstanceOf(BackupRefused.class).hasMessageContaining("较新")
                .hasMessageContaining("newer");

        Path foreignKey = copy(good, temp.resolve("foreign-key"));
        editManifest(foreignKey, m -> ((ObjectNode) m.get("personalDataKey")).put("sha256", "0".repeat(64)));
        assertThatThrownBy(() -> restore.restore(foreignKey, false)).isInstanceOf(BackupRefused.class).hasMessageContaining("密钥")
                .hasMessageContaining("--ignore-key-mismatch");
        // overriding the key check goes on to the next check: this database holds data
        assertThatThrownBy(() -> restore.restore(foreignKey, true)).isInstanceOf(BackupRefused.class).hasMessageContaining("已有数据")
                .hasMessageContaining("already holds data");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area", Long.class)).isEqualTo(areas);

        assertThatThrownBy(() -> backup.backup(good)).isInstanceOf(BackupRefused.class).hasMessageContaining("not empty");
    }

    private void upload(long id, byte[] photo) throws Exception {
        int status = mvc.perform(multipart("/api/v1/cases/" + id + "/evidence").file(new MockMultipartFile("file", "p.jpg", "image/jpeg", photo))
                .param("kind", "before").with(as(mvc, "t" + TOWN + "-dispatcher-1"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }

    private static byte[] photo(int salt) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(salt * 60 % 256, 120, 30));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static List<String> rows(JdbcTemplate db, String table) {
        return db.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void flipAByte(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
    }

    private static void editManifest(Path dir, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path file = dir.resolve(BackupManifest.FILE);
        ObjectNode manifest = (ObjectNode) JSON.readTree(Files.readString(file));
        edit.accept(manifest);
        Files.writeString(file, JSON.writeValueAsString(manifest));
    }

    /** Every photo file some row references, whichever module keeps it. */
    private String photos() {
        return String.join(" UNION ", photoReferences.stream().map(PhotoReferences::referencedQuery).toList());
    }
}
