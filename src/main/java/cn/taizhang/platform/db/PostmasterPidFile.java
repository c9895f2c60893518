package cn.taizhang.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * PostgreSQL's {@code postmaster.pid} in a data folder: the server's process id (line 1), its data folder
 * (line 2) and its port (line 4). Tells a server that still runs on the folder from a lock left by a dead one.
 */
record PostmasterPidFile(long pid, Path dataDirectory, OptionalInt port) {

    static final String NAME = "postmaster.pid";

    static Optional<PostmasterPidFile> in(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Path dir = lines.size() > 1 ? Path.of(lines.get(1).strip()) : dataDirectory;
            OptionalInt port = lines.size() > 3 && !lines.get(3).isBlank() ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
            return Optional.of(new PostmasterPidFile(pid, dir, port));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // absent, or half-written by a server that died starting
        }
    }

    /**
     * The process, if it is alive and is a PostgreSQL server working in {@code dataDirectory} (its current
     * folder: the postmaster changes into its data folder). A recycled process id belongs to something else.
     */
    Optional<ProcessHandle> liveServer(Path dataDirectory) {
        return ProcessHandle.of(pid).filter(p -> EmbeddedPostgresServer.alive(p.pid())).filter(p -> worksIn(p, dataDirectory));
    }

    static boolean worksIn(ProcessHandle process, Path dataDirectory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            if (Files.isDirectory(proc)) {
                return Files.isSameFile(proc.resolve("cwd").toRealPath(), dataDirectory.toRealPath());
            }
        } catch (IOException e) {
            return false; // vanished meanwhile, or not ours to inspect
        }
        // no /proc (not Linux): trust the command line
        return process.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe")).orElse(false);
    }
}
