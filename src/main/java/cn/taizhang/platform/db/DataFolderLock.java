package cn.taizhang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The claim of one application on a data folder: an operating-system lock on {@code taizhang.lock}, held while
 * the application runs and released by the system when its process dies, even by SIGKILL. So a PostgreSQL
 * server found running on the folder while the lock is free is an orphan of a crashed application, and one
 * found while it is held belongs to a live application, whose process id the file names.
 */
final class DataFolderLock implements AutoCloseable {

    static final String NAME = "taizhang.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or another application in this one) holds it. */
    static Optional<DataFolderLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            return Optional.of(new DataFolderLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data folder " + dataDir, e);
        }
    }

    /** The process id written by the holder, if it wrote one. */
    static String holder(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(NAME), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? "?" : text;
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
