package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, defect 8: "aaaaaaaaaaaa", "password1234" and the e-mail itself were accepted, a password over BCrypt's
 * 72 bytes was a server error, nobody could change their own password, and an administrator's first password was
 * never changed. Passwords now follow NIST SP 800-63B.
 */
@RhomboidIntegrationTest
class PasswordRulesIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    private WebSession.Page addStaff(WebSession admin, String email, String password) {
        return admin.postMulti("/admin/staff", Map.of("displayName", List.of("Jo Marsh, PT"), "email", List.of(email),
                "password", List.of(password), "roles", List.of("PT")), "/admin/staff");
    }

    private static String fresh() {
        return "jo.marsh-" + UUID.randomUUID().toString().substring(0, 8) + "@pw.example";
    }

    @Test
    void commonRepetitiveAndPersonalPasswordsAreRefusedBesideTheField() {
        TestClinics.Clinic clinic = clinics.create("Weakwood");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String email = fresh();
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "Password1234!", "123456789012", email,
                "jomarsh-harbour")) {
            WebSession.Page page = addStaff(admin, email, weak);
            assertThat(page.status()).as(weak).isEqualTo(200);
            assertThat(page.body()).as(weak).contains("id=\"password-error\"").contains("Jo Marsh, PT");
        }
    }

    @Test
    void aLongPassphraseIsAcceptedAndSignsIn() {
        TestClinics.Clinic clinic = clinics.create("Longacre");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String email = fresh();
        // Past the 72 bytes BCrypt reads, and no server error.
        String start = "Uber den Wolken muss die Freiheit wohl grenzenlos sein, sang Reinhard Mey 1974";
        String passphrase = start + " — Ærøskøbing, Łódź, Škoda";
        assertThat(addStaff(admin, email, passphrase).status()).isEqualTo(302);
        // The same first 72 bytes: a hash of those alone would let this in.
        String sameStart = start + " and nothing else";
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + sameStart + "\"}").status()).isEqualTo(401);
        WebSession first = WebSession.signIn(port, email, passphrase);
        assertThat(first.get("/patients").location()).endsWith("/account/password");
    }

    @Test
    void staffChangeTheirOwnPasswordFromTheTopBar() {
        TestClinics.Clinic clinic = clinics.create("Changeling");
        String email = clinic.user(Role.PTA).email();
        WebSession me = WebSession.signIn(port, email, TestClinics.PASSWORD);
        WebSession elsewhere = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(me.get("/patients").body()).contains("href=\"/account/password\"");
        assertThat(me.get("/account/password").status()).isEqualTo(200);

        WebSession.Page weak = me.post("/account/password", Map.of("currentPassword", TestClinics.PASSWORD,
                "newPassword", "password1234", "confirmPassword", "password1234"), "/account/password");
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("id=\"newPassword-error\"");
        WebSession.Page wrong = me.post("/account/password", Map.of("currentPassword", "not-my-password-at-all",
                "newPassword", "otter-violin-harbour-73", "confirmPassword", "otter-violin-harbour-73"), "/account/password");
        assertThat(wrong.body()).contains("id=\"currentPassword-error\"");

        WebSession.Page changed = me.post("/account/password", Map.of("currentPassword", TestClinics.PASSWORD,
                "newPassword", "otter-violin-harbour-73", "confirmPassword", "otter-violin-harbour-73"), "/account/password");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(elsewhere.get("/patients").location()).contains("/login");
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}").status()).isEqualTo(401);
        assertThat(WebSession.signIn(port, email, "otter-violin-harbour-73").get("/patients").status()).isEqualTo(200);
    }

    @Test
    void newStaffChooseTheirOwnPasswordAtFirstSignIn() {
        TestClinics.Clinic clinic = clinics.create("Firstley");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String email = fresh();
        assertThat(addStaff(admin, email, "lantern-quarry-meadow-41").status()).isEqualTo(302);

        WebSession first = WebSession.signIn(port, email, "lantern-quarry-meadow-41");
        assertThat(first.get("/patients").location()).endsWith("/account/password");
        assertThat(first.get("/patients/" + clinic.patient().id()).location()).endsWith("/account/password");
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"lantern-quarry-meadow-41\"}").status()).isEqualTo(403);
        assertThat(first.post("/account/password", Map.of("currentPassword", "lantern-quarry-meadow-41",
                "newPassword", "otter-violin-harbour-73", "confirmPassword", "otter-violin-harbour-73"),
                "/account/password").status()).isEqualTo(302);
        assertThat(WebSession.signIn(port, email, "otter-violin-harbour-73").get("/patients").status()).isEqualTo(200);
    }

    @Test
    void theDemoAccountsKeepTheirDocumentedPassword() {
        WebSession demo = WebSession.signIn(port, DemoClinic.PT_EMAIL, DemoClinic.PASSWORD);
        assertThat(demo.get("/patients").status()).isEqualTo(200);
    }
}
