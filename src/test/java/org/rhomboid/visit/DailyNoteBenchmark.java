package org.rhomboid.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.plan.domain.PlanForm;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.DailyNoteForms;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily note of a Medicare patient a month into care: a signed evaluation and plan, 28 signed daily notes
 * (each with the form as typed, kept as its draft, and two billed services) and a progress report every nine
 * visits, then today's open note. Its four routes are asked for over HTTP as the therapist's browser asks — the note
 * page, the live units (htmx), saving the draft and signing (a new note started for each, signed as a separate
 * session of the day; the start is not timed) — and timed; then the table reads of ten more requests of each are
 * counted (index and sequential scans from PostgreSQL's statistics, pg_stat_user_tables; for signing, starting the
 * note included), twice, keeping the pass the audit sealing job did not fall into. Run with
 * {@code ./mvnw -B -Pbenchmark verify -DskipUTs=true -Dit.test=DailyNoteBenchmark}; results go to the console and
 * target/benchmark/daily-note.txt, and are recorded in docs/performance.md.
 */
@RhomboidIntegrationTest
class DailyNoteBenchmark {

    private static final int HISTORY = 28;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 200);
    /** Each signing adds a note of today to the episode: fewer rounds keep the history near 30 notes. */
    private static final int SIGN_ROUNDS = Integer.getInteger("benchmark.signRounds", 40);
    private static final int WARM_UP = 30;
    /** Requests whose table reads are counted, after the timed ones. */
    private static final int COUNTED = 10;

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void theFourDailyNoteRoutesOfAnEpisodeOfAMonth() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Notepage");
        LocalDate today = LocalDate.now();
        LocalDate planStart = today.minusDays(PlanForm.START_DAYS_BACK);
        JdbcClient db = JdbcClient.create(owner);
        // Care started on the plan's first day (the page refuses moving the start so far back).
        db.sql("update episode set started_on = :start where id = :id").param("start", planStart)
                .param("id", clinic.episode().id()).update();
        String episode = "/episodes/" + clinic.episode().id();
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(),
                TestClinics.PASSWORD), episode, CompleteIntake.fields());
        SignedEvaluation.signAfterIntake(WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD),
                episode, planStart, planStart);
        for (int v = 1; v <= HISTORY; v++) {
            LocalDate day = planStart.plusDays(v);
            // Written as a draft, then signed as the application signs: a signed note is locked.
            UUID note = StoredNotes.insert(owner, clinic, Role.PT, "DRAFT", day, 0);
            db.sql("update note set draft = cast(:draft as jsonb) where id = :id")
                    .param("draft", draft(day)).param("id", note).update();
            db.sql("update note set status = 'SIGNED', content = '{}', content_hash = :hash, signed_at = now()"
                            + " where id = :id").param("hash", StoredNotes.EMPTY_HASH).param("id", note).update();
            db.sql("insert into note_service (clinic_id, note_id, line, code, minutes, units, modifiers, status)"
                            + " values (:clinic, :note, 1, '97112', 24, 2, '{GP}', 'BILLABLE'),"
                            + " (:clinic, :note, 2, '97110', 23, 1, '{GP}', 'BILLABLE')")
                    .param("clinic", clinic.id()).param("note", note).update();
            if (v % 9 == 0) { // the progress report of the period, on its ninth visit's day
                db.sql("insert into note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, content,"
                                + " content_hash, author_id, author_name, author_role, signed_at) select"
                                + " gen_random_uuid(), clinic_id, episode_id, patient_id, 'PROGRESS_REPORT',"
                                + " visit_date, 'SIGNED', content, content_hash, author_id, author_name, author_role,"
                                + " signed_at from note where id = :id")
                        .param("id", note).update();
            }
        }
        db.sql("analyze note").update();
        db.sql("analyze note_service").update();

        WebSession pt = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String csrf = WebSession.csrfFrom(pt.get(episode + "/notes").body());
        Supplier<String> start = () -> {
            WebSession.Page started = pt.postPrepared(episode + "/notes",
                    Map.of("kind", List.of("DAILY_NOTE"), "_csrf", List.of(csrf)));
            assertThat(started.status()).as("a daily note started").isEqualTo(302);
            return started.location().substring(started.location().indexOf("/notes/"));
        };
        String note = start.get();
        Map<String, List<String>> form = new HashMap<>(DailyNoteForms.twoServices(today));
        form.put("_csrf", List.of(csrf));
        String page = pt.get(note).body();
        assertThat(page).contains("97112");
        Map<String, List<String>> save = new HashMap<>(form);
        save.put("action", List.of("save"));

        List<String> report = new ArrayList<>();
        report.add("Daily note benchmark: %d signed daily notes with drafts and services, %d progress reports,"
                .formatted(HISTORY, HISTORY / 9) + " Medicare; %d rounds (signing %d), %d warm-up"
                .formatted(ROUNDS, SIGN_ROUNDS, WARM_UP));
        report.add(time("note page (GET /notes/{id})", ROUNDS, () -> pt.get(note), 200));
        report.add(time("live units (POST /notes/{id}/coding)", ROUNDS,
                () -> pt.postPrepared(note + "/coding", form), 200));
        report.add(time("save draft (POST /notes/{id})", ROUNDS, () -> pt.postPrepared(note, save), 200));
        // Signing: today's first note plainly, each later one as a separate session of the day.
        Map<String, List<String>> sign = new HashMap<>(form);
        sign.put("action", List.of("sign"));
        assertThat(pt.postPrepared(note, sign).status()).as("today's first note signed").isEqualTo(302);
        sign.put("separateSession", List.of("true"));
        sign.put("separateSessionReason", List.of("Second visit in the afternoon"));
        List<String> drafts = new ArrayList<>();
        report.add(time("sign (POST, action=sign)", SIGN_ROUNDS,
                () -> drafts.add(start.get()), () -> pt.postPrepared(drafts.remove(0), sign), 302));

        Path out = Path.of("target", "benchmark", "daily-note.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private String time(String what, int rounds, Supplier<WebSession.Page> request, int status)
            throws InterruptedException {
        return time(what, rounds, () -> { }, request, status);
    }

    /**
     * Warms up, then times {@code rounds} requests, each after its unmeasured preparation (p50, p95); then counts the
     * table reads of {@code COUNTED} more, the preparation's included.
     */
    private String time(String what, int rounds, Runnable prepare, Supplier<WebSession.Page> request, int status)
            throws InterruptedException {
        int warmUp = Math.min(WARM_UP, rounds / 4);
        for (int i = 0; i < warmUp; i++) {
            prepare.run();
            assertThat(request.get().status()).as(what).isEqualTo(status);
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            prepare.run();
            long begin = System.nanoTime();
            WebSession.Page answer = request.get();
            millis[i] = (System.nanoTime() - begin) / 1e6;
            assertThat(answer.status()).as(what).isEqualTo(status);
        }
        Arrays.sort(millis);
        // Counted twice: the audit sealing job (every 30 s) reads audit events and clinics in one of the two.
        Map<String, Long> reads = null;
        for (int pass = 0; pass < 2; pass++) {
            Map<String, Long> counted = count(what, prepare, request, status);
            if (reads == null || total(counted) < total(reads)) {
                reads = counted;
            }
        }
        String most = reads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) COUNTED))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-38s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms; table reads per request"
                        + " %5.1f (most: %s)", what, millis[rounds / 2], millis[(int) (rounds * 0.95)],
                millis[rounds - 1], total(reads) / (double) COUNTED, most);
    }

    /** The table reads of {@code COUNTED} requests, by table. */
    private Map<String, Long> count(String what, Runnable prepare, Supplier<WebSession.Page> request, int status)
            throws InterruptedException {
        Map<String, Long> before = scans();
        for (int i = 0; i < COUNTED; i++) {
            prepare.run();
            assertThat(request.get().status()).as(what).isEqualTo(status);
        }
        Map<String, Long> after = scans();
        Map<String, Long> reads = new java.util.TreeMap<>();
        after.forEach((table, n) -> {
            long delta = n - before.getOrDefault(table, 0L);
            if (delta > 0) {
                reads.put(table, delta);
            }
        });
        return reads;
    }

    private static long total(Map<String, Long> reads) {
        return reads.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The server's table reads so far (index and sequential scans) by table. A backend
     * publishes its counts when idle, at most every second and at the latest after ten: read after eleven.
     */
    private Map<String, Long> scans() throws InterruptedException {
        Thread.sleep(11_000);
        return JdbcClient.create(owner).sql("select relname, seq_scan + coalesce(idx_scan, 0) from pg_stat_user_tables")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
    }

    /** The form a daily note was typed as: what the note page shows again and carries forward. */
    private static String draft(LocalDate day) {
        return """
                {"visitDate": ["%s"], "painToday": ["4"], "patientReport": ["Sat through a full workday; stiff \
                by the evening, better after the exercises"], "hepAdherence": ["MOST"], "objective": ["Thoracic \
                rotation L 40°, R 45°, pain 2/10 at end range; prone Y with 0.5 kg, 3x10 without pain"], \
                "i0.code": ["97112"], "i0.minutes": ["24"], "i0.e0.name": ["Prone Y"], "i0.e0.sets": ["3"], \
                "i0.e0.reps": ["10"], "i0.e0.load": ["0.5 kg"], "i0.e1.name": ["Quadruped thread the needle"], \
                "i0.e1.sets": ["2"], "i0.e1.reps": ["10"], "i1.code": ["97110"], "i1.minutes": ["23"], \
                "i1.e0.name": ["Foam roller extension"], "i1.e0.sets": ["3"], "i1.e0.reps": ["8"], \
                "i1.e0.hold": ["5 s"], "totalTreatmentMinutes": ["52"], "assessment": ["Better rotation; \
                tolerating loaded extension. Progressing as planned."], "plan": ["Progress prone Y to 1 kg."]}"""
                .formatted(day);
    }
}
