package cn.taizhang.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photo bytes, content-addressed under {@code <data-dir>/evidence/ab/cd/<sha256>}: outside any web
 * root, the same photo stored once, a file never rewritten once there.
 */
@Component
class EvidenceStore {

    private final Path root;

    EvidenceStore(@Value("${taizhang.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("evidence");
    }

    /** The image type from the first bytes, whatever the file is called or claims to be. */
    static Optional<String> imageType(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (startsWith(bytes, png, 0)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, "RIFF".getBytes(), 0) && startsWith(bytes, "WEBP".getBytes(), 8)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** Stores the bytes (durably, before the metadata row commits) and returns their SHA-256. */
    String put(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = path(sha);
        try {
            if (Files.exists(target)) {
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

    byte[] get(String sha) {
        try {
            return Files.readAllBytes(path(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
