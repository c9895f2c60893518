package cn.taizhang.platform.backup;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Brings a backup back into an empty installation, whose schema the migrations have just made at this jar's
 * version. Everything is checked before anything is written: the schema version, the personal-data key, every
 * checksum, that the database and the file folders hold no data. Then the files are copied and the rows loaded
 * in one transaction as the schema owner, with triggers and foreign-key checks off
 * ({@code session_replication_role = replica}: the audit trail refuses TRUNCATE, and the tallies must not count
 * the cases a second time); the tables' seed rows from the migrations are replaced.
 */
@Service
public class DatabaseRestore {

    /** A database with any territory, staff, case or audit row holds data; the other tables get seed rows from the migrations. */
    private static final List<String> DATA_TABLES = List.of("area", "staff", "case_record", "audit_event");

    private final DataSource owner;
    private final List<ContentAddressedFiles> fileSets;
    private final PersonalDataCipher cipher;

    DatabaseRestore(@Qualifier("ownerDataSource") DataSource owner, List<ContentAddressedFiles> fileSets, PersonalDataCipher cipher) {
        this.owner = owner;
        this.fileSets = fileSets;
        this.cipher = cipher;
    }

    /** What was restored; {@code keyMismatch} if the key check was overridden and the fingerprints differ. */
    public record Restored(BackupManifest manifest, boolean keyMismatch) {
    }

    public Restored restore(Path dir, boolean ignoreKeyMismatch) throws IOException, SQLException {
        BackupManifest manifest = BackupManifest.read(dir);
        boolean keyMismatch = !manifest.personalDataKey().sha256().equals(cipher.fingerprint());
        try (Connection c = owner.getConnection()) {
            checkVersion(manifest.schemaVersion(), SchemaTables.version(c));
            if (keyMismatch && !ignoreKeyMismatch) {
                throw new BackupRefused("个人信息密钥与备份时的密钥不一致（备份时指纹 " + manifest.personalDataKey().sha256() + "，配置于 "
                        + manifest.personalDataKey().configuredAs() + "；当前指纹 " + cipher.fingerprint()
                        + "）。请先配置原密钥（TAIZHANG_PII_KEY 或数据目录下的 keys/pii.key）；确认放弃已加密的个人信息时才可加 --ignore-key-mismatch",
                        "the personal-data key differs from the backup's (fingerprint " + manifest.personalDataKey().sha256()
                                + " expected, " + cipher.fingerprint() + " configured); configure the original key, or add "
                                + "--ignore-key-mismatch only to give up the encrypted personal data");
            }
            checkTables(manifest, SchemaTables.tables(c));
            verifyFiles(manifest, dir);
            checkEmpty(c);
            List<Path> copied = copyFiles(manifest, dir);
            try {
                load(c, manifest, dir);
            } catch (IOException | SQLException | RuntimeException e) {
                for (Path file : copied) {
                    Files.deleteIfExists(file);
                }
                throw e;
            }
        }
        return new Restored(manifest, keyMismatch);
    }

    private static void checkVersion(String backup, String current) {
        int order = MigrationVersion.fromVersion(backup).compareTo(MigrationVersion.fromVersion(current));
        if (order > 0) {
            throw new BackupRefused("备份来自较新的数据库结构版本 " + backup + "，本程序只到 " + current + "：请用与备份同一版本或更新的程序恢复",
                    "the backup is of schema version " + backup + ", newer than this jar's " + current + ": restore with a jar as new as the backup");
        }
        if (order < 0) {
            // the rows would miss what the later migrations did to them
            throw new BackupRefused("备份来自较旧的数据库结构版本 " + backup + "（本程序为 " + current + "）：请用备份时的程序版本恢复，再启动本程序完成迁移",
                    "the backup is of schema version " + backup + ", older than this jar's " + current
                            + ": restore it with the jar it was made by, then start this jar to migrate it");
        }
    }

