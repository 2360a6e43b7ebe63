package org.rhomboid.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Finding;
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
 * Today's caseload on real PostgreSQL: a patient booked today with an open red flag, a progress report due at this
 * visit (treatment day 10), a prior authorization ending in three days, and pain easing at home; the therapist's day lists the
 * appointment and each of those, red flag first; a colleague's day is reached by choosing it; a visit documented
 * without an appointment is shown; the read is audited once, naming the patient.
 */
@RhomboidIntegrationTest
class CaseloadIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ClinicDates dates;
    @Autowired
    ScreeningService screening;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void theTherapistsDayListsTheAppointmentWithTheRedFlagTheProgressReportAndTheAuthorization() {
        TestClinics.Clinic clinic = clinics.create("Casewell");
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        LocalDate today = LocalDate.now(zone);
        JdbcClient db = JdbcClient.create(owner);
        SignedEvaluation.sign(port, clinic, today.minusDays(20));
        // The evaluation and eight treatment days since: today's visit is treatment day 10.
        for (int d = 8; d >= 1; d--) {
            StoredNotes.insert(owner, clinic, Role.PT, "SIGNED", today.minusDays(d), 0);
        }
        // A fever reported at the examination after the evaluation was signed: a concern nobody acknowledged.
        ClinicScope.runAs(clinic.id(), () -> screening.recordExamFindings(clinic.episode().id(),
                EnumSet.of(Finding.FEVER)));
        db.sql("insert into prior_authorization (id, clinic_id, patient_id, number, payer_kind, payer_name, start_date,"
                        + " end_date, visits_allowed, created_by) values (:id, :clinic, :patient, 'PA-CASE-7',"
                        + " 'COMMERCIAL', 'Harbour Health', :start, :end, 12, :by)")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("start", today.minusDays(30)).param("end", today.plusDays(3))
                .param("by", clinic.user(Role.FRONT_DESK).id()).update();
        UUID appointment = UUID.randomUUID();
        db.sql("insert into appointment (id, clinic_id, patient_id, episode_id, therapist_id, type, starts_at, ends_at,"
                        + " booked_by) values (:id, :clinic, :patient, :episode, :pt, 'TREATMENT', :start, :end, :pt)")
                .param("id", appointment).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("pt", clinic.user(Role.PT).id())
                .param("start", today.atTime(7, 30).atZone(zone).toOffsetDateTime())
                .param("end", today.atTime(8, 15).atZone(zone).toOffsetDateTime()).update();

        // The patient's pain diary at home: 6, 5, then 3 today.
        int[][] diary = {{6, 6}, {3, 5}, {0, 3}};
        for (int[] entry : diary) {
            db.sql("insert into pain_diary (clinic_id, episode_id, patient_id, entry_date, pain) values (:clinic,"
                            + " :episode, :patient, :date, :pain)")
                    .param("clinic", clinic.id()).param("episode", clinic.episode().id())
                    .param("patient", clinic.patient().id()).param("date", today.minusDays(entry[0]))
                    .param("pain", entry[1]).update();
        }

        WebSession pt = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String page = pt.get("/today").body();
        assertThat(page).contains("Your patients", "Quinn", "data-appointment=\"" + appointment + "\"",
                "Treatment", "Booked", "Open the note", "Check in",
                "/schedule/appointments/" + appointment + "/note");
        int redFlag = page.indexOf("data-kind=\"RED_FLAG\"");
        int progress = page.indexOf("data-kind=\"PROGRESS_REPORT\"");
        int authorization = page.indexOf("data-kind=\"AUTHORIZATION\"");
        assertThat(redFlag).as("the red flag listed").isPositive();
        assertThat(progress).as("the progress report listed").isGreaterThan(redFlag);
        assertThat(authorization).as("the authorization listed, coming up last").isGreaterThan(progress);
        assertThat(page).contains("not yet acknowledged", "progress report is required", "PA-CASE-7",
                "aria-label=\"Red flag\"");
        assertThat(page).as("the pain trend, drawn and in words").contains("class=\"sparkline\"", "<polyline",
                "Pain easing");

        // The assistant's own day is empty; the PT's day is one choice away; the clinic's too.
        WebSession pta = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(pta.get("/today").body()).contains("No appointments today").doesNotContain(appointment.toString());
        assertThat(pta.get("/today?therapistId=" + clinic.user(Role.PT).id()).body())
                .contains(appointment.toString(), "data-kind=\"RED_FLAG\"");
        assertThat(pta.get("/today?scope=clinic").body()).contains(appointment.toString(), "The whole clinic");

        // A visit signed today without an appointment is shown apart.
        UUID walkIn = StoredNotes.insert(owner, clinic, Role.PT, "SIGNED", today, 0);
        assertThat(pt.get("/today").body()).contains("Seen without appointment", "/notes/" + walkIn);

        assertThat(db.sql("select count(*) from audit_event where clinic_id = :clinic and resource_type = 'Caseload'"
                        + " and action = 'READ' and :patient = any(patients_shown)")
                .param("clinic", clinic.id()).param("patient", clinic.patient().id()).query(Integer.class).single())
                .as("one audit event per page read").isEqualTo(4);
    }
}
