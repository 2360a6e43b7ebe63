package org.rhomboid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.account.UserRepository;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An audit trail an auditor accepts (issue 15, item 10): the seal that shows a changed event, the security events
 * of accounts and sessions with where they came from, the patients a list showed, and the patient's accounting of
 * disclosures as CSV and PDF.
 */
@RhomboidIntegrationTest
class AuditAuditorIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    UserRepository users;
    @Autowired
    ExpiredSessions.Sweep sessions;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Sealworth");
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private List<Map<String, Object>> events(String action) {
        return db().sql("select username, user_id, resource_type, source_address, channel, detail, patients_shown::text as shown"
                        + " from audit_event where clinic_id = :c and action = :a order by id")
                .param("c", clinic.id()).param("a", action).query().listOfRows();
    }

    @Test
    void theSealShowsAnEventChangedBehindTheApplication() throws Exception {
        WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD).get("/patients/" + clinic.patient().id());
        ApiClient admin = ApiClient.signedIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        ApiClient.Response intact = admin.get("/api/v1/audit/verify");
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().get("intact").asBoolean()).isTrue();
        long sealed = intact.json().get("events").asLong();
        assertThat(sealed).isPositive();
        assertThat(admin.get("/api/v1/audit/verify").json().get("events").asLong())
                .as("verifying is itself in the trail, and sealed next time").isGreaterThan(sealed);

        // Someone with the owner's password rewrites one event, disabling the trigger for a moment.
        long tampered = db().sql("select min(id) from audit_event where clinic_id = :c and action = 'READ'"
                        + " and resource_type = 'Patient'").param("c", clinic.id()).query(Long.class).single();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit_event disable trigger audit_event_no_update");
            s.execute("update audit_event set username = 'nobody@example.org' where id = " + tampered);
            s.execute("alter table audit_event enable trigger audit_event_no_update");
            c.commit();
        }
        ApiClient.Response broken = admin.get("/api/v1/audit/verify");
        assertThat(broken.json().get("intact").asBoolean()).isFalse();
        assertThat(broken.json().get("brokenAtEvent").asLong()).isEqualTo(tampered);
        assertThat(broken.json().get("reason").asText()).contains("changed after it was sealed");

        // The seal is append-only for the application like the trail, and other roles may not verify.
        ApiClient therapist = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(therapist.get("/api/v1/audit/verify").status()).isEqualTo(403);
    }

    @Test
    void signInFailureSignOutAndTimeOutAreInTheTrailWithTheClientsAddress() throws Exception {
        // The wrong password, from a client whose address the (trusted, loopback) proxy reports.
        WebSession.Page failed = WebSession.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.9")
                .post("/login", Map.of("username", clinic.user(Role.PTA).email(), "password", "not-the-password"),
                        "/login");
        assertThat(failed.location()).contains("/login");
        assertThat(events("SIGN_IN_FAILED")).singleElement().satisfies(e -> {
            assertThat(e.get("username")).isEqualTo(clinic.user(Role.PTA).email());
            assertThat(e.get("source_address")).isEqualTo("203.0.113.9");
        });

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(events("SIGN_IN")).anySatisfy(e -> assertThat(e.get("username"))
                .isEqualTo(clinic.user(Role.PT).email()));
        therapist.post("/logout", Map.of(), "/patients");
        assertThat(events("SIGN_OUT")).singleElement().satisfies(e -> assertThat(e.get("username"))
                .isEqualTo(clinic.user(Role.PT).email()));

        // Sessions live in PostgreSQL: one that sat idle past its timeout is recorded as expired when the sweep ends
        // it, and one a request found expired (which ends it there and then) is recorded by the next sweep.
        String idle = clinic.user(Role.PTA).email();
        String returning = clinic.user(Role.BILLER).email();
        WebSession.signIn(port, idle, TestClinics.PASSWORD);
        WebSession back = WebSession.signIn(port, returning, TestClinics.PASSWORD);
        assertThat(back.get("/patients").status()).isEqualTo(200);
        for (String email : List.of(idle, returning)) {
            assertThat(db().sql("update spring_session set last_access_time = last_access_time - 3600000,"
                    + " expiry_time = expiry_time - 3600000 where principal_name = :e").param("e", email).update())
                    .isEqualTo(1);
        }
        assertThat(back.get("/patients").location()).contains("/login?expired");
        for (int sweep = 0; sweep < 5 && events("SESSION_EXPIRED").size() < 2; sweep++) {
            // The scheduled sweep may hold the lock at this moment: it records them then, or the next try does.
            sessions.sweep();
            Thread.sleep(200);
        }
        assertThat(events("SESSION_EXPIRED")).hasSize(2).allSatisfy(e -> assertThat(e.get("channel")).isEqualTo("SYSTEM"))
                .extracting(e -> e.get("username")).containsExactlyInAnyOrder(idle, returning);
        assertThat(db().sql("select count(*) from spring_session where principal_name in (:e)")
                .param("e", List.of(idle, returning)).query(Long.class).single()).isZero();
        sessions.sweep();
        assertThat(events("SESSION_EXPIRED")).as("each time-out once").hasSize(2);
    }

    @Test
    void tokensAccountChangesAndThrottledSignInsAreInTheTrail() throws Exception {
        String pta = clinic.user(Role.PTA).email();
        String admin = clinic.user(Role.CLINIC_ADMIN).email();
        ApiClient api = ApiClient.signedIn(port, pta, TestClinics.PASSWORD);
        assertThat(events("TOKEN_ISSUED")).singleElement().satisfies(e -> {
            assertThat(e.get("username")).isEqualTo(pta);
            assertThat(e.get("channel")).isEqualTo("API");
        });
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + pta + "\",\"password\":\"not-the-password\"}").status()).isEqualTo(401);
        assertThat(events("SIGN_IN_FAILED")).singleElement().satisfies(e -> {
            assertThat(e.get("channel")).isEqualTo("API");
            assertThat(e.get("detail")).isEqualTo("wrong password");
        });
        assertThat(api.send("DELETE", "/api/v1/auth/token", null).status()).isEqualTo(204);
        assertThat(events("TOKEN_REVOKED")).singleElement().satisfies(e -> {
            assertThat(e.get("username")).isEqualTo(pta);
            assertThat(e.get("detail")).isEqualTo("revoked by its holder");
        });

        // The administrator changes the assistant's roles: recorded as the administrator's, and the assistant's
        // remaining token revoked with the reason.
        ApiClient.signedIn(port, pta, TestClinics.PASSWORD);
        WebSession office = WebSession.signIn(port, admin, TestClinics.PASSWORD);
        String page = "/admin/staff/" + clinic.user(Role.PTA).id();
        assertThat(office.post(page + "/roles", Map.of("roles", "PT"), page).location()).endsWith("/admin/staff");
        assertThat(events("UPDATE")).filteredOn(e -> "Staff".equals(e.get("resource_type"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("username")).isEqualTo(admin);
                    assertThat(e.get("detail")).isEqualTo("roles changed to Physical therapist");
                });
        assertThat(events("TOKEN_REVOKED")).hasSize(2).last().satisfies(e -> {
            assertThat(e.get("username")).isEqualTo(admin);
            assertThat(e.get("detail")).isEqualTo("1 token revoked: roles changed to Physical therapist");
        });

        // Wrong passwords until the account must wait: the refused attempt is recorded, with its address.
        WebSession guesser = WebSession.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.23");
        WebSession.Page answer = null;
        for (int attempt = 0; attempt < 7; attempt++) { // five free, the sixth earns a wait, the seventh meets it
            answer = guesser.post("/login", Map.of("username", pta, "password", "guess-" + attempt), "/login");
        }
        assertThat(answer.location()).contains("throttled=");
        assertThat(events("THROTTLED")).singleElement().satisfies(e -> {
            assertThat(e.get("username")).isEqualTo(pta);
            assertThat(e.get("source_address")).isEqualTo("198.51.100.23");
        });
    }

    @Test
    void aChangedSettingIsInTheTrailByName() throws Exception {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        Map<String, String> thresholds = Map.of("progressAdherencePercent", "80", "progressMaxPain", "3",
                "progressDays", "14", "reviewPainRise", "2");
        admin.post("/admin/home-exercise", thresholds, "/admin/home-exercise");
        int first = events("UPDATE").size();
        admin.post("/admin/home-exercise", thresholds, "/admin/home-exercise");
        assertThat(events("UPDATE")).as("saving the same values again changes nothing").hasSize(first);
        admin.post("/admin/home-exercise", Map.of("progressAdherencePercent", "90", "progressMaxPain", "3",
                "progressDays", "21", "reviewPainRise", "2"), "/admin/home-exercise");
        assertThat(events("UPDATE")).last().satisfies(e -> {
            assertThat(e.get("resource_type")).isEqualTo("HomeExerciseThresholds");
            assertThat(e.get("username")).isEqualTo(clinic.user(Role.CLINIC_ADMIN).email());
            assertThat(e.get("detail")).isEqualTo("changed: progress adherence percent, progress days");
        });

        // The trail, filtered, exported as CSV: the export is in the trail too.
        var csv = admin.getBytes("/admin/audit/export?action=UPDATE");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"audit-trail-"));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("occurred_at,user,action,resource,resource_id,patient_id,channel,outcome,")
                .contains("\"HomeExerciseThresholds\"").contains("\"changed: progress adherence percent, progress days\"")
                .doesNotContain(",READ,");
        assertThat(events("EXPORT")).singleElement().satisfies(e -> assertThat(e.get("resource_type"))
                .isEqualTo(AuditTrail.RESOURCE));
        assertThat(admin.getBytes("/admin/audit/export?patient=not-an-id").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/audit?action=UPDATE").body()).contains("id=\"export-audit\"")
                .contains("changed: progress adherence percent, progress days");
    }

    @Test
    void aSearchRecordsWhichPatientsItShowedAndTheAccountingOfDisclosuresFindsIt() throws Exception {
        ApiClient biller = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.post("/api/v1/patients/search", "{\"query\":\"Sealworth\"}").status()).isEqualTo(200);
        assertThat(events("SEARCH")).anySatisfy(e -> assertThat((String) e.get("shown"))
                .contains(clinic.patient().id().toString()));

        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String chart = admin.get("/patients/" + clinic.patient().id()).body();
        assertThat(chart).contains("id=\"disclosures\"").contains("id=\"restriction\"");
        String path = "/patients/" + clinic.patient().id() + "/disclosures?from=" + java.time.LocalDate.now().minusDays(1)
                + "&to=" + java.time.LocalDate.now() + "&format=";
        var csv = admin.getBytes(path + "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("occurred_at,user,action").contains(clinic.user(Role.BILLER).email())
                .contains(",SEARCH,").contains(",READ,");
        var pdf = admin.getBytes(path + "pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Pdfs.text(pdf.body())).contains("Accounting of disclosures").contains("Search · Patient");
        assertThat(events("EXPORT")).hasSize(2);
        assertThat(admin.getBytes("/patients/" + clinic.patient().id() + "/disclosures?from=2026-13-01&format=csv")
                .statusCode()).isEqualTo(400);

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(therapist.getBytes(path + "csv").statusCode()).isEqualTo(403);
        assertThat(therapist.get("/patients/" + clinic.patient().id()).body()).doesNotContain("id=\"disclosures\"");
        UUID unused = UUID.randomUUID();
        assertThat(admin.getBytes("/patients/" + unused + "/disclosures").statusCode()).isEqualTo(404);
    }
}
