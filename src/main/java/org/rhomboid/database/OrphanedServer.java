package org.rhomboid.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running by a Rhomboid that was killed (SIGKILL, the out-of-memory killer): zonky's shutdown hook never
 * ran, so PostgreSQL still serves the data directory and a new start would wait for a port that never opens. Whether
 * a Rhomboid still runs there is told by zonky's lock file, held by the process that started the server and let go
 * by the operating system when that process dies.
 */
final class OrphanedServer {

    /** zonky's own lock file in the data directory. */
    static final String NODE_LOCK = "epg-lock";
    private static final Duration STOPPING = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    /** Stops the data directory's server if the Rhomboid that started it is gone; refuses if it is still there. */
    static void stopIfAny(Path dataDir) throws IOException {
        Optional<Postmaster> server = Postmaster.running(dataDir);
        if (server.isEmpty()) {
            return; // a pid file left by a dead server is PostgreSQL's own to clear
        }
        try (FileChannel channel = lockFile(dataDir); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw runningElsewhere(dataDir);
            }
            log.warn("The embedded database server (process {}) was left running by a Rhomboid that stopped without "
                    + "shutting it down; stopping it before starting again", server.get().pid());
            stop(server.get());
        }
    }

    /** Another process (a running Rhomboid) holds the data directory. */
    static boolean heldByAnother(Path dataDir) throws IOException {
        try (FileChannel channel = lockFile(dataDir); FileLock lock = tryLock(channel)) {
            return lock == null;
        }
    }

    static IllegalStateException runningElsewhere(Path dataDir) {
        return new IllegalStateException("Rhomboid is already running on the data in " + dataDir
                + ": stop it first (only one Rhomboid at a time runs on an embedded database).");
    }

    private static FileChannel lockFile(Path dataDir) throws IOException {
        Path file = dataDir.resolve(NODE_LOCK);
        return PrivateFiles.posix(dataDir)
                ? FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PrivateFiles.FILE))
                : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** A fast shutdown (SIGINT): open transactions roll back, everything committed is already in the WAL. */
    private static void stop(Postmaster server) throws IOException {
        ProcessHandle process = ProcessHandle.of(server.pid()).orElse(null);
        if (process == null) {
            return;
        }
        if (!signal("INT", server.pid())) {
            process.destroy(); // SIGTERM: a smart shutdown, which no client of the dead Rhomboid holds up
        }
        long deadline = System.nanoTime() + STOPPING.toNanos();
        while (server.alive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping the orphaned database server", e);
            }
        }
        if (server.alive()) {
            throw new IllegalStateException("The embedded database server left running in " + server.data()
                    + " (process " + server.pid() + ") did not stop within " + STOPPING.toSeconds() + " seconds");
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException noKillCommand) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