    private static void checkTables(BackupManifest manifest, Map<String, List<String>> here) {
        Map<String, List<String>> backup = new LinkedHashMap<>();
        manifest.tables().forEach(t -> backup.put(t.name(), t.columns()));
        if (!backup.equals(here)) {
            throw new BackupRefused("备份中的表结构与当前数据库不一致", "the backup's tables and columns differ from this database's");
        }
    }

    private void verifyFiles(BackupManifest manifest, Path dir) throws IOException {
        for (BackupManifest.Table table : manifest.tables()) {
            if (!table.file().equals("db/" + table.name() + ".copy.gz")) {
                throw new BackupRefused("备份清单已损坏：" + table.file(), "the backup manifest is damaged: " + table.file());
            }
            Path file = dir.resolve(table.file());
            if (!Files.isRegularFile(file) || Files.size(file) != table.bytes() || !BackupFolder.sha256(file).equals(table.sha256())) {
                throw new BackupRefused("备份文件缺失或校验和不符：" + file, "backup file missing or its checksum does not match: " + file);
            }
        }
        for (BackupManifest.FileSet set : manifest.files()) {
            ContentAddressedFiles here = fileSet(set.name());
            for (String sha : set.sha256()) {
                if (!sha.matches("[0-9a-f]{64}")) {
                    throw new BackupRefused("备份清单已损坏：" + sha, "the backup manifest is damaged: " + sha);
                }
                BackupFolder.verify(dir.resolve(set.name()).resolve(here.relativePath(sha)), sha);
            }
        }
    }

    private void checkEmpty(Connection c) throws SQLException, IOException {
        for (String table : DATA_TABLES) {
            try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + SchemaTables.quote(table) + ")");
                    ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getBoolean(1)) {
                    throw new BackupRefused("目标数据库已有数据（表 " + table + " 不为空），恢复只能写入空的数据目录或数据库",
                            "the target database already holds data (table " + table + " is not empty); restore only into an empty one");
                }
            }
        }
        for (ContentAddressedFiles set : fileSets) {
            if (!BackupFolder.holdsNoFile(set.root())) {
                throw new BackupRefused("目标目录已有文件：" + set.root() + "，恢复只能写入空的数据目录",
                        "the target folder already holds files: " + set.root() + "; restore only into an empty data folder");
            }
        }
    }

    private List<Path> copyFiles(BackupManifest manifest, Path dir) throws IOException {
        List<Path> copied = new ArrayList<>();
        for (BackupManifest.FileSet set : manifest.files()) {
            ContentAddressedFiles here = fileSet(set.name());
            for (String sha : set.sha256()) {
                Path target = here.root().resolve(here.relativePath(sha));
                BackupFolder.copyVerified(dir.resolve(set.name()).resolve(here.relativePath(sha)), target, sha);
                copied.add(target);
            }
        }
        return copied;
    }

    private static void load(Connection c, BackupManifest manifest, Path dir) throws IOException, SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
            s.execute("TRUNCATE " + String.join(", ", manifest.tables().stream().map(t -> SchemaTables.quote(t.name())).toList()));
            for (BackupManifest.Table table : manifest.tables()) {
                long rows;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(table.file())), 1 << 16)) {
                    rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY " + SchemaTables.quote(table.name()) + " (" + SchemaTables.columnList(table.columns()) + ") FROM STDIN", in);
                }
                if (rows != table.rows()) {
                    throw new BackupRefused("表 " + table.name() + " 载入 " + rows + " 行，备份清单为 " + table.rows() + " 行",
                            "table " + table.name() + ": " + rows + " rows loaded, the manifest says " + table.rows());
                }
            }
            SchemaTables.resetSequences(c);
            c.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private ContentAddressedFiles fileSet(String name) {
        return fileSets.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new BackupRefused("本程序不认识备份中的文件夹 " + name, "this jar does not know the backup's folder " + name));
    }
}
