package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, defect 1: a deactivated member of staff kept working in the web session they already had. Deactivation,
 * a role change and a password reset end every web session and API token of the account at once.
 */
@RhomboidIntegrationTest
class SessionEndIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    @Test
    void deactivationEndsTheWebSessionAndTheTokensAtOnce() {
        TestClinics.Clinic clinic = clinics.create("Leavesley");
        String chart = "/patients/" + clinic.patient().id();
        WebSession pta = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(pta.get(chart).status()).isEqualTo(200);

        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.post("/admin/staff/" + clinic.user(Role.PTA).id() + "/active", Map.of("active", "false"),
                "/admin/staff").status()).isEqualTo(302);

        WebSession.Page after = pta.get(chart);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).contains("/login");
        assertThat(after.body()).doesNotContain("Leavesley");
        WebSession.Page search = pta.postRaw("/patients/search", Map.of("query", "Leavesley"));
        assertThat(search.status()).isNotEqualTo(200);
        assertThat(search.body()).doesNotContain("Leavesley");
        assertThat(api.get("/api/v1/patients/" + clinic.patient().id()).status()).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheSessionsOfThatAccount() {
        TestClinics.Clinic clinic = clinics.create("Rolesby");
        StaffUserRef biller = new StaffUserRef(clinic.user(Role.BILLER).id().toString(), clinic.user(Role.BILLER).email());
        WebSession session = WebSession.signIn(port, biller.email(), TestClinics.PASSWORD);
        ApiClient api = ApiClient.signedIn(port, biller.email(), TestClinics.PASSWORD);
        assertThat(session.get("/billing/claims").status()).isEqualTo(200);

        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession.Page changed = admin.postMulti("/admin/staff/" + biller.id() + "/roles",
                Map.of("roles", List.of("FRONT_DESK")), "/admin/staff/" + biller.id());
        assertThat(changed.status()).isEqualTo(302);

        assertThat(session.get("/billing/claims").location()).contains("/login");
        assertThat(api.get("/api/v1/patients/" + clinic.patient().id()).status()).isEqualTo(401);
        // Signed in again, the new role is what counts.
        WebSession again = WebSession.signIn(port, biller.email(), TestClinics.PASSWORD);
        assertThat(again.get("/billing/claims").status()).isEqualTo(403);
    }

    @Test
    void aPasswordResetByTheAdministratorEndsSessionsAndMustBeChangedAtSignIn() {
        TestClinics.Clinic clinic = clinics.create("Resetham");
        String email = clinic.user(Role.FRONT_DESK).email();
        WebSession old = WebSession.signIn(port, email, TestClinics.PASSWORD);
        ApiClient api = ApiClient.signedIn(port, email, TestClinics.PASSWORD);

        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String user = "/admin/staff/" + clinic.user(Role.FRONT_DESK).id();
        assertThat(admin.post(user + "/password", Map.of("password", "lantern-quarry-meadow-41"), user).status())
                .isEqualTo(302);

        assertThat(old.get("/patients").location()).contains("/login");
        assertThat(api.get("/api/v1/patients/" + clinic.patient().id()).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}").status()).isEqualTo(401);

        // The first sign-in with the administrator's password leads to choosing one's own, and nowhere else.
        WebSession fresh = WebSession.signIn(port, email, "lantern-quarry-meadow-41");
        assertThat(fresh.get("/patients").location()).endsWith("/account/password");
        ApiClient.Response token = ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"lantern-quarry-meadow-41\"}");
        assertThat(token.status()).isEqualTo(403);
        assertThat(token.contentType()).startsWith("application/problem+json");

        assertThat(fresh.post("/account/password", Map.of("currentPassword", "lantern-quarry-meadow-41",
                "newPassword", "otter-violin-harbour-73", "confirmPassword", "otter-violin-harbour-73"),
                "/account/password").status()).isEqualTo(302);
        WebSession mine = WebSession.signIn(port, email, "otter-violin-harbour-73");
        assertThat(mine.get("/patients").status()).isEqualTo(200);
    }

    private record StaffUserRef(String id, String email) {}
}
