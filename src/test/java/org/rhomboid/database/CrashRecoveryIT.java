package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ChildApp;
import org.rhomboid.support.WebSession;

/**
 * Issue 17, a crash: twenty therapists' browsers sign daily notes and record outcomes through the real pages while
 * Rhomboid is killed with SIGKILL. Its embedded PostgreSQL outlives it; the next start, on the same data, must stop
 * that server and come up the first time, with every write it acknowledged there, whole and in the audit trail.
 * The load lasts {@code -Dcrash.load-seconds} (10 by default in CI; docs/backup-and-recovery.md has the long run).
 */
@DisabledIfEnvironmentVariable(named = "RHOMBOID_DB_URL", matches = ".+",
        disabledReason = "starts its own PostgreSQL whatever RHOMBOID_DB_URL names: CI runs it once, in the embedded pass")
class CrashRecoveryIT {

    private static final int THREADS = 20;
    private static final int NOTE_WRITERS = 10;
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("crash.load-seconds", 10));
    private static final String PASSWORD = DemoVisits.PASSWORD;
    private static final LocalDate TODAY = DemoVisits.TODAY;

    @TempDir
    Path folder;

    private final Set<UUID> signedNotes = ConcurrentHashMap.newKeySet();
    private final Map<UUID, AtomicInteger> outcomesRecorded = new ConcurrentHashMap<>();
    /** What the writers were answered ("sign 302", "start 503", ...), for whoever reads a failure. */
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    @Test
    void aKilledRhomboidStartsAgainFirstTimeWithEveryAcknowledgedWriteWholeAndAudited() throws Exception {
        Path data = folder.resolve("postgres");
        Path log = ChildApp.logFile("CrashRecoveryIT");
        // A long wait for a connection: this test is about what survives a crash, not about answering fast.
        ChildApp first = ChildApp.start(data, log, "--rhomboid.db.connection-wait=10s");
        long postmaster = ChildApp.postmasterPid(data);
        try {
            List<UUID> episodes = DemoVisits.openEpisodes(data);
            assertThat(episodes).as("the demo clinic's open episodes").hasSizeGreaterThanOrEqualTo(NOTE_WRITERS);
            prepare(first.port(), episodes.subList(0, NOTE_WRITERS));

            ExecutorService load = Executors.newFixedThreadPool(THREADS);
            List<Browser> browsers = new ArrayList<>();
            java.util.concurrent.Callable<Browser> signIn = () -> Browser.signIn(first.port());
            for (Future<Browser> browser : load.invokeAll(java.util.Collections.nCopies(THREADS, signIn))) {
                browsers.add(browser.get());
            }
            long until = System.nanoTime() + LOAD.toNanos();
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                UUID episode = episodes.get(i % NOTE_WRITERS);
                Browser browser = browsers.get(i);
                writers.add(load.submit(i < NOTE_WRITERS ? () -> signNotes(browser, episode, until)
                                                         : () -> recordOutcomes(browser, episodes, until)));
            }
            Thread.sleep(LOAD.toMillis());
            first.kill(); // mid-load: requests in flight are cut off, unanswered
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (Future<?> writer : writers) {
                writer.get(); // a writer's own mistake fails the test; a cut-off request is simply unacknowledged
            }
            System.out.printf("Acknowledged before the kill: %d signed notes, %d outcomes; answers %s%n",
                    signedNotes.size(), outcomesRecorded.values().stream().mapToInt(AtomicInteger::get).sum(), answers);
            assertThat(signedNotes).as("daily notes signed before the kill").hasSizeGreaterThanOrEqualTo(10);
            assertThat(outcomesRecorded.values().stream().mapToInt(AtomicInteger::get).sum())
                    .as("outcomes recorded before the kill").isGreaterThanOrEqualTo(10);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                    .as("the embedded server outlived the killed Rhomboid").contains(true);

            try (ChildApp second = ChildApp.start(data, log)) {
                assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                        .as("the orphaned server was stopped").isEmpty();
                try (Connection db = ChildApp.superuser(data)) {
                    everyAcknowledgedWriteIsWholeAndAudited(db);
                }
                WebSession pt = WebSession.signIn(second.port(), DemoClinic.PT_EMAIL, PASSWORD);
                assertThat(pt.get("/notes/" + signedNotes.iterator().next()).status()).isEqualTo(200);
            }
        } finally {
            first.kill();
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
        }
    }

    private void everyAcknowledgedWriteIsWholeAndAudited(Connection db) throws Exception {
        for (UUID id : signedNotes) {
            try (var note = db.prepareStatement("select status, content, content_hash, "
                    + "(select count(*) from note_service s where s.note_id = n.id), "
                    + "(select count(*) from audit_event a where a.resource_id = n.id::text and a.action = 'UPDATE'"
                    + " and a.outcome = 'SUCCESS') from note n where id = ?")) {
                note.setObject(1, id);
                try (var row = note.executeQuery()) {
                    assertThat(row.next()).as("acknowledged note %s is there", id).isTrue();
                    assertThat(row.getString(1)).isEqualTo("SIGNED");
                    assertThat(row.getString(3)).as("its hash is its content's").isEqualTo(sha256(row.getString(2)));
                    assertThat(row.getLong(4)).as("its services").isPositive();
                    assertThat(row.getLong(5)).as("its signing in the audit trail").isPositive();
                }
            }
        }
        for (var recorded : outcomesRecorded.entrySet()) {
            try (var count = db.prepareStatement(
                    "select count(*) from outcome_result where episode_id = ? and source = 'THERAPIST'")) {
                count.setObject(1, recorded.getKey());
                try (var row = count.executeQuery()) {
                    row.next();
                    assertThat(row.getLong(1)).as("outcomes of episode %s", recorded.getKey())
                            .isGreaterThanOrEqualTo(recorded.getValue().get());
                }
            }
        }
        assertThat(count(db, "select count(*) from note where status <> 'DRAFT' and (content_hash is null"
                + " or content is null or signed_at is null)")).as("signed notes without content or hash").isZero();
        assertThat(count(db, "select count(*) from note n where n.status <> 'DRAFT' and n.kind = 'DAILY_NOTE'"
                + " and not exists (select 1 from note_service s where s.note_id = n.id)"))
                .as("signed daily notes without their services").isZero();
        assertThat(count(db, "select count(*) from note_service s join note n on n.id = s.note_id"
                + " where n.status = 'DRAFT'")).as("services of a note that was never signed").isZero();
        assertThat(count(db, "select count(*) from note n where n.status <> 'DRAFT' and n.kind = 'DAILY_NOTE'"
                + " and not exists (select 1 from"
                + " audit_event a where a.resource_id = n.id::text and a.action = 'UPDATE')"))
                .as("signed notes missing from the audit trail").isZero();
        assertThat(count(db, "select count(*) from outcome_result o where not exists (select 1 from audit_event a"
                + " where a.resource_id = o.id::text and a.action = 'CREATE')"))
                .as("outcomes missing from the audit trail").isZero();
    }

    /** One therapist's browser on one episode: start a daily note, sign it as a separate session, again. */
    private void signNotes(Browser browser, UUID episode, long until) {
        WebSession pt = browser.session();
        String csrf = browser.csrf();
        String notes = "/episodes/" + episode + "/notes";
        try {
            while (System.nanoTime() < until) {
                WebSession.Page started = pt.postPrepared(notes, Map.of("kind", List.of("DAILY_NOTE"),
                        "_csrf", List.of(csrf)));
                answered("start", started.status());
                if (started.status() != 302 || !started.location().contains("/notes/")) {
                    continue;
                }
                String note = started.location().substring(started.location().indexOf("/notes/"));
                Map<String, List<String>> form = DemoVisits.dailyNote();
                form.put("separateSession", List.of("on"));
                form.put("separateSessionReason", List.of("Second visit: afternoon session after work"));
                form.put("action", List.of("sign"));
                form.put("_csrf", List.of(csrf));
                WebSession.Page signed = pt.postPrepared(note, form);
                answered("sign", signed.status());
                if (signed.status() == 302) {
                    signedNotes.add(UUID.fromString(note.substring("/notes/".length())));
                }
            }
        } catch (IllegalStateException cutOff) {
            // the server was killed mid-request: not acknowledged
        }
    }

    /** Another browser records NPRS scores on any of the episodes. */
    private void recordOutcomes(Browser browser, List<UUID> episodes, long until) {
        WebSession pt = browser.session();
        String csrf = browser.csrf();
        try {
            for (int i = 0; System.nanoTime() < until; i++) {
                UUID episode = episodes.get(i % episodes.size());
                WebSession.Page recorded = pt.postPrepared("/episodes/" + episode + "/outcomes", Map.of(
                        "instrument", List.of("NPRS"), "r0", List.of(Integer.toString(i % 11)),
                        "measuredOn", List.of(TODAY.toString()), "_csrf", List.of(csrf)));
                answered("outcome", recorded.status());
                if (recorded.status() == 302) {
                    outcomesRecorded.computeIfAbsent(episode, e -> new AtomicInteger()).incrementAndGet();
                }
            }
        } catch (IllegalStateException cutOff) {
            // as above
        }
    }

    private void answered(String request, int status) {
        answers.computeIfAbsent(request + " " + status, a -> new AtomicInteger()).incrementAndGet();
    }

    /** A therapist signed in, with the session's CSRF token (the same on every form of the session). */
    private record Browser(WebSession session, String csrf) {
        static Browser signIn(int port) {
            WebSession pt = WebSession.signIn(port, DemoClinic.PT_EMAIL, PASSWORD);
            return new Browser(pt, WebSession.csrfFrom(pt.get("/patients").body()));
        }
    }

    /** Each note writer's episode gets its intake, a signed evaluation and the day's first daily note, at once. */
    private static void prepare(int port, List<UUID> episodes) throws Exception {
        ExecutorService preparing = Executors.newFixedThreadPool(5);
        List<Future<UUID>> done = new ArrayList<>();
        for (UUID episode : episodes) {
            done.add(preparing.submit(() -> DemoVisits.firstNoteSigned(port, episode)));
        }
        preparing.shutdown();
        for (Future<UUID> each : done) {
            each.get(180, TimeUnit.SECONDS);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}

