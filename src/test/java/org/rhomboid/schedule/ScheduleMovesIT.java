package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule's pages on PostgreSQL: an appointment dragged to another slot and therapist (the move endpoint), a
 * drag onto a taken time refused with the appointment left where it was, a mistaken cancellation reopened (with a
 * reason, and not over a visit booked since), and the attendance report's rates per therapist.
 */
@RhomboidIntegrationTest
class ScheduleMovesIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ClinicDates dates;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void aDraggedAppointmentMovesToTheSlotAndTherapistOrStaysWhenTheTimeIsTaken() {
        TestClinics.Clinic clinic = clinics.create("Dragmoor");
        JdbcClient db = JdbcClient.create(owner);
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        UUID second = secondTherapist(db, clinic, "Rowan Dragmoor");
        LocalDate day = LocalDate.now(zone).plusDays(3);
        ApiClient desk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String moving = book(desk, clinic, zone, clinic.user(Role.PT).id(), day, 9);
        String holding = book(desk, clinic, zone, clinic.user(Role.PT).id(), day, 11);
        WebSession web = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String dayView = "/schedule?date=" + day;
        String page = web.get(dayView).body();
        assertThat(page).contains("id=\"move-form\"", "/js/schedule.js", "data-slot=\"" + day + "T09:00\"",
                "data-therapist=\"" + second + "\"");

