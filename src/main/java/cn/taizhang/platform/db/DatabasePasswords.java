package cn.taizhang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's passwords, one file per role in the data folder (outside {@code pg/}, so that a copy of the
 * server's folder does not carry them), readable by the service user only (mode 600). Made once, at the first start
 * that needs them, and kept: a command started beside the application and an operator's {@code psql} read the same file.
 */
final class DatabasePasswords {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePasswords() {
    }

    /** {@code <data-dir>/pg-<name>.password}: {@code superuser} for postgres, {@code app} for the application's role. */
    static Path file(Path dataDir, String name) {
        return dataDir.resolve("pg-" + name + ".password");
    }

    /** The password kept in {@code file}, made (256 random bits, URL-safe base64: no quoting anywhere) if there is none. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + file, e);
        }
    }

    /** The password kept in {@code file}, which must exist. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("数据库口令文件不可读 / cannot read the database password file " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] bytes() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }
}
