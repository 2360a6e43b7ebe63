package org.rhomboid.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's {@code postmaster.pid} in a data directory says: which process serves it, on which port. The
 * file outlives a server that was killed, so whether that process still runs is asked of the operating system.
 *
 * @param pid  the postmaster's process id
 * @param data the data directory it serves, as it wrote it
 * @param port the TCP port it listens on
 */
record Postmaster(long pid, Path data, int port) {

    static final String PID_FILE = "postmaster.pid";

    /** The server named in the data directory's pid file, whether it still runs or not. */
    static Optional<Postmaster> of(Path dataDir) {
        Path file = dataDir.resolve(PID_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty(); // being written by a server that is starting
            }
            return Optional.of(new Postmaster(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
                    Integer.parseInt(lines.get(3).strip())));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** The server named in the pid file, if it is still running. */
    static Optional<Postmaster> running(Path dataDir) {
        return of(dataDir).filter(Postmaster::alive);
    }

    /**
     * The process runs and is a PostgreSQL server. A killed server whose parent never collected it (a container's
     * first process often doesn't) lingers as a zombie: it serves nothing, so it counts as stopped.
     */
    boolean alive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || zombie()) {
            return false;
        }
        // After a reboot the number may belong to another program; what it runs says whether it is ours.
        return process.get().info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private boolean zombie() {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat, StandardCharsets.UTF_8);
            // "pid (name) S ...": the state follows the last closing parenthesis.
            String rest = line.substring(line.lastIndexOf(')') + 1).strip();
            return rest.startsWith("Z") || rest.startsWith("X");
        } catch (IOException | RuntimeException noProcFileSystem) {
            return false;
        }
    }

    /**
     * Waits until no process works in the data directory any more (every PostgreSQL process makes it its current
     * folder): a killed server's backends notice within moments and exit. Linux only; elsewhere it returns at once.
     */
    static void awaitNoProcessesIn(Path folder, java.time.Duration atMost) {
        Path dataDir;
        try {
            dataDir = folder.toRealPath(); // as the kernel names it: links resolved
        } catch (IOException gone) {
            return;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        while (anyProcessIn(dataDir) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean anyProcessIn(Path dataDir) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return false;
        }
        try (var processes = Files.list(proc)) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(p -> {
                        try {
                            return Files.readSymbolicLink(p.resolve("cwd")).equals(dataDir);
                        } catch (IOException | RuntimeException gone) {
                            return false;
                        }
                    });
        } catch (IOException unreadable) {
            return false;
        }
    }
}
