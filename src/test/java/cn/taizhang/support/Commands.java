package cn.taizhang.support;

import cn.taizhang.platform.cli.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the jar's commands in the test's application context, as {@code java -jar taizhang.jar NAME ARGS} would, keeping what they print. */
public final class Commands {

    /** What a command answered: its exit code and what it printed. */
    public record Run(int exit, String out, String err) {
    }

    private final List<Command> commands;

    public Commands(List<Command> commands) {
        this.commands = commands;
    }

    public synchronized Run run(String name, String... args) throws Exception {
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = command.run(List.of(args));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The temporary password a command printed ("…: PASSWORD" at the end of a line). */
    public static String temporaryPassword(Run run) {
        return run.out().lines().filter(l -> l.contains("temporary password")).findFirst().orElseThrow(() -> new AssertionError(run.out()))
                .replaceAll("^.*: ", "").strip();
    }
}
