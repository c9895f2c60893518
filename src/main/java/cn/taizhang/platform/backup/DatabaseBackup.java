package cn.taizhang.platform.backup;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * A consistent backup of a running system into an empty folder: every table of the schema copied out in one
 * REPEATABLE READ, READ ONLY transaction (one snapshot, writers never wait), then the files those rows reference.
 * A file is written before its row commits, so every row of the snapshot finds its file. The personal-data key
 * stays out: the manifest names its fingerprint and where it is configured.
 */
@Service
public class DatabaseBackup {

    private final DataSource owner;
    private final List<ContentAddressedFiles> fileSets;
    private final PersonalDataCipher cipher;
    private final PersonalDataKeys keys;

    DatabaseBackup(@Qualifier("ownerDataSource") DataSource owner, List<ContentAddressedFiles> fileSets, PersonalDataCipher cipher,
            PersonalDataKeys keys) {
        this.owner = owner;
        this.fileSets = fileSets;
        this.cipher = cipher;
        this.keys = keys;
    }

    public BackupManifest backup(Path dir) throws IOException, SQLException {
        if (!BackupFolder.holdsNoFile(dir)) {
            throw new BackupRefused("备份目录不为空：" + dir, "the backup folder is not empty: " + dir);
        }
        Files.createDirectories(dir.resolve("db"));
        List<BackupManifest.Table> tables = new ArrayList<>();
        List<List<String>> referenced = new ArrayList<>();
        String version;
        String server;
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            version = SchemaTables.version(c);
            server = c.getMetaData().getDatabaseProductVersion();
            for (Map.Entry<String, List<String>> table : SchemaTables.tables(c).entrySet()) {
                tables.add(copyOut(c, table.getKey(), table.getValue(), dir));
            }
            for (ContentAddressedFiles set : fileSets) {
                referenced.add(names(c, set.referencedQuery()));
            }
            c.commit();
        }
        List<BackupManifest.FileSet> files = new ArrayList<>();
        for (int i = 0; i < fileSets.size(); i++) {
            files.add(copyFiles(fileSets.get(i), referenced.get(i), dir));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, OffsetDateTime.now().toString(), version, server, tables,
                files, new BackupManifest.PersonalDataKey(cipher.fingerprint(), keys.configuredAs()));
        manifest.write(dir);
        return manifest;
    }

    private static BackupManifest.Table copyOut(Connection c, String table, List<String> columns, Path dir)
            throws IOException, SQLException {
        String file = "db/" + table + ".copy.gz";
        Path path = dir.resolve(file);
        MessageDigest digest = BackupFolder.sha256();
        long rows;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            GZIPOutputStream gzip = new GZIPOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest), 1 << 16);
            rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY " + SchemaTables.quote(table) + " (" + SchemaTables.columnList(columns) + ") TO STDOUT", gzip);
            gzip.finish();
            channel.force(true);
            gzip.close();
        }
        return new BackupManifest.Table(table, columns, rows, file, Files.size(path), BackupFolder.hex(digest.digest()));
    }

    private static List<String> names(Connection c, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1).strip());
            }
        }
        return names;
    }

    private static BackupManifest.FileSet copyFiles(ContentAddressedFiles set, List<String> names, Path dir) throws IOException {
        long bytes = 0;
        for (String sha : names) {
            Path relative = set.relativePath(sha);
            bytes += BackupFolder.copyVerified(set.root().resolve(relative), dir.resolve(set.name()).resolve(relative), sha);
        }
        return new BackupManifest.FileSet(set.name(), names.size(), bytes, names);
    }
}
