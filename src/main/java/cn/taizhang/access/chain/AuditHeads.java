package cn.taizhang.access.chain;

import static cn.taizhang.platform.BeijingTime.ZONE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the chain's head outside the database every minute: a line {@code time seq hash} appended to
 * {@code audit-head-DATE.log} in the head folder (one file a day) and logged. Whoever deletes the newest rows and
 * their links, or rewrites the chain from some row on, cannot make it match these lines again.
 */
@Component
public class AuditHeads {

    private static final Logger log = LoggerFactory.getLogger(AuditHeads.class);
    private static final String PREFIX = "audit-head-";

    private final Path directory;
    private final JdbcClient jdbc;

    AuditHeads(@Value("${taizhang.audit.head-dir}") Path directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    public Path directory() {
        return directory;
    }

    /** Appends the current head (if anything is sealed yet) and answers it. */
    @Scheduled(fixedRateString = "${taizhang.audit.head-export-interval:60s}", initialDelayString = "${taizhang.audit.head-export-interval:60s}")
    public Optional<ExportedHead> export() {
        Optional<ExportedHead> head = jdbc.sql("SELECT now() AS at, seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new ExportedHead(rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(ZONE).toOffsetDateTime(),
                        rs.getLong("seq"), AuditChain.hex(rs.getBytes("hash"))))
                .optional();
        head.ifPresent(this::append);
        return head;
    }

    private void append(ExportedHead head) {
        String line = head.at() + " " + head.seq() + " " + head.hash() + "\n";
        Path file = directory.resolve(PREFIX + head.at().toLocalDate() + ".log");
        try {
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit chain's head to " + file, e);
        }
        log.info("Audit chain head: seq {} hash {} (exported to {})", head.seq(), head.hash(), file);
    }

    /** Every head exported so far, oldest file first. */
    public List<ExportedHead> all() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<ExportedHead> heads = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 3) {
                        heads.add(new ExportedHead(OffsetDateTime.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit chain's heads in " + directory, e);
        }
        return heads;
    }
}
