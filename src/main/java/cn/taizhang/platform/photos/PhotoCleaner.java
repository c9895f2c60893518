package cn.taizhang.platform.photos;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes photo files that no module's row references ({@link PhotoReferences}): left by uploads refused or rolled back
 * after their file was written (before the file was written last), or by a crash mid-write ({@code .part}).
 * Only files untouched for the grace period go: a file is written, or touched when it is there already,
 * just before its row is inserted, so a younger one may belong to a row still being committed.
 */
@Component
public class PhotoCleaner {

    public static final Duration GRACE = Duration.ofHours(1);

    public record Orphan(Path file, long size) {
    }

    private final PhotoStore store;
    private final JdbcClient jdbc;
    private final List<PhotoReferences> references;

    PhotoCleaner(PhotoStore store, JdbcClient jdbc, List<PhotoReferences> references) {
        this.store = store;
        this.jdbc = jdbc;
        this.references = references;
    }

    /** One query selecting every referenced photo's SHA-256 once. */
    static String union(List<PhotoReferences> references) {
        return references.stream().map(r -> "(" + r.referencedQuery() + ")").collect(Collectors.joining(" UNION ", "SELECT sha256 FROM (", ") AS photo (sha256)"));
    }

    /** The orphans older than the grace period, removed unless {@code dryRun}. */
    public List<Orphan> clean(Duration grace, boolean dryRun) {
        Instant cutoff = Instant.now().minus(grace);
        // candidates first, references second: a row committed in between is then seen
        List<Path> old = files().filter(f -> olderThan(f, cutoff)).toList();
        Set<String> referenced = new HashSet<>(jdbc.sql(union(references)).query(String.class).list());
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
