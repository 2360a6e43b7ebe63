package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The schedule's API contract: booking (201, 409 naming the appointment holding the time, 400 by field), the
 * clinic's default length, a series skipping its conflicting dates, status changes, roles, and two bookers racing
 * for one slot — exactly one wins, whatever the timing, because PostgreSQL's exclusion constraint decides.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ClinicDates dates;
    @Autowired
    Appointments appointments;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource owner;

    TestClinics.Clinic clinic;
    ApiClient desk;
    ApiClient pt;
    ApiClient biller;
    /** A Monday a few weeks ahead, in New York (the clinic's zone here). */
    LocalDate monday;

    @BeforeAll
    void clinic() {
        clinic = clinics.create("Schedulova");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update clinic set time_zone = 'America/New_York' where id = :id").param("id", clinic.id()).update();
        db.sql("insert into appointment_type_length (clinic_id, type, minutes) values (:id, 'RE_EVALUATION', 50)")
                .param("id", clinic.id()).update();
        dates.forget(clinic.id());
        desk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        pt = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        biller = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private String booking(UUID therapist, LocalDate day, String time, String extra) {
        return """
                {"patientId":"%s","episodeId":"%s","therapistId":"%s","start":"%sT%s:00-05:00","type":"TREATMENT"%s}"""
                .formatted(clinic.patient().id(), clinic.episode().id(), therapist, day, time, extra);
    }

    private UUID therapist() {
        return clinic.user(Role.PT).id();
    }

    @Test
    void theStaffOfTheClinicByRole() {
        ApiClient.Response response = desk.get("/api/v1/staff?role=PT");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().forEach(s -> ids.add(s.get("id").asString()));
        assertThat(ids).contains(therapist().toString(), clinic.user(Role.CLINIC_ADMIN).id().toString())
                .doesNotContain(clinic.user(Role.PTA).id().toString());
        assertThat(response.json().get(0).has("name")).isTrue();
        assertThat(desk.get("/api/v1/staff?role=WIZARD").status()).isEqualTo(400);
    }

    @Test
    void bookThenAnOverlapIsRefusedNamingTheAppointmentHoldingTheTime() {
        LocalDate day = monday.plusDays(1);
        ApiClient.Response booked = desk.post("/api/v1/appointments", booking(therapist(), day, "09:00",
                ",\"minutes\":45"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode a = booked.json();
        assertThat(a.get("status").asString()).isEqualTo("BOOKED");
        assertThat(a.get("minutes").asInt()).isEqualTo(45);
        assertThat(a.get("start").asString()).isEqualTo(day + "T09:00:00-05:00");
        assertThat(a.get("type").asString()).isEqualTo("TREATMENT");
        assertThat(a.get("patientId").asString()).isEqualTo(clinic.patient().id().toString());

        ApiClient.Response clash = pt.post("/api/v1/appointments", booking(therapist(), day, "09:30", ""));
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.contentType()).startsWith("application/problem+json");
        assertThat(clash.json().get("conflictingAppointment").get("id").asString()).isEqualTo(a.get("id").asString());
        assertThat(clash.json().get("detail").asString()).contains(a.get("id").asString());

        ApiClient.Response backToBack = desk.post("/api/v1/appointments", booking(therapist(), day, "09:45", ""));
        assertThat(backToBack.status()).as(backToBack.body()).isEqualTo(201);
        assertThat(backToBack.json().get("minutes").asInt()).as("the built-in treatment length").isEqualTo(45);
        ApiClient.Response reEvaluation = desk.post("/api/v1/appointments", booking(therapist(), day, "13:00", "")
                .replace("TREATMENT", "RE_EVALUATION"));
        assertThat(reEvaluation.json().get("minutes").asInt()).as("the clinic's own length").isEqualTo(50);

        ApiClient.Response listed = biller.get("/api/v1/appointments?from=" + day + "&to=" + day.plusDays(1)
                + "&therapistId=" + therapist());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<String> starts = new ArrayList<>();
        listed.json().forEach(x -> starts.add(x.get("start").asString()));
        assertThat(starts).containsExactly(day + "T09:00:00-05:00", day + "T09:45:00-05:00", day + "T13:00:00-05:00");
    }

    @Test
    void badInputIsA400ByField() {
        ApiClient.Response response = desk.post("/api/v1/appointments", """
                {"patientId":"not-an-id","therapistId":"%s","start":"tomorrow at nine","type":"MASSAGE","minutes":2,
                 "shoeSize":42}""".formatted(therapist()));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("shoeSize");
        response = desk.post("/api/v1/appointments", """
                {"patientId":"not-an-id","therapistId":"%s","start":"tomorrow at nine","type":"MASSAGE","minutes":2}"""
                .formatted(therapist()));
        fields.clear();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("patientId", "type", "minutes", "start");
        response = desk.post("/api/v1/appointments", booking(clinic.user(Role.BILLER).id(), monday, "10:00", ""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("therapistId");
    }

    @Test
    void aSeriesSkipsAndListsItsConflictingDates() {
        UUID admin = clinic.user(Role.CLINIC_ADMIN).id();
        LocalDate thursday = monday.plusWeeks(1).plusDays(3);
        assertThat(desk.post("/api/v1/appointments", booking(admin, thursday, "08:30", ",\"minutes\":60")).status())
                .isEqualTo(201);
        ApiClient.Response series = desk.post("/api/v1/appointments/series", booking(admin, monday, "09:00",
                ",\"minutes\":45,\"weekdays\":[\"MON\",\"THU\"],\"until\":\"" + monday.plusWeeks(2).plusDays(4) + "\""));
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        JsonNode json = series.json();
        assertThat(json.get("created")).hasSize(5);
        assertThat(json.get("conflicts")).hasSize(1);
        assertThat(json.get("conflicts").get(0).get("start").asString()).isEqualTo(thursday + "T09:00:00-05:00");
        json.get("created").forEach(a -> assertThat(a.get("start").asString()).doesNotStartWith(thursday.toString()));

        ApiClient.Response tooLong = desk.post("/api/v1/appointments/series", booking(admin, monday, "09:00",
                ",\"weekdays\":[\"MON\"],\"until\":\"" + monday.plusDays(400) + "\""));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"until\"");
    }

    @Test
    void aSeriesPastTheAuthorizationIsBookedWithEachDatePastItNamed() {
        TestClinics.Clinic other = clinics.create("Authseries");
        JdbcClient.create(owner).sql("insert into prior_authorization (id, clinic_id, patient_id, number, payer_kind,"
                        + " payer_name, start_date, end_date, visits_allowed, created_by) values (gen_random_uuid(),"
                        + " :clinic, :patient, 'PA-S2', 'COMMERCIAL', 'Acme Health', current_date, current_date + 90, 2,"
                        + " :by)")
                .param("clinic", other.id()).param("patient", other.patient().id())
                .param("by", other.user(Role.FRONT_DESK).id()).update();
        // The preview says it before anything is booked, beside each date past the authorization.
        org.rhomboid.support.WebSession deskPages = org.rhomboid.support.WebSession.signIn(port,
                other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String seriesPage = "/episodes/" + other.episode().id() + "/series";
        String preview = deskPages.post(seriesPage + "/preview", java.util.Map.of("therapistId",
                other.user(Role.PT).id().toString(), "type", "TREATMENT", "date", monday.toString(), "time", "09:00",
                "weekdays", "MON", "until", monday.plusWeeks(3).toString()), seriesPage).body();
        assertThat(preview.split("PA-S2 allows 2 visits", -1)).hasSize(3);
        ApiClient otherDesk = ApiClient.signedIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ZoneId zone = org.rhomboid.clinic.ClinicScope.callAs(other.id(), () -> dates.zone());
        String offset = monday.atTime(9, 0).atZone(zone).getOffset().toString();
        String body = """
                {"patientId":"%s","therapistId":"%s","start":"%sT09:00:00%s","type":"TREATMENT","weekdays":["MON"],"until":"%s"}"""
                .formatted(other.patient().id(), other.user(Role.PT).id(), monday, offset, monday.plusWeeks(3));
        ApiClient.Response series = otherDesk.post("/api/v1/appointments/series", body);
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        JsonNode json = series.json();
        assertThat(json.get("created")).hasSize(4);
        // Two authorized: the third and fourth Mondays are booked and named.
        assertThat(json.get("warnings")).hasSize(2);
        assertThat(json.get("warnings").get(0).get("date").asString()).isEqualTo(monday.plusWeeks(2).toString());
        assertThat(json.get("warnings").get(0).get("warning").asString()).contains("PA-S2 allows 2 visits");
        assertThat(json.get("warnings").get(1).get("date").asString()).isEqualTo(monday.plusWeeks(3).toString());
    }

    @Test
    void statusChangesFollowTheRules() {
        LocalDate day = monday.plusDays(2);
        String id = desk.post("/api/v1/appointments", booking(therapist(), day, "11:00", "")).json().get("id").asString();
        String path = "/api/v1/appointments/" + id + "/status";
        assertThat(biller.post(path, "{\"status\":\"CHECKED_IN\"}").status()).as("billers read").isEqualTo(403);
        ApiClient.Response in = desk.post(path, "{\"status\":\"CHECKED_IN\"}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("status").asString()).isEqualTo("CHECKED_IN");
        ApiClient.Response noReason = desk.post(path, "{\"status\":\"CANCELLED\",\"cancelledBy\":\"PATIENT\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        ApiClient.Response cancelled = desk.post(path,
                "{\"status\":\"CANCELLED\",\"cancelledBy\":\"PATIENT\",\"reason\":\"Flu\"}");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelledBy").asString()).isEqualTo("PATIENT");
        assertThat(desk.post(path, "{\"status\":\"NO_SHOW\"}").status()).as("nothing leaves CANCELLED").isEqualTo(409);
        // The cancelled appointment frees the time.
        assertThat(desk.post("/api/v1/appointments", booking(therapist(), day, "11:00", "")).status()).isEqualTo(201);
        assertThat(desk.post("/api/v1/appointments/" + UUID.randomUUID() + "/status", "{\"status\":\"NO_SHOW\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void rescheduleMovesIntoFreeTimeOnlyAndAnotherFeatureMarksTheVisitSeen() {
        LocalDate day = monday.plusDays(3);
        String held = desk.post("/api/v1/appointments", booking(therapist(), day, "14:00", "")).json().get("id").asString();
        String moving = pt.post("/api/v1/appointments", booking(therapist(), day, "16:00", "")).json().get("id").asString();
        ApiClient.Response clash = pt.post("/api/v1/appointments/" + moving + "/reschedule",
                "{\"start\":\"" + day + "T14:30:00-05:00\"}");
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.json().get("conflictingAppointment").get("id").asString()).isEqualTo(held);
        ApiClient.Response moved = pt.post("/api/v1/appointments/" + moving + "/reschedule",
                "{\"start\":\"" + day + "T14:45:00-05:00\",\"minutes\":30}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("start").asString()).isEqualTo(day + "T14:45:00-05:00");
        assertThat(moved.json().get("minutes").asInt()).isEqualTo(30);
        assertThat(pt.get("/api/v1/appointments?to=" + day).status()).as("from is required").isEqualTo(400);

        // The signed note's feature marks the visit seen through the schedule's Java API; only once.
        UUID note = StoredNotes.insert(owner, clinic, Role.PT, "SIGNED", LocalDate.now(), 0);
        UUID id = UUID.fromString(moving);
        assertThat(ClinicScope.callAs(clinic.id(), () -> appointments.markSeen(id, note))).isTrue();
        assertThat(ClinicScope.callAs(clinic.id(), () -> appointments.markSeen(id, note))).isFalse();
        assertThat(ClinicScope.callAs(clinic.id(), () -> appointments.find(id)).orElseThrow().noteId()).isEqualTo(note);
        assertThat(desk.post("/api/v1/appointments/" + moving + "/status", "{\"status\":\"NO_SHOW\"}").status())
                .as("nothing leaves SEEN").isEqualTo(409);
    }

    @Test
    void billersReadButDoNotBook() {
        ApiClient.Response refused = biller.post("/api/v1/appointments", booking(therapist(), monday, "15:00", ""));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(biller.get("/api/v1/appointments?from=" + monday + "&to=" + monday.plusDays(1)).status())
                .isEqualTo(200);
    }

    @Test
    void twoBookersRacingForOneSlotGetOneSuccessAndOneConflict() throws Exception {
        UUID racer = clinic.user(Role.PTA).id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                LocalDate day = monday.plusWeeks(4).plusDays(round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ApiClient.Response>> both = new ArrayList<>();
                for (ApiClient who : List.of(desk, pt)) {
                    // Different lengths and starts that overlap: the constraint, not equal rows, decides.
                    String body = booking(racer, day, who == desk ? "10:00" : "10:15", "");
                    both.add(pool.submit(() -> {
                        go.await();
                        return who.post("/api/v1/appointments", body);
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ApiClient.Response> f : both) {
                    statuses.add(f.get().status());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        Integer live = JdbcClient.create(owner).sql("select count(*) from appointment where clinic_id = :c"
                        + " and therapist_id = :t and status = 'BOOKED'")
                .param("c", clinic.id()).param("t", racer).query(Integer.class).single();
        assertThat(live).isEqualTo(5);
    }
}
