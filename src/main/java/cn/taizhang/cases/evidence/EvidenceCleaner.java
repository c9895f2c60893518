package cn.taizhang.cases.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes photo files that no {@code case_evidence} row references: left by uploads refused or rolled back
 * after their file was written (before the file was written last), or by a crash mid-write ({@code .part}).
 * Only files untouched for the grace period go: a file is written, or touched when it is there already,
 * just before its row is inserted, so a younger one may belong to a row still being committed.
 */
@Component
class EvidenceCleaner {

    static final Duration GRACE = Duration.ofHours(1);

    record Orphan(Path file, long size) {
    }

    private final EvidenceStore store;
    private final JdbcClient jdbc;

    EvidenceCleaner(EvidenceStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The orphans older than the grace period, removed unless {@code dryRun}. */
    List<Orphan> clean(Duration grace, boolean dryRun) {
        Instant cutoff = Instant.now().minus(grace);
        // candidates first, references second: a row committed in between is then seen
        List<Path> old = files().filter(f -> olderThan(f, cutoff)).toList();
        Set<String> referenced = new HashSet<>(jdbc.sql("SELECT DISTINCT sha256 FROM case_evidence").query(String.class).list());
        List<Orphan> orphans = old.stream().filter(f -> !referenced.contains(f.getFileName().toString()))
                .filter(f -> olderThan(f, cutoff)) // touched by an upload meanwhile
                .map(f -> new Orphan(f, size(f))).toList();
        if (!dryRun) {
            orphans.forEach(o -> delete(o.file()));
        }
        return orphans;
    }

    private Stream<Path> files() {
        if (!Files.isDirectory(store.root())) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(store.root())) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
