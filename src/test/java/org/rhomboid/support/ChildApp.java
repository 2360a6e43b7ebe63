package org.rhomboid.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rhomboid in a process of its own, on its own embedded PostgreSQL in {@code dataDir} (whatever RHOMBOID_DB_URL
 * says: command-line arguments outrank it), so a test can kill it, or its database server, as a crash would.
 */
public final class ChildApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;

    private ChildApp(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts Rhomboid with the demo clinic on {@code dataDir} and waits until it is ready for requests. */
    public static ChildApp start(Path dataDir, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "org.rhomboid.RhomboidApplication",
                "--server.port=" + port, "--rhomboid.db.url=", "--rhomboid.db.ephemeral=false",
                "--rhomboid.db.data-dir=" + dataDir, "--rhomboid.demo=true",
                // The sign-in page and many threads from one address: no throttling of the test's own load.
                "--rhomboid.rate-limit.sign-in-per-address=0", "--rhomboid.rate-limit.api-per-address=0",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("RHOMBOID_"));
        ChildApp app = new ChildApp(builder.start(), port, dataDir, log);
        app.awaitReady(Duration.ofSeconds(150));
        return app;
    }

    /** What a command run as {@code java ... RhomboidApplication <arguments>} printed, and its exit status. */
    public record Command(int exit, String output) {}

    /** Runs Rhomboid's command line (backup, restore) to its end, as an operator would. */
    public static Command command(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "org.rhomboid.RhomboidApplication"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("RHOMBOID_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Still running after 120 s: " + command + "\n" + output);
        }
        return new Command(process.exitValue(), output);
    }

    /** A fresh log file under target/child-apps, kept after the test for whoever reads a failure. */
    public static Path logFile(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "child-apps"));
        Path log = folder.resolve(name + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** GET without a session: status and body. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Rhomboid stopped while starting (exit " + process.exitValue()
                        + "):\n" + logTail());
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Rhomboid was not ready within " + within.toSeconds() + " s:\n" + logTail());
    }

    /** The last lines the process wrote, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGKILL, as the out-of-memory killer or `kill -9` would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The embedded cluster's superuser, who sees every clinic's rows (row-level security does not apply). */
    public static Connection superuser(Path dataDir) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        String password = Files.readString(dataDir.resolve("rhomboid-superuser-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/rhomboid",
                "postgres", password);
    }

    public Connection superuser() throws IOException, SQLException {
        return superuser(dataDir);
    }

    /** The embedded server's postmaster, from the pid file it keeps in the data directory. */
    public static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring closes, and the embedded server stops with it
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
