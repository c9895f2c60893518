package cn.taizhang.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup folder holds ({@code manifest.json}, written last, so a folder without it is no backup): the
 * schema version of the migrations, each table's columns, row count and file checksum, the files beside the
 * database, and a reference to the personal-data key — its fingerprint and where it was configured, never the
 * key itself.
 */
public record BackupManifest(int format, String createdAt, String schemaVersion, String server, List<Table> tables,
        List<FileSet> files, PersonalDataKey personalDataKey) {

    static final int FORMAT = 1;
    static final String FILE = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A table's rows in PostgreSQL's COPY text format, gzipped, in {@code file}. */
    public record Table(String name, List<String> columns, long rows, String file, long bytes, String sha256) {
    }

    /** Content-addressed files: their names are their SHA-256. */
    public record FileSet(String name, long count, long bytes, List<String> sha256) {
    }

    /** The SHA-256 of the raw key bytes ({@code base64 -d pii.key | sha256sum}) and where it was configured. */
    public record PersonalDataKey(String sha256, String configuredAs) {
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(Path dir) throws IOException {
        Path temp = dir.resolve(FILE + ".part");
        Files.write(temp, JSON.writeValueAsBytes(this));
        BackupFolder.force(temp);
        Files.move(temp, dir.resolve(FILE));
    }

    static BackupManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("不是完整的备份目录（缺少 " + FILE + "）：" + dir, "not a complete backup folder (no " + FILE + "): " + dir);
        }
        try {
            BackupManifest manifest = JSON.readValue(Files.readAllBytes(file), BackupManifest.class);
            if (manifest.format() != FORMAT) {
                throw new BackupRefused("不支持的备份格式 " + manifest.format(), "unsupported backup format " + manifest.format());
            }
            return manifest;
        } catch (IOException | JacksonException e) {
            throw new BackupRefused("备份清单无法读取：" + e.getMessage(), "the backup manifest cannot be read: " + e.getMessage());
        }
    }
}
