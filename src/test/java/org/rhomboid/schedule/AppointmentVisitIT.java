package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From the appointment to the note and back, on real PostgreSQL: the desk checks the patient in, the PT opens the
 * note from the appointment (a daily note dated its day), signs it, and the appointment is seen, linked to the note;
 * an appointment of another day is left as it was, and its note cannot be started before its day.
 */
@RhomboidIntegrationTest
class AppointmentVisitIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Pattern NOTE = Pattern.compile("/notes/([0-9a-f-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    org.rhomboid.clinic.ClinicDates dates;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void signingTheNoteOpenedFromTheAppointmentMarksItSeen() {
        TestClinics.Clinic clinic = clinics.create("Seenby");
        JdbcClient.create(owner).sql("update clinic set time_zone = 'America/New_York' where id = :id")
                .param("id", clinic.id()).update();
        // Set behind the administrator's page: the calendar kept since the clinic's founding must go too, or the
        // clinic's today stays the server's for 30 s (and differs from New York's between 00:00 and 05:00 UTC).
        dates.forget(clinic.id());
        LocalDate today = LocalDate.now(NEW_YORK);
        SignedEvaluation.sign(port, clinic, today.minusDays(7));
        ApiClient desk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession pt = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);

        // The evaluation was a visit without an appointment: its day's view lists it apart, with its note.
        JdbcClient db = JdbcClient.create(owner);
        Map<String, Object> evaluation = db.sql("select id, visit_date from note where clinic_id = :c"
                + " and kind = 'INITIAL_EVALUATION'").param("c", clinic.id()).query().singleRow();
        String evaluationDay = pt.get("/schedule?date=" + evaluation.get("visit_date")).body();
        assertThat(evaluationDay).contains("Seen without an appointment", "/notes/" + evaluation.get("id"));
        assertThat(evaluationDay.substring(evaluationDay.indexOf("seen-without-appointment")))
                .contains(clinic.patient().givenName());
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Note'"
                        + " and :p = any (patients_shown)")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single())
                .as("the list is audited").isPositive();

        String todays = book(desk, clinic, today);
        String tomorrows = book(desk, clinic, today.plusDays(1));
        ApiClient.Response checkedIn = desk.post("/api/v1/appointments/" + todays + "/status",
                "{\"status\":\"CHECKED_IN\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);

        // The PT opens the note from the appointment: a daily note dated the appointment's day.
        String page = "/schedule/appointments/" + todays;
        assertThat(pt.get(page).body()).contains("id=\"open-note\"");
        WebSession.Page opened = pt.post(page + "/note", Map.of(), page);
        assertThat(opened.status()).isEqualTo(302);
        Matcher note = NOTE.matcher(opened.location());
        assertThat(note.find()).as(opened.location()).isTrue();
        assertThat(pt.get(note.group()).body()).contains("value=\"" + today + "\"");

        // Tomorrow's appointment: its note waits for its day.
        String later = "/schedule/appointments/" + tomorrows;
        WebSession.Page tooSoon = pt.post(later + "/note", Map.of(), later);
        assertThat(tooSoon.location()).endsWith(later);
        assertThat(pt.get(later).body()).contains("can be started on its day");

        // Signed: the appointment is seen and names the note; tomorrow's is still booked.
        Map<String, List<String>> form = new HashMap<>(Map.of("visitDate", List.of(today.toString()),
                "i0.code", List.of("97110"), "i0.minutes", List.of("25"), "totalTreatmentMinutes", List.of("30"),
                "assessment", List.of("Routine visit; progressing."), "action", List.of("sign")));
        assertThat(pt.postMulti(note.group(), form, note.group()).status()).isEqualTo(302);
        ApiClient.Response seen = desk.get("/api/v1/appointments/" + todays);
        assertThat(seen.json().get("status").asString()).isEqualTo("SEEN");
        assertThat(seen.json().get("noteId").asString()).isEqualTo(note.group(1));
        assertThat(desk.get("/api/v1/appointments/" + tomorrows).json().get("status").asString()).isEqualTo("BOOKED");
        assertThat(pt.get(page).body()).contains("id=\"signed-note\"").doesNotContain("id=\"open-note\"");
        // Opening the note of a seen appointment again leads to its signed note, never to a second one.
        assertThat(pt.post(page + "/note", Map.of(), page).location()).endsWith(note.group());
        assertThat(db.sql("select count(*) from note where clinic_id = :c and kind = 'DAILY_NOTE'")
                .param("c", clinic.id()).query(Integer.class).single()).isOne();
        // Its day's visit had its appointment: nothing is listed as seen without one.
        assertThat(pt.get("/schedule?date=" + today).body()).doesNotContain("Seen without an appointment");
    }

    private static String book(ApiClient desk, TestClinics.Clinic clinic, LocalDate day) {
        String start = day.atTime(6, 0).atZone(NEW_YORK).toOffsetDateTime().toString();
        ApiClient.Response booked = desk.post("/api/v1/appointments", """
                {"patientId":"%s","episodeId":"%s","therapistId":"%s","start":"%s","minutes":45,"type":"TREATMENT"}"""
                .formatted(clinic.patient().id(), clinic.episode().id(), clinic.user(Role.PT).id(), start));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }
}
