package org.rhomboid.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.database.DatabaseProperties;
import org.rhomboid.database.EmbeddedDatabase;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.WebSession;

/**
 * Many nodes, no lost work (issue 17): two Rhomboid nodes — the packaged jar, each its own process — on one
 * PostgreSQL, behind Debian's nginx configured here on loopback ports (round robin; a node that refuses connections
 * is skipped, as in docs/scaling.md). A physical therapist signs in through the balancer and is answered by both
 * nodes while staying signed in; node A dies (SIGKILL) in the middle of a daily note, and the next request, served
 * by node B, is still signed in and finds the draft saved before. Then node B is stopped with SIGTERM while a
 * request is arriving: it answers that request, then stops.
 *
 * <p>Not on the shared application context: it starts its own nodes. The database is a throwaway embedded cluster
 * of its own (started as the application starts one, with passwords), so the nodes see an external server (and CI's
 * external-database run, which would only repeat it, skips it); every node signs in with the same application
 * login, kept by the test as an operator would.
 */
@DisabledIfEnvironmentVariable(named = "RHOMBOID_DB_URL", matches = ".+",
        disabledReason = "starts its own PostgreSQL whatever RHOMBOID_DB_URL names: CI runs it once, in the embedded pass")
class TwoNodesIT {

    private static final String NODE_HEADER = "X-Rhomboid-Node";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> running = new ArrayList<>();
    private EmbeddedDatabase database;
    private Path work;

    @Test
    void aClinicianKeepsTheirSignInAndTheirDraftWhenTheirNodeDies() throws Exception {
        String nginx = nginx();
        Path jar = Path.of("target", "rhomboid.jar");
        assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
        work = Files.createTempDirectory("rhomboid-two-nodes");
        database = EmbeddedDatabase.start(new DatabaseProperties(null, null, null, null, null, null, true));
        String appLogin = "rhomboid_two_nodes_app";
        String appPassword = UUID.randomUUID().toString();
        owner("create role " + appLogin + " login password '" + appPassword + "'");

        int portA = freePort();
        int portB = freePort();
        int balancerPort = freePort();
        Process nodeA = startNode(jar, "node-a", portA, balancerPort, appLogin, appPassword);
        Process nodeB = startNode(jar, "node-b", portB, balancerPort, appLogin, appPassword);
        awaitReady(nodeA, "node-a", portA);
        awaitReady(nodeB, "node-b", portB);
        startBalancer(nginx, balancerPort, portA, portB);

        // The demo clinic, seeded once although both nodes found an empty database; its first patient's episode
        // goes through intake, examination, plan and a signed evaluation through the balancer (many sign-ins, forms
        // and CSRF tokens, served by both nodes).
        assertThat(ownerQuery("select count(*) from clinic")).isEqualTo("1");
        UUID episode = UUID.fromString(ownerQuery("select e.id from episode e join patient p on p.id = e.patient_id"
                + " where p.family_name = 'Ellison' and p.given_name = 'Margaret'"));
        LocalDate startedOn = LocalDate.parse(ownerQuery("select started_on from episode where id = '" + episode + "'"));
        SignedEvaluation.sign(balancerPort, new SignedEvaluation.Care(episode, startedOn,
                "frontdesk@demo.rhomboid.org", DemoClinic.PT_EMAIL, DemoClinic.PASSWORD), LocalDate.now());

        WebSession therapist = WebSession.signIn(balancerPort, DemoClinic.PT_EMAIL, DemoClinic.PASSWORD);
        Set<String> nodes = new LinkedHashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<byte[]> page = therapist.getBytes("/patients");
            assertThat(page.statusCode()).as("still signed in").isEqualTo(200);
            nodes.add(page.headers().firstValue(NODE_HEADER).orElseThrow());
        }
        assertThat(nodes).as("requests land on both nodes").containsExactlyInAnyOrder("node-a", "node-b");

