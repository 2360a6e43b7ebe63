package org.rhomboid.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.shared.domain.TestDates;
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
 * The compliance worklist on real PostgreSQL: unsigned drafts, co-signatures, progress reports and certification,
 * for the therapist who must act, filtered per therapist or clinic, and never another clinic's.
 */
@RhomboidIntegrationTest
class ComplianceWorklistIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private WebSession as(TestClinics.Clinic clinic, Role role) {
        return WebSession.signIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
    }

    private static String name(TestClinics.Clinic clinic) {
        return clinic.patient().familyName() + ", " + clinic.patient().givenName();
    }

    private UUID insertNote(TestClinics.Clinic clinic, Role author, String status, LocalDate visit, int hoursAgo) {
        return StoredNotes.insert(owner, clinic, author, status, visit, hoursAgo);
    }

    @Test
    void anUnsignedDraftIsOverdueForItsAuthorAndAnAssistantsNoteWaitsOnThePhysicalTherapist() {
        TestClinics.Clinic clinic = clinics.create("Draftington");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(5));
        WebSession therapist = as(clinic, Role.PT);
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        assertThat(started.status()).isEqualTo(302);
        String draft = started.location().substring(started.location().indexOf("/notes/"));

        // Under a day old, a draft is not yet on anyone's list.
        assertThat(therapist.get("/compliance").body()).contains("Nothing is due. Well done.");

        db().sql("update note set created_at = now() - interval '25 hours' where id = :id")
                .param("id", UUID.fromString(draft.substring("/notes/".length()))).update();
        UUID assistantNote = insertNote(clinic, Role.PTA, "AWAITING_COSIGN", TODAY.minusDays(1), 2);

        WebSession.Page mine = therapist.get("/compliance");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Your items").doesNotContain("Nothing is due")
                .contains("data-kind=\"UNSIGNED_NOTE\" data-severity=\"OVERDUE\"")
                .contains("still unsigned after 24 hours")
                .contains("href=\"" + draft + "\">" + name(clinic) + "</a>")
                .contains("data-kind=\"AWAITING_COSIGNATURE\" data-severity=\"DUE\"")
                .contains("awaits a physical therapist")
                .contains("href=\"/notes/" + assistantNote + "\">" + name(clinic) + "</a>");
        assertThat(mine.body().indexOf("UNSIGNED_NOTE")).as("overdue before due")
                .isLessThan(mine.body().indexOf("AWAITING_COSIGNATURE"));

        // The assistant has nothing to do: the co-signature is the therapist's.
        WebSession assistant = as(clinic, Role.PTA);
        assertThat(assistant.get("/compliance").body()).contains("Nothing is due. Well done.");
        // An assistant's own forgotten draft is theirs.
        UUID assistantDraft = insertNote(clinic, Role.PTA, "DRAFT", TODAY.minusDays(2), 30);
        assertThat(assistant.get("/compliance").body()).contains("href=\"/notes/" + assistantDraft + "\"")
                .doesNotContain(draft);

        // The administrator and the biller see the whole clinic by default; a therapist filter narrows it.
        for (Role role : new Role[] {Role.CLINIC_ADMIN, Role.BILLER}) {
            String clinicWide = as(clinic, role).get("/compliance").body();
            assertThat(clinicWide).contains("The whole clinic").contains(draft).contains(assistantNote.toString())
                    .contains(assistantDraft.toString());
        }
        String ptaOnly = as(clinic, Role.CLINIC_ADMIN).get("/compliance?therapist=" + clinic.user(Role.PTA).id()).body();
        assertThat(ptaOnly).contains(assistantDraft.toString()).doesNotContain(draft)
                .doesNotContain(assistantNote.toString());
        assertThat(therapist.get("/compliance?scope=clinic").body()).contains(assistantDraft.toString());

        assertThat(db().sql("select count(*) from audit_event where clinic_id = :clinic"
                        + " and resource_type = 'ComplianceWorklist' and action = 'READ' and patient_id is null")
                .param("clinic", clinic.id()).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aProgressReportDueAppearsBeforeTheTenthTreatmentDay() {
        TestClinics.Clinic clinic = clinics.create("Progressby");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        // The evaluation 20 days ago and eight treatment days since: the next visit is treatment day 10.
        for (int d = 8; d >= 1; d--) {
            insertNote(clinic, Role.PT, "SIGNED", TODAY.minusDays(d), 0);
        }
        String page = as(clinic, Role.PT).get("/compliance").body();
        assertThat(page).contains("data-kind=\"PROGRESS_REPORT_DUE\" data-severity=\"DUE\"")
                .contains("treatment day 10 since " + TestDates.US.day(TODAY.minusDays(20)))
                .contains("progress report is required")
                .contains("href=\"/episodes/" + clinic.episode().id() + "/notes\">" + name(clinic) + "</a>")
                .doesNotContain("CERTIFICATION_MISSING");
    }

    @Test
    void aMedicarePatientNearingTheKxThresholdIsListedOnceTheFeeScheduleHasAllowedAmounts() {
        TestClinics.Clinic clinic = clinics.create("Kxton");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        // Twenty-one units of 97110 signed this year at $100 allowed each: $2,100, 85 % of the 2026 threshold.
        UUID note = insertNote(clinic, Role.PT, "SIGNED", TODAY, 0);
        db().sql("insert into note_service (clinic_id, note_id, line, code, minutes, units, modifiers, status)"
                        + " values (:clinic, :note, 1, '97110', 315, 21, '{GP}', 'BILLABLE')")
                .param("clinic", clinic.id()).param("note", note).update();
        assertThat(as(clinic, Role.PT).get("/compliance").body()).as("no allowed amounts: KX unknown")
                .doesNotContain("KX_APPROACHING");
        db().sql("insert into fee_schedule (clinic_id, code, charge, allowed) values (:clinic, '97110', 120, 100)")
                .param("clinic", clinic.id()).update();
        String page = as(clinic, Role.PT).get("/compliance").body();
        assertThat(page).contains("data-kind=\"KX_APPROACHING\"").contains("$2100.00 allowed in " + TODAY.getYear());

        // Today's note, coded live: two more units ($200) bring the year to $2,300, past 90 % of the threshold.
        WebSession therapist = as(clinic, Role.PT);
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        String started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes).location();
        String path = started.substring(started.indexOf("/notes/"));
        String coding = therapist.postMulti(path + "/coding", Map.of("visitDate", List.of(TODAY.toString()),
                "i0.code", List.of("97110"), "i0.minutes", List.of("30")), path).body();
        assertThat(coding).contains("Approaching the KX threshold: $2300.00 of $2480");
    }

    @Test
    void aPlanNotCertifiedWithinThirtyDaysIsOverdue() throws SQLException {
        TestClinics.Clinic clinic = clinics.create("Uncertified");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(5));
        assertThat(as(clinic, Role.PT).get("/compliance").body()).contains("Nothing is due. Well done.");

        // The plan is locked by the signed evaluation: as the owner, change it with the lock lifted in one transaction.
        LocalDate start = TODAY.minusDays(40);
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table plan_of_care disable trigger plan_locked");
                s.execute("alter table evaluation disable trigger evaluation_locked");
            }
            // The 30 days run from the first treatment day, the evaluation (POC-CERT): it moves back too.
            try (PreparedStatement p = c.prepareStatement("update evaluation set evaluated_on = ? where episode_id = ?")) {
                p.setObject(1, start);
                p.setObject(2, clinic.episode().id());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement p = c.prepareStatement("update plan_of_care set start_date = ?,"
                    + " signature_received = null where episode_id = ? and certification = 'SIGNED_PLAN'")) {
                p.setObject(1, start);
                p.setObject(2, clinic.episode().id());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table plan_of_care enable trigger plan_locked");
                s.execute("alter table evaluation enable trigger evaluation_locked");
            }
            c.commit();
        }

        String page = as(clinic, Role.PT).get("/compliance").body();
        assertThat(page).contains("data-kind=\"CERTIFICATION_MISSING\" data-severity=\"OVERDUE\"")
                .contains("is not certified after 30 days (due " + TestDates.US.day(start.plusDays(30)) + ")")
                .contains("href=\"/episodes/" + clinic.episode().id() + "/notes\">" + name(clinic) + "</a>");
        assertThat(as(clinic, Role.CLINIC_ADMIN).get("/compliance").body()).contains("CERTIFICATION_MISSING");
    }

    @Test
    void anotherClinicsItemsNeverAppearAndItsTherapistsAreRefusedGently() {
        TestClinics.Clinic a = clinics.create("Aldersgate");
        TestClinics.Clinic b = clinics.create("Blackwater");
        UUID aDraft = insertNote(a, Role.PT, "DRAFT", TODAY.minusDays(3), 72);
        assertThat(as(a, Role.PT).get("/compliance").body()).contains(aDraft.toString()).contains(name(a));

        WebSession bAdmin = as(b, Role.CLINIC_ADMIN);
        for (String path : new String[] {"/compliance", "/compliance?scope=clinic",
                "/compliance?therapist=" + a.user(Role.PT).id()}) {
            WebSession.Page page = bAdmin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain(aDraft.toString()).doesNotContain(a.patient().familyName())
                    .doesNotContain(a.episode().id().toString()).contains("Nothing is due. Well done.");
        }
        assertThat(bAdmin.get("/compliance?therapist=" + a.user(Role.PT).id()).body())
                .contains("id=\"therapist-error\"").contains("choose one from the list")
                .doesNotContain(a.user(Role.PT).displayName() + "</option>");
    }

    @Test
    void aBadTherapistParameterShowsAMessageNeverAnError() {
        TestClinics.Clinic clinic = clinics.create("Paramley");
        WebSession admin = as(clinic, Role.CLINIC_ADMIN);
        for (String bad : new String[] {"not-a-uuid", UUID.randomUUID().toString(), "%27%3Bdrop%20table",
                clinic.user(Role.FRONT_DESK).id().toString(), clinic.user(Role.BILLER).id().toString()}) {
            WebSession.Page page = admin.get("/compliance?therapist=" + bad);
            assertThat(page.status()).as(bad).isIn(200, 400);
            assertThat(page.body()).as(bad).contains("choose one from the list");
        }
        WebSession.Page assistant = as(clinic, Role.PTA).get("/compliance?therapist=nope");
        assertThat(assistant.status()).isEqualTo(200);
        assertThat(assistant.body()).contains("Showing your own items instead").contains("Your items");
    }

    @Test
    void theFrontDeskMayNotSeeTheWorklist() {
        TestClinics.Clinic clinic = clinics.create("Frontham");
        assertThat(as(clinic, Role.FRONT_DESK).get("/compliance").status()).isEqualTo(403);
        assertThat(as(clinic, Role.FRONT_DESK).get("/patients").body()).doesNotContain("href=\"/compliance\"");
        assertThat(as(clinic, Role.BILLER).get("/patients").body()).contains("href=\"/compliance\"");
        assertThat(WebSession.anonymous(port).get("/compliance").status()).isEqualTo(302);
    }
}