        WebSession.Page moved = web.post("/schedule/appointments/" + moving + "/move", Map.of("slot",
                day + "T10:15", "therapistId", second.toString(), "view", "day", "date", day.toString()), dayView);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).contains("/schedule?view=day&date=" + day);
        assertThat(web.get(path(moved.location())).body()).contains("Moved Quinn Dragmoor to", "with Rowan Dragmoor");
        ApiClient.Response after = desk.get("/api/v1/appointments/" + moving);
        assertThat(after.json().get("therapistId").asString()).isEqualTo(second.toString());
        assertThat(OffsetDateTime.parse(after.json().get("start").asString()).atZoneSameInstant(zone)
                .toLocalDateTime()).isEqualTo(day.atTime(10, 15));
        assertThat(after.json().get("minutes").asInt()).as("its length kept").isEqualTo(45);

        // Dropped on the first therapist's 11:00, taken: refused in words, nothing moved.
        WebSession.Page refused = web.post("/schedule/appointments/" + moving + "/move", Map.of("slot",
                day + "T11:00", "therapistId", clinic.user(Role.PT).id().toString(), "view", "week", "date",
                day.toString()), dayView);
        assertThat(refused.location()).contains("view=week");
        assertThat(web.get(path(refused.location())).body()).contains("Not moved: The therapist already has appointment "
                + holding);
        assertThat(desk.get("/api/v1/appointments/" + moving).json().get("therapistId").asString())
                .isEqualTo(second.toString());
        // A slot that does not read is refused too, never a 500.
        WebSession.Page nonsense = web.post("/schedule/appointments/" + moving + "/move", Map.of("slot", "soon"),
                dayView);
        assertThat(nonsense.status()).isEqualTo(302);
        assertThat(web.get(path(nonsense.location())).body()).contains("Not moved:");

        // Those who may not book may not drag: no move form, and the endpoint refuses.
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.get(dayView).body()).doesNotContain("id=\"move-form\"");
        assertThat(biller.post("/schedule/appointments/" + moving + "/move", Map.of("slot", day + "T13:00"),
                dayView).status()).isEqualTo(403);
    }

    @Test
    void aMistakenCancellationIsReopenedWithAReasonUnlessTheTimeWasBookedSince() {
        TestClinics.Clinic clinic = clinics.create("Undowell");
        JdbcClient db = JdbcClient.create(owner);
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        LocalDate day = LocalDate.now(zone).plusDays(2);
        ApiClient desk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession web = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String first = book(desk, clinic, zone, clinic.user(Role.PT).id(), day, 9);
        String page = "/schedule/appointments/" + first;
        assertThat(desk.post(page.replace("/schedule", "/api/v1") + "/status",
                "{\"status\":\"NO_SHOW\"}").status()).isEqualTo(200);
        assertThat(web.get(page).body()).contains("id=\"reopen-form\"");

        WebSession.Page noReason = web.post(page + "/status", Map.of("status", "BOOKED"), page);
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Give the reason for reopening");
        WebSession.Page reopened = web.post(page + "/status", Map.of("status", "BOOKED", "reason",
                "Marked on the wrong patient"), page);
        assertThat(reopened.status()).isEqualTo(302);
        assertThat(web.get(page).body()).contains("reopened, booked again", "Marked on the wrong patient");
        assertThat(desk.get("/api/v1/appointments/" + first).json().get("status").asString()).isEqualTo("BOOKED");
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_id = :id"
                        + " and action = 'UPDATE' and outcome = 'SUCCESS'")
                .param("c", clinic.id()).param("id", first).query(Integer.class).single())
                .as("no-show and reopening, each audited").isEqualTo(2);

        // Cancelled again, the time given to another visit: reopening would double-book, so it is refused.
        assertThat(desk.post("/api/v1/appointments/" + first + "/status",
                "{\"status\":\"CANCELLED\",\"cancelledBy\":\"CLINIC\",\"reason\":\"Closed\"}").status()).isEqualTo(200);
        String since = book(desk, clinic, zone, clinic.user(Role.PT).id(), day, 9);
        WebSession.Page taken = web.post(page + "/status", Map.of("status", "BOOKED", "reason", "Mistake"), page);
        assertThat(taken.status()).isEqualTo(302);
        assertThat(web.get(page).body()).contains("The therapist already has appointment " + since);
        assertThat(desk.get("/api/v1/appointments/" + first).json().get("status").asString()).isEqualTo("CANCELLED");
        // A seen or booked appointment is not "reopened".
        assertThat(web.post("/schedule/appointments/" + since + "/status", Map.of("status", "BOOKED", "reason",
                "Mistake"), page).status()).isEqualTo(302);
        assertThat(desk.get("/api/v1/appointments/" + since).json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void theAttendanceReportGivesEachTherapistsRatesOverThePeriod() {
        TestClinics.Clinic clinic = clinics.create("Ratesby");
        JdbcClient db = JdbcClient.create(owner);
        UUID pt = clinic.user(Role.PT).id();
        UUID second = secondTherapist(db, clinic, "Sol Amberley");
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        String[] statuses = {"SEEN", "CANCELLED", "NO_SHOW", "SEEN"};
        for (int i = 0; i < statuses.length; i++) {
            db.sql("""
                    insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, status,
                                             cancelled_by, status_reason, booked_by)
                    values (gen_random_uuid(), :c, :p, :t, 'TREATMENT', :start, :start + interval '45 minutes', :s,
                            case when :s = 'CANCELLED' then 'PATIENT' end, case when :s = 'CANCELLED' then 'Ill' end,
                            :t)""")
                    .param("c", clinic.id()).param("p", clinic.patient().id()).param("t", pt)
                    .param("start", lastWeek.atTime(8 + i, 0).atOffset(java.time.ZoneOffset.UTC))
                    .param("s", statuses[i]).update();
        }
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String report = therapist.get("/schedule/attendance?from=" + lastWeek.minusDays(1) + "&to="
                + LocalDate.now()).body();
        String table = report.substring(report.indexOf("id=\"attendance-rates\""));
        assertThat(table).contains(clinic.user(Role.PT).displayName(), "Sol Amberley", "25%", "–");
        assertThat(table).doesNotContain(clinic.patient().familyName() + "</");
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'AttendanceRates'")
                .param("c", clinic.id()).query(Integer.class).single()).isOne();
        // A period before it: nothing counted.
        assertThat(therapist.get("/schedule/attendance?from=2020-01-01&to=2020-01-31").body())
                .doesNotContain("25%");
        // Bad dates are answered beside the field.
        String bad = therapist.get("/schedule/attendance?from=yesterday&to=" + LocalDate.now()).body();
        assertThat(bad).contains("Enter the first day as a date", "value=\"yesterday\"");
        assertThat(therapist.get("/schedule/attendance?from=2026-05-02&to=2026-05-01").body())
                .contains("The first day must come before the last");
        WebSession.Page farOff = therapist.get("/schedule/attendance?from=2026-01-01&to=%2B999999999-12-31");
        assertThat(farOff.status()).isEqualTo(200);
        assertThat(farOff.body()).contains("Choose a day between");
        assertThat(WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD)
                .get("/schedule/attendance").status()).isEqualTo(403);
        assertThat(second).isNotNull();
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static UUID secondTherapist(JdbcClient db, TestClinics.Clinic clinic, String name) {
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into app_user (id, clinic_id, email, display_name, password_hash, roles)
                select :id, clinic_id, :email, :name, password_hash, '{PT}' from app_user where id = :pt""")
                .param("id", id).param("email", "second-" + id + "@test.rhomboid.org").param("name", name)
                .param("pt", clinic.user(Role.PT).id()).update();
        return id;
    }

    private static String book(ApiClient desk, TestClinics.Clinic clinic, ZoneId zone, UUID therapist, LocalDate day,
                               int hour) {
        String start = day.atTime(hour, 0).atZone(zone).toOffsetDateTime().toString();
        ApiClient.Response booked = desk.post("/api/v1/appointments", """
                {"patientId":"%s","episodeId":"%s","therapistId":"%s","start":"%s","minutes":45,"type":"TREATMENT"}"""
                .formatted(clinic.patient().id(), clinic.episode().id(), therapist, start));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }
}
