package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading postmaster.pid, and telling a live PostgreSQL from a dead one or another program. */
class PostmasterTest {

    @TempDir
    Path data;

    private void pidFile(long pid) throws Exception {
        Files.writeString(data.resolve(Postmaster.PID_FILE), pid + "\n" + data + "\n1765100000\n54321\n/tmp\n"
                + "localhost\n  5432001    32768\nready   \n");
    }

    @Test
    void thePidFileNamesTheProcessTheDataAndThePort() throws Exception {
        pidFile(4242);
        assertThat(Postmaster.of(data)).hasValueSatisfying(server -> {
            assertThat(server.pid()).isEqualTo(4242);
            assertThat(server.data()).isEqualTo(data);
            assertThat(server.port()).isEqualTo(54321);
        });
    }

    @Test
    void noFileOrAFileBeingWrittenNamesNoServer() throws Exception {
        assertThat(Postmaster.of(data)).isEmpty();
        Files.writeString(data.resolve(Postmaster.PID_FILE), "4242\n");
        assertThat(Postmaster.of(data)).isEmpty();
    }

    @Test
    void aServerWhoseProcessIsGoneOrIsAnotherProgramIsNotRunning() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        pidFile(finished.pid());
        assertThat(Postmaster.running(data)).as("a process that has ended").isEmpty();
        pidFile(ProcessHandle.current().pid());
        assertThat(Postmaster.running(data)).as("this JVM is no PostgreSQL").isEmpty();
    }

    @Test
    void waitsWhileAProcessStillWorksInTheDataDirectory() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "Linux only");
        Process lingering = new ProcessBuilder("sleep", "30").directory(data.toFile()).start();
        try {
            long started = System.nanoTime();
            Postmaster.awaitNoProcessesIn(data, java.time.Duration.ofMillis(600));
            assertThat((System.nanoTime() - started) / 1_000_000).as("waited its whole time").isGreaterThan(550);
        } finally {
            lingering.destroyForcibly().waitFor();
        }
        long started = System.nanoTime();
        Postmaster.awaitNoProcessesIn(data, java.time.Duration.ofSeconds(5));
        assertThat((System.nanoTime() - started) / 1_000_000).as("nothing left to wait for").isLessThan(2000);
    }
}
