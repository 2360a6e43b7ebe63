package org.rhomboid.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.shared.domain.TestDates;
import org.rhomboid.support.DailyNoteForms;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Daily notes and progress reports on real PostgreSQL: coding, signing, locking, hashes, addenda, the 10-day rule. */
@RhomboidIntegrationTest
class VisitNotesIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession therapist;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Visitham");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String notes() {
        return "/episodes/" + clinic.episode().id() + "/notes";
    }

    private String start(WebSession who, String kind) {
        WebSession.Page started = who.post(notes(), Map.of("kind", kind), notes());
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).as("opens the note").contains("/notes/");
        return started.location().substring(started.location().indexOf("/notes/"));
    }

    private static Map<String, List<String>> visit(String date) {
        Map<String, List<String>> f = DailyNoteForms.twoServices(LocalDate.parse(date));
        f.put("i0.e0.name", List.of("Prone Y"));
        f.put("i0.e0.sets", List.of("3"));
        f.put("i0.e0.reps", List.of("10"));
        f.put("i1.e0.name", List.of("Open book rotation"));
        f.put("i1.e0.sets", List.of("2"));
        f.put("i1.e0.reps", List.of("12"));
        f.put("i1.e0.hold", List.of("5"));
        return f;
    }

    private Map<String, List<String>> signing(Map<String, List<String>> form) {
        Map<String, List<String>> f = new HashMap<>(form);
        f.put("action", List.of("sign"));
        return f;
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    @Test
    void aDailyNoteIsCodedLiveSignedLockedVerifiedAndCarriedForward() throws Exception {
        WebSession.Page early = therapist.post(notes(), Map.of("kind", "DAILY_NOTE"), notes());
        assertThat(early.location()).endsWith(notes());
        assertThat(therapist.get(notes()).body()).contains("Sign the initial evaluation");

        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        String note = start(therapist, "DAILY_NOTE");
        assertThat(therapist.get(note).body()).contains("Daily note").contains("97110 ").contains("97140 ");

        // Not on the plan: refused beside its row; everything typed stays.
        Map<String, List<String>> form = visit(TODAY.toString());
        form.put("i2.code", List.of("97035"));
        form.put("i2.minutes", List.of("8"));
        WebSession.Page off = therapist.postMulti(note, form, note);
        assertThat(off.body()).contains("add it to the plan of care first").contains("Sat through a full workday");
        form.remove("i2.code");
        form.remove("i2.minutes");

        // Live units: 24 + 23 = 47 timed minutes, 3 units under the CMS 8-minute rule; more to the longer service.
        String coding = therapist.postMulti(note + "/coding", form, note).body();
        assertThat(coding).contains("3 timed units").contains("data-code=\"97112\"");
        assertThat(coding.replaceAll("\\s+", " ")).contains("<td>97112</td> <td>24</td> <td class=\"units\">2</td>")
                .contains("<td>97110</td> <td>23</td> <td class=\"units\">1</td>");

        // Signing needs the assessment; then it locks.
        Map<String, List<String>> incomplete = new HashMap<>(form);
        incomplete.remove("assessment");
        assertThat(therapist.postMulti(note, signing(incomplete), note).body()).contains("Not signed yet");
        WebSession.Page signed = therapist.postMulti(note, signing(form), note);
        assertThat(signed.status()).isEqualTo(302);
        String page = therapist.get(note).body();
        assertThat(page).contains("Content verified against its signature").contains("Signed by")
                .contains("Open book rotation").contains("97112 × 2 (GP)").contains("97110 × 1 (GP)");
        UUID noteId = UUID.fromString(note.substring("/notes/".length()));
        assertThat(db().sql("select code || ' ' || units || ' ' || array_to_string(modifiers, ',') from note_service"
                + " where note_id = :n order by line").param("n", noteId).query(String.class).list())
                .containsExactly("97112 2 GP", "97110 1 GP");

        // The PDF reads back with the letterhead, the patient on every page, page numbers and the seal.
        var pdf = therapist.getBytes(note + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = Pdfs.text(pdf.body());
        assertThat(text).contains("Test clinic").contains("Quinn " + clinic.patient().familyName())
                .contains("DOB Feb 14, 1960").contains("Page 1 of 1").contains("Daily note").contains("Open book rotation")
                .contains("97112 × 2 (GP)").contains("SHA-256 ").contains("Pain today 4/10");
        java.awt.image.BufferedImage printed = Pdfs.firstPage(pdf.body(), "daily-note-pdf");
        assertThat(printed.getWidth()).isLessThan(printed.getHeight());
        assertThat(Pdfs.inked(printed)).as("the page is printed on").isBetween(0.005, 0.5);

        // Locked: the app refuses (409) and so does the database, for everyone.
        assertThat(therapist.postMulti(note, form, note).status()).isEqualTo(409);
        assertThatThrownBy(() -> db().sql("update note set content = '{}' where id = :n").param("n", noteId).update())
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> db().sql("delete from note where id = :n").param("n", noteId).update())
                .hasMessageContaining("cannot be deleted");

        // Corrections are addenda, signed and linked; an empty one is refused beside the field.
        assertThat(therapist.post(note + "/addenda", Map.of("text", " "), note).body()).contains("Write the addendum");
        assertThat(therapist.post(note + "/addenda", Map.of("text", "Load was 0.5 kg, not 1 kg."), note).status())
                .isEqualTo(302);
        assertThat(therapist.get(note).body()).contains("Load was 0.5 kg, not 1 kg.").contains("Addendum by");

        // Content changed behind the application's back shows a tamper warning.
        db().sql("alter table note disable trigger note_locked").update();
        db().sql("update note set content = replace(content, 'Open book rotation', 'Thrust manipulation')"
                + " where id = :n").param("n", noteId).update();
        db().sql("alter table note enable trigger note_locked").update();
        assertThat(therapist.get(note).body()).contains("no longer matches the fingerprint");

        // The next visit starts from this one: services and exercises carried forward, today's report blank.
        String next = start(therapist, "DAILY_NOTE");
        assertThat(next).isNotEqualTo(note);
        String carried = therapist.get(next).body();
        assertThat(carried).contains("value=\"Prone Y\"").contains("value=\"Open book rotation\"")
                .doesNotContain("Sat through a full workday");
    }

    @Test
    void anAssistantsNoteWaitsForAPhysicalTherapistsCoSignature() {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.post(notes(), Map.of("kind", "PROGRESS_REPORT"), notes()).location()).endsWith(notes());
        assertThat(assistant.get(notes()).body()).contains("written by the physical therapist");

        String note = start(assistant, "DAILY_NOTE");
        Map<String, List<String>> form = visit(TODAY.minusDays(1).toString());
        form.put("i0.ptaMinutes", List.of("24"));
        assertThat(assistant.postMulti(note, signing(form), note).status()).isEqualTo(302);
        assertThat(assistant.get(note).body()).contains("Awaiting co-signature").contains("97112 × 2 (GP, CQ)")
                .doesNotContain("id=\"cosign\"");
        assertThat(assistant.post(note + "/cosign", Map.of(), note).status()).isEqualTo(403);
        assertThat(therapist.get(note).body()).contains("id=\"cosign\"");
        assertThat(therapist.post(note + "/cosign", Map.of(), note).status()).isEqualTo(302);
        assertThat(therapist.get(note).body()).contains("co-signed by <strong>" + clinic.user(Role.PT).displayName())
                .contains("badge ok");
        assertThat(therapist.post(note + "/cosign", Map.of(), note).status()).isEqualTo(409);
    }

    @Test
    void onTheTenthTreatmentDayAMedicareDailyNoteWaitsForTheProgressReport() throws Exception {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        // The evaluation 20 days ago and eight treatment days since: today is the tenth.
        for (int d = 8; d >= 1; d--) {
            StoredNotes.signed(owner, clinic, TODAY.minusDays(d));
        }
        String note = start(therapist, "DAILY_NOTE");
        assertThat(therapist.get(note).body()).contains("Treatment day 10");
        WebSession.Page blocked = therapist.postMulti(note, signing(visit(TODAY.toString())), note);
        assertThat(blocked.body()).contains("write the progress report").contains("id=\"write-progress-report\"");

        String report = start(therapist, "PROGRESS_REPORT");
        String reportPage = therapist.get(report).body();
        assertThat(reportPage).contains("Numeric Pain Rating Scale").contains("Patient will sit through a workday");
        String goal = reportPage.replaceAll("(?s).*name=\"(goal\\.[0-9a-f-]{36})\\.status\".*", "$1");
        Map<String, List<String>> progress = new HashMap<>(Map.of("visitDate", List.of(TODAY.toString()),
                "action", List.of("sign")));
        WebSession.Page missing = therapist.postMulti(report, progress, report);
        assertThat(missing.body()).contains("Say where this goal stands").contains("Assess the progress");
        progress.put(goal + ".status", List.of("PROGRESSING"));
        progress.put(goal + ".comment", List.of("Sits 4 hours now"));
        progress.put("assessment", List.of("Steady progress toward the sitting goal."));
        progress.put("plan", List.of("Continue twice weekly for 4 weeks."));
        assertThat(therapist.postMulti(report, progress, report).status()).isEqualTo(302);
        // A signed progress report offers the recertification, its reason chosen.
        assertThat(therapist.get(report).body()).contains("id=\"recertify\"");
        assertThat(therapist.get("/episodes/" + clinic.episode().id() + "/certification?reason=PROGRESS_REPORT").body())
                .containsPattern("value=\"PROGRESS_REPORT\"\\s+selected");
        assertThat(therapist.get(report).body()).contains("Content verified").contains("Sits 4 hours now")
                .contains("Progressing").contains("points (" + TODAY.format(java.time.format.DateTimeFormatter
                        .ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH)) + ")");
        byte[] reportPdf = therapist.getBytes(report + "/pdf").body();
        assertThat(Pdfs.text(reportPdf)).contains("Progress report").contains("Sits 4 hours now")
                .contains("Numeric Pain Rating Scale").contains("DOB Feb 14, 1960");
        assertThat(new String(reportPdf, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the trend chart is vector art")
                .doesNotContain("/Subtype /Image");

        assertThat(therapist.postMulti(note, signing(visit(TODAY.toString())), note).status()).isEqualTo(302);
        assertThat(therapist.get(notes()).body()).contains("Progress report").doesNotContain("Draft");
        // Ten visit days for the dashboard: nine earlier ones, and today's evaluation, report and daily note.
        assertThat(db().sql("select visits from episode_visits where episode_id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void aReEvaluationIsBilledAsOneUnitAndTheDischargeSummaryClosesTheEpisode() throws Exception {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.post(notes(), Map.of("kind", "DISCHARGE_SUMMARY"), notes()).location()).endsWith(notes());

        String reeval = start(therapist, "RE_EVALUATION");
        String goal = therapist.get(reeval).body().replaceAll("(?s).*name=\"(goal\\.[0-9a-f-]{36})\\.status\".*", "$1");
        Map<String, List<String>> form = new HashMap<>(Map.of("visitDate", List.of(TODAY.minusDays(3).toString()),
                goal + ".status", List.of("MODIFIED"), "assessment", List.of("New neural signs change the picture."),
                "plan", List.of("Add nerve-friendly dosage; recheck in 2 weeks."), "action", List.of("sign")));
        WebSession.Page refused = therapist.postMulti(reeval, form, reeval);
        assertThat(refused.body()).contains("Say what new condition or significant change")
                .contains("Record what the re-examination found").contains("New neural signs change the picture.");
        form.put("reason", List.of("New numbness in the T6 dermatome after a fall"));
        form.put("findings", List.of("Reduced light touch T6 left; reflexes and gait normal"));
        assertThat(therapist.postMulti(reeval, form, reeval).status()).isEqualTo(302);
        assertThat(therapist.get(reeval).body()).contains("Reason for re-evaluation").contains("Billed: 97164 × 1 (GP)");
        assertThat(db().sql("select code || ' ' || units from note_service where note_id = :n")
                .param("n", UUID.fromString(reeval.substring("/notes/".length()))).query(String.class).list())
                .containsExactly("97164 1");

        String discharge = start(therapist, "DISCHARGE_SUMMARY");
        Map<String, List<String>> summary = new HashMap<>(Map.of("visitDate", List.of(TODAY.toString()),
                goal + ".status", List.of("MET"), "assessment", List.of("Pain 2/10; sits through a workday."),
                "action", List.of("sign")));
        assertThat(therapist.postMulti(discharge, summary, discharge).body()).contains("Choose the reason for discharge")
                .contains("Give the home programme");
        summary.put("dischargeReason", List.of("GOALS_MET"));
        summary.put("homeProgram", List.of("Open book rotation 2 × 10 daily; prone Y 3 × 10"));
        assertThat(therapist.postMulti(discharge, summary, discharge).status()).isEqualTo(302);
        assertThat(therapist.get(discharge).body()).contains("Reason for discharge").contains("Goals met")
                .contains("Open book rotation 2 × 10 daily");
        assertThat(db().sql("select status || ' ' || discharged_on || ' ' || discharge_reason from episode where id = :e")
                .param("e", clinic.episode().id()).query(String.class).single())
                .isEqualTo("DISCHARGED " + TODAY + " GOALS_MET");
        assertThat(Pdfs.text(therapist.getBytes(discharge + "/pdf").body())).contains("Discharge summary")
                .contains("Goals met").contains("Home programme");
        // The referring provider hears of it: the discharge letter carries the summary as signed.
        assertThat(therapist.get(discharge).body()).contains("id=\"discharge-letter\"");
        String letter = Pdfs.text(therapist.getBytes("/episodes/" + clinic.episode().id() + "/letters/discharge/pdf")
                .body());
        assertThat(letter).contains("has been discharged from physical therapy").contains("Goals met")
                .contains("Open book rotation 2 × 10 daily").contains("DOB Feb 14, 1960");
        // A discharged episode takes no new notes.
        assertThat(therapist.post(notes(), Map.of("kind", "DAILY_NOTE"), notes()).location()).endsWith(notes());
        assertThat(therapist.get(notes()).body()).contains("This episode is discharged");
    }

    @Test
    void aServiceOffThePlanNeedsASignedAmendmentAndAContraindicatedOneNeverGetsIn() {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        String note = start(therapist, "DAILY_NOTE");
        Map<String, List<String>> form = visit(TODAY.toString());
        form.put("i2.code", List.of("97035"));
        form.put("i2.minutes", List.of("8"));
        form.put("totalTreatmentMinutes", List.of("60"));
        assertThat(therapist.postMulti(note, signing(form), note).body()).contains("add it to the plan of care first")
                .contains("id=\"amend-plan\"");

        String amend = "/episodes/" + clinic.episode().id() + "/plan/amend";
        assertThat(therapist.get(amend).body()).contains("Therapeutic ultrasound").contains("Thoracic mobility exercise");
        WebSession.Page noReason = therapist.postMulti(amend, Map.of("intervention", List.of("THERAPEUTIC_ULTRASOUND")),
                amend);
        assertThat(noReason.body()).contains("Say why the plan changes").contains("Not amended");
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.postMulti(amend, Map.of("intervention", List.of("THERAPEUTIC_ULTRASOUND"),
                "reason", List.of("x")), amend).status()).isEqualTo(403);
        assertThat(therapist.postMulti(amend, Map.of("intervention", List.of("THERAPEUTIC_ULTRASOUND"),
                "reason", List.of("Persistent spasm; trial of ultrasound before manual work")), amend).status())
                .isEqualTo(302);
        assertThat(therapist.get(amend).body()).contains("Persistent spasm; trial of ultrasound");
        assertThat(therapist.postMulti(note, signing(form), note).status()).isEqualTo(302);

        // Osteoporosis confirmed on examination: thrust manipulation is contraindicated, so no amendment adds it.
        therapist.postMulti("/episodes/" + clinic.episode().id() + "/exam-findings",
                Map.of("finding", List.of("OSTEOPOROSIS")), "/episodes/" + clinic.episode().id());
        String page = therapist.get(amend).body();
        assertThat(page).contains("id=\"add-THORACIC_THRUST_MANIPULATION\" disabled");
        WebSession.Page thrust = therapist.postMulti(amend, Map.of("intervention",
                List.of("THORACIC_THRUST_MANIPULATION"), "reason", List.of("Stiff T5")), amend);
        assertThat(thrust.body()).contains("is contraindicated");
        assertThat(db().sql("select count(*) from plan_amendment where episode_id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single()).isOne();
    }

    @Test
    void aMedicareDailyNoteAfterThePlanHasEndedIsBlockedUntilANewPlan() throws Exception {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        // The plan was for two weeks: it ended a week ago. As the owner, shorten it with its lock lifted.
        try (java.sql.Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("alter table plan_of_care disable trigger plan_locked");
                s.execute("update plan_of_care set duration_weeks = 2 where episode_id = '" + clinic.episode().id() + "'");
                s.execute("alter table plan_of_care enable trigger plan_locked");
            }
            c.commit();
        }
        String note = start(therapist, "DAILY_NOTE");
        assertThat(therapist.get(note).body()).contains("The plan of care ended on " + TestDates.US.day(TODAY.minusDays(7)));
        WebSession.Page blocked = therapist.postMulti(note, signing(visit(TODAY.toString())), note);
        assertThat(blocked.body()).contains("Not signed yet").contains("re-evaluate and write a new plan")
                .contains("Sat through a full workday");
        // A visit while the plan was in force still signs.
        assertThat(therapist.postMulti(note, signing(visit(TODAY.minusDays(8).toString())), note).status())
                .isEqualTo(302);
    }

    @Test
    void aLateEntryKeepsItsVisitDateAndSaysWhenItWasWritten() {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        String note = start(therapist, "DAILY_NOTE");
        Map<String, List<String>> draft = visit(TODAY.minusDays(5).toString());
        draft.put("action", List.of("save"));
        assertThat(therapist.postMulti(note, draft, note).status()).isEqualTo(200);
        assertThat(therapist.get("/compliance").body()).contains("data-kind=\"LATE_ENTRY\"")
                .contains("it will be marked as a late entry");

        assertThat(therapist.postMulti(note, signing(visit(TODAY.minusDays(5).toString())), note).status())
                .isEqualTo(302);
        assertThat(therapist.get(note).body()).contains("id=\"late-entry\"")
                .contains("Late entry: written on " + TestDates.US.day(TODAY) + " for the visit of "
                        + TestDates.US.day(TODAY.minusDays(5)) + " (5 days later).");
        assertThat(db().sql("select visit_date from note where id = :id").param("id", UUID.fromString(
                note.substring("/notes/".length()))).query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(5));
        assertThat(therapist.get("/compliance").body()).doesNotContain("data-kind=\"LATE_ENTRY\"");

        // Written within the clinic's days, a note is not a late entry.
        String onTime = start(therapist, "DAILY_NOTE");
        assertThat(therapist.postMulti(onTime, signing(visit(TODAY.minusDays(2).toString())), onTime).status())
                .isEqualTo(302);
        assertThat(therapist.get(onTime).body()).doesNotContain("id=\"late-entry\"");
    }

    @Test
    void theStartOfCareMovesBackWithItsReasonAndVisitsAreDatedFromIt() {
        String episode = "/episodes/" + clinic.episode().id();
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession.Page future = frontDesk.post(episode + "/start-date", Map.of("startedOn",
                TODAY.plusDays(1).toString(), "reason", ""), episode + "/edit");
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.body()).contains("can’t be in the future").contains("Say why the start of care changes");
        assertThat(frontDesk.post(episode + "/start-date", Map.of("startedOn", TODAY.minusDays(10).toString(),
                "reason", "First visit on paper"), episode + "/edit").status()).isEqualTo(302);
        assertThat(frontDesk.get(episode + "/edit").body()).contains("First visit on paper").contains("id=\"start-history\"");
        assertThat(db().sql("select started_on from episode where id = :id").param("id", clinic.episode().id())
                .query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(10));

        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        String note = start(therapist, "DAILY_NOTE");
        assertThat(therapist.postMulti(note, signing(visit(TODAY.minusDays(8).toString())), note).status())
                .isEqualTo(302);
        // A start after a documented visit is refused.
        assertThat(frontDesk.post(episode + "/start-date", Map.of("startedOn", TODAY.minusDays(7).toString(),
                "reason", "Typo"), episode + "/edit").body()).contains("already documented");
        assertThat(db().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Episode'"
                        + " and action = 'UPDATE' and outcome = 'SUCCESS'").param("c", clinic.id())
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }
}
