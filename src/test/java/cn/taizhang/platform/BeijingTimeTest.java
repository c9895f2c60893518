package cn.taizhang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One zone, declared once: a second declaration could drift (a module reading days in UTC). */
class BeijingTimeTest {

    @Test
    void theZoneIsDeclaredOnlyInBeijingTime() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> declaring = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("\"Asia/Shanghai\"") || read(f).contains("ZoneId.of(")).toList();
            assertThat(declaring).containsExactly(Path.of("src/main/java/cn/taizhang/platform/BeijingTime.java"));
        }
    }

    @Test
    void thePagesTakeTheZoneFromTheServer() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<Path> declaring = files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .filter(f -> read(f).contains("Asia/Shanghai")).toList();
            assertThat(declaring).as("scripts read the zone from the page's meta taizhang-zone (platform.BeijingTime)").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
