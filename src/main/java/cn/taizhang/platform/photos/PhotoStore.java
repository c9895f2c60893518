package cn.taizhang.platform.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photo bytes, content-addressed under {@code <data-dir>/evidence/ab/cd/<sha256>}: outside any web
 * root, the same photo stored once, a file never rewritten once there. One store for every module's photos (a case's
 * evidence, a project's progress); each module names the files its rows reference ({@link PhotoReferences}).
 */
@Component
public class PhotoStore {

    private final Path root;

    PhotoStore(@Value("${taizhang.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("evidence");
    }

    /**
     * Stores the bytes (durably, before the metadata row commits) and returns their SHA-256. A file already
     * there is touched instead: its row may be about to commit, so the orphan cleaner's grace period starts again.
     */
    public String put(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = path(sha);
        try {
            if (touch(target)) {
                return sha;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, bytes);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] get(String sha) {
        try {
            return Files.readAllBytes(path(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    Path root() {
        return root;
    }

    private static boolean touch(Path file) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
