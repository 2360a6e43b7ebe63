package org.rhomboid.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A restricted record (issue 15, item 11): only the care team opens it; anyone else with a clinical role breaks the
 * glass with a reason, for a limited time, recorded and listed for the administrator; the front desk can't.
 */
@RhomboidIntegrationTest
class RestrictedRecordIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    String chart;
    String episode;

    @BeforeEach
    void restricted() {
        clinic = clinics.create("Vipsworth");
        chart = "/patients/" + clinic.patient().id();
        episode = "/episodes/" + clinic.episode().id();
        WebSession admin = as(Role.CLINIC_ADMIN);
        WebSession.Page restricted = admin.postMulti(chart + "/restriction", Map.of("restriction", List.of("VIP"),
                "careTeam", List.of(clinic.user(Role.BILLER).id().toString())), chart);
        assertThat(restricted.status()).isEqualTo(302);
        assertThat(admin.get(chart).body()).contains("Restricted: a public figure")
                .contains("The record is restricted to its care team.");
    }

    private WebSession as(Role role) {
        return WebSession.signIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
    }

    @Test
    void theCareTeamOpensItOthersBreakTheGlassTheFrontDeskCannot() {
        // The treating therapist and the named biller are on the care team.
        assertThat(as(Role.PT).get(chart).status()).isEqualTo(200);
        assertThat(as(Role.BILLER).get(chart).status()).isEqualTo(200);

        WebSession assistant = as(Role.PTA);
        WebSession.Page refused = assistant.get(chart);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Restricted record").contains("id=\"break-glass\"")
                .doesNotContain(clinic.patient().familyName());
        assertThat(assistant.get(episode).status()).as("its episodes too").isEqualTo(403);
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        ApiClient.Response apiRefused = api.get("/api/v1/patients/" + clinic.patient().id());
        assertThat(apiRefused.status()).isEqualTo(403);
        assertThat(apiRefused.body()).contains("Restricted record");

        WebSession.Page tooShort = assistant.post(chart + "/emergency-access", Map.of("reason", "need it"), "/patients");
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.body()).contains("at least 10 characters").contains("need it");
        assertThat(assistant.post(chart + "/emergency-access", Map.of("reason",
                "Patient collapsed in the gym; the treating PT is away"), "/patients").status()).isEqualTo(302);
        assertThat(assistant.get(chart).body()).contains(clinic.patient().familyName());
        assertThat(assistant.get(episode).status()).isEqualTo(200);

        WebSession frontDesk = as(Role.FRONT_DESK);
        WebSession.Page desk = frontDesk.get(chart);
        assertThat(desk.status()).isEqualTo(403);
        assertThat(desk.body()).doesNotContain("id=\"break-glass\"");
        assertThat(frontDesk.post(chart + "/emergency-access", Map.of("reason", "I want to see the VIP's chart"),
                "/patients").status()).isEqualTo(403);

        String report = as(Role.CLINIC_ADMIN).get("/admin/emergency-access").body();
        assertThat(report).contains("Patient collapsed in the gym").contains(clinic.user(Role.PTA).displayName())
                .contains("active");
        JdbcClient db = JdbcClient.create(owner);
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and action = 'BREAK_GLASS'"
                        + " and patient_id = :p").param("c", clinic.id()).param("p", clinic.patient().id())
                .query(Integer.class).single()).isOne();
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'RestrictedRecord'"
                        + " and outcome = 'DENIED'").param("c", clinic.id()).query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
        // The grant lasts a limited time.
        assertThat(db.sql("select expires_at - granted_at from emergency_access where clinic_id = :c")
                .param("c", clinic.id()).query(String.class).single()).isEqualTo("01:00:00");
    }

    @Test
    void liftingTheRestrictionOpensTheRecordAgain() {
        WebSession admin = as(Role.CLINIC_ADMIN);
        assertThat(admin.postMulti(chart + "/restriction", Map.of("restriction", List.of("")), chart).status())
                .isEqualTo(302);
        assertThat(as(Role.PTA).get(chart).status()).isEqualTo(200);
        WebSession.Page bad = admin.postMulti(chart + "/restriction", Map.of("restriction", List.of("ROYALTY")), chart);
        assertThat(admin.get(chart).body()).contains("Choose one of the options");
        assertThat(bad.status()).isEqualTo(302);
    }
}
