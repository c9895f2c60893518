package cn.taizhang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generation shared by the test classes (it is deterministic, so one is as good as many), timed
 * when first asked for: in a fresh test JVM that is a cold start, the case that matters for the demo.
 */
final class Generated {

    private static final KailiTerritory TERRITORY;
    private static final long WALL_MILLIS;
    private static final long CPU_MILLIS;
    private static final String INPUT_TEXT;
    private static final List<Division> INPUT;

    static {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        TERRITORY = KailiTerritory.generate();
        WALL_MILLIS = (System.nanoTime() - wall) / 1_000_000;
        CPU_MILLIS = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        try (InputStream in = KailiTerritory.class.getResourceAsStream("/demo/kaili-522601-divisions.csv")) {
            INPUT_TEXT = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            INPUT = Division.parse(INPUT_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Generated() {
    }

    static KailiTerritory territory() {
        return TERRITORY;
    }

    /** The rows of the input CSV, as read independently of the generator. */
    static List<Division> input() {
        return INPUT;
    }

    /** The input CSV as text. */
    static String inputText() {
        return INPUT_TEXT;
    }

    static long wallMillis() {
        return WALL_MILLIS;
    }

    static long cpuMillis() {
        return CPU_MILLIS;
    }
}
