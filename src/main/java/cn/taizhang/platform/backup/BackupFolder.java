package cn.taizhang.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** File handling shared by backup and restore: checksums, durable writes, the content-addressed copies. */
final class BackupFolder {

    private BackupFolder() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hex(digest.digest());
    }

    /** Waits until the file's bytes are on the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** True if the folder is missing or holds no file at any depth. */
    static boolean holdsNoFile(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }

    /**
     * Copies a content-addressed file, refusing it unless its bytes hash to its name; written under a temporary
     * name and moved into place, so a file there is always whole.
     */
    static long copyVerified(Path from, Path to, String sha256) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new BackupRefused("缺少文件 " + from, "missing file " + from);
        }
        byte[] bytes = Files.readAllBytes(from);
        if (!hex(sha256().digest(bytes)).equals(sha256)) {
            throw new BackupRefused("文件内容与其 SHA-256 名称不符：" + from, "file content does not match its SHA-256 name: " + from);
        }
        Files.createDirectories(to.getParent());
        Path temp = to.resolveSibling(to.getFileName() + ".part");
        Files.write(temp, bytes);
        force(temp);
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return bytes.length;
    }

    /** Verifies a content-addressed file in place. */
    static void verify(Path file, String sha256) throws IOException {
        if (!Files.isRegularFile(file) || !sha256(file).equals(sha256)) {
            throw new BackupRefused("备份中的文件缺失或已损坏：" + file, "a file of the backup is missing or damaged: " + file);
        }
    }
}