        // Signing out on one node signs out on both.
        WebSession colleague = WebSession.signIn(balancerPort, "pt2@demo.rhomboid.org", DemoClinic.PASSWORD);
        assertThat(colleague.getBytes("/patients").statusCode()).isEqualTo(200);
        assertThat(colleague.post("/logout", Map.of(), "/patients").location()).contains("/login?signedOut");
        Set<String> refusedBy = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<byte[]> page = colleague.getBytes("/patients");
            assertThat(page.statusCode()).as("signed out").isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
            refusedBy.add(page.headers().firstValue(NODE_HEADER).orElseThrow());
        }
        assertThat(refusedBy).containsExactlyInAnyOrder("node-a", "node-b");

        String notes = "/episodes/" + episode + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        assertThat(started.location()).as("the daily note opens").contains("/notes/");
        String note = started.location().substring(started.location().indexOf("/notes/"));
        Map<String, List<String>> draft = new HashMap<>();
        draft.put("visitDate", List.of(LocalDate.now().toString()));
        draft.put("painToday", List.of("4"));
        draft.put("patientReport", List.of("Sat through a full workday on Tuesday"));
        draft.put("action", List.of("save"));
        assertThat(therapist.postMulti(note, draft, note).status()).isEqualTo(200);

        // Node A dies mid-note: no shutdown, no goodbye.
        nodeA.destroyForcibly();
        assertThat(nodeA.waitFor(20, TimeUnit.SECONDS)).isTrue();

        HttpResponse<byte[]> after = therapist.getBytes(note);
        assertThat(after.statusCode()).as("still signed in after node A died").isEqualTo(200);
        assertThat(after.headers().firstValue(NODE_HEADER)).contains("node-b");
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("Sat through a full workday on Tuesday");
        // The session's CSRF token came along too: the next save on node B is accepted.
        draft.put("objective", List.of("Thoracic rotation L 40°, pain 2/10 at end range"));
        assertThat(therapist.postMulti(note, draft, note).status()).isEqualTo(200);
        assertThat(ownerQuery("select draft::text from note where id = '" + note.substring("/notes/".length()) + "'"))
                .contains("Sat through a full workday on Tuesday").contains("Thoracic rotation L 40");
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> page = therapist.getBytes("/patients");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue(NODE_HEADER)).contains("node-b");
        }

        // The balancer's readiness check: public, and without details.
        HttpResponse<String> ready = get(balancerPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"").doesNotContain("components").doesNotContain("db");

        // SIGTERM in the middle of a request (its form still arriving): node B waits for it, answers it, then stops.
        try (Socket slow = new Socket("127.0.0.1", portB)) {
            slow.setSoTimeout(30_000);
            String body = "username=someone%40example.org&password=not-the-password";
            var out = slow.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost:" + portB + "\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500);
            nodeB.destroy();
            Thread.sleep(1500);
            assertThat(nodeB.isAlive()).as("node B waits for the request in flight").isTrue();
            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(statusLine).as("the request in flight is answered").startsWith("HTTP/1.1 ");
        }
        assertThat(nodeB.waitFor(60, TimeUnit.SECONDS)).as("node B stops on SIGTERM").isTrue();
        assertThat(Files.readString(work.resolve("node-b.log"))).contains("Commencing graceful shutdown")
                .contains("Graceful shutdown complete");
    }

    /** Debian's nginx (.ci/run installs it); outside CI a machine without it skips this test. */
    private static String nginx() {
        String found = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst().orElse(null);
        if (found == null && "true".equals(System.getenv("CI"))) {
            fail("nginx is not installed: .ci/run installs Debian's nginx package for this test");
        }
        Assumptions.assumeTrue(found != null, "nginx is not installed (apt-get install nginx): two-node test skipped");
        return found;
    }

    private Process startNode(Path jar, String name, int port, int balancerPort, String appLogin, String appPassword)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder node = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toAbsolutePath().toString());
        Map<String, String> env = node.environment();
        env.keySet().removeIf(key -> key.startsWith("RHOMBOID_"));
        env.put("RHOMBOID_DB_URL", database.jdbcUrl());
        env.put("RHOMBOID_DB_USER", database.user());
        env.put("RHOMBOID_DB_PASSWORD", database.password());
        env.put("RHOMBOID_DB_APP_USER", appLogin);
        env.put("RHOMBOID_DB_APP_PASSWORD", appPassword);
        env.put("RHOMBOID_DEMO", "true");
        env.put("RHOMBOID_NODE_NAME", name);
        env.put("RHOMBOID_PUBLIC_URL", "http://localhost:" + balancerPort);
        env.put("PORT", Integer.toString(port));
        node.redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        Process process = node.start();
        running.add(process);
        return process;
    }

    private void awaitReady(Process node, String name, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                fail(name + " stopped while starting:\n" + tail(name + ".log"));
            }
            try {
                HttpResponse<String> ready = get(port, "/actuator/health/readiness");
                if (ready.statusCode() == 200) {
                    assertThat(ready.headers().firstValue(NODE_HEADER)).contains(name);
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        fail(name + " was not ready in time:\n" + tail(name + ".log"));
    }

    private void startBalancer(String nginx, int port, int portA, int portB) throws Exception {
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log warn;
                events { worker_connections 128; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream rhomboid {
                        server 127.0.0.1:%2$d max_fails=1 fail_timeout=30s;
                        server 127.0.0.1:%3$d max_fails=1 fail_timeout=30s;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        client_max_body_size 25m;
                        location / {
                            proxy_pass http://rhomboid;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                        }
                    }
                }
                """.formatted(work.toAbsolutePath(), portA, portB, port));
        Process balancer = new ProcessBuilder(nginx, "-p", work.toAbsolutePath().toString(), "-e",
                work.resolve("nginx-error.log").toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(work.resolve("nginx.log").toFile())
                .start();
        running.add(balancer);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!balancer.isAlive()) {
                fail("nginx stopped:\n" + tail("nginx.log") + tail("nginx-error.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        fail("nginx did not listen in time:\n" + tail("nginx-error.log"));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void owner(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** One value, read as the owner (superuser of the test's own cluster: row-level security does not apply). */
    private String ownerQuery(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(work.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (work != null) {
            // What the nodes and the balancer said, for a failed run's report.
            for (String log : List.of("node-a.log", "node-b.log", "nginx-error.log")) {
                System.out.println("--- " + log + "\n" + tail(log));
            }
        }
        // SIGTERM first: nginx's master then stops its workers (SIGKILL would leave them behind).
        for (Process process : running) {
            process.destroy();
        }
        for (Process process : running) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (database != null) {
            database.close();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
