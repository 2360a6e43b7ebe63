package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.domain.Base32;
import org.rhomboid.account.domain.OneTimeCodes;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15, item 9: a clinic that requires a second factor. A password alone opens nothing until one is set up;
 * then it is asked for at every sign-in (an app's code once each, a recovery code once), the API wants it as
 * "otp", an administrator resets a lost one, and every step is in the audit trail.
 */
@RhomboidIntegrationTest
class SecondFactorIT {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([2-9a-z]{5}-[2-9a-z]{5})</code></li>");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** The step of the test's first code (set then, not when the test began: the context may start in between). */
    private long began = -1;

    @Test
    void aRequiredSecondFactorIsSetUpThenAskedForAtEverySignIn() {
        TestClinics.Clinic clinic = clinics.create("Twofold");
        requireSecondFactor(clinic);
        String email = clinic.user(Role.PT).email();
        String chart = "/patients/" + clinic.patient().id();

        WebSession pt = WebSession.signIn(port, email, TestClinics.PASSWORD);
        WebSession.Page refused = pt.get(chart);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/account/sign-in-security");
        assertThat(pt.get(chart).body()).doesNotContain("Twofold");
        assertThat(pt.get("/account/sign-in-security").body()).contains("Your clinic requires a second factor");

        byte[] secret = setUpApp(pt);
        WebSession.Page codes = pt.post("/account/sign-in-security/app/confirm",
                Map.of("code", code(secret, 0)), "/account/sign-in-security");
        List<String> recovery = recoveryCodes(codes.body());
        assertThat(recovery).hasSize(10);
        assertThat(pt.get(chart).status()).as("the code just typed counts for this session").isEqualTo(200);

        WebSession again = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(again.get(chart).location()).endsWith("/account/second-factor");
        assertThat(again.get("/account/second-factor").body()).contains("Code from your authenticator app");
        assertThat(again.post("/account/second-factor", Map.of("code", code(secret, 0)), "/account/second-factor")
                .body()).as("the step used at set-up is not taken again").contains("That code is not right");
        assertThat(again.get(chart).status()).isEqualTo(302);
        WebSession.Page given = again.post("/account/second-factor", Map.of("code", code(secret, 1)),
                "/account/second-factor");
        assertThat(given.location()).matches(".*:\\d+/$");
        assertThat(again.get(chart).status()).isEqualTo(200);

        WebSession lostPhone = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(lostPhone.post("/account/second-factor", Map.of("code", recovery.get(3).toUpperCase()),
                "/account/second-factor").location()).matches(".*:\\d+/$");
        assertThat(lostPhone.get(chart).status()).isEqualTo(200);
        WebSession replay = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(replay.post("/account/second-factor", Map.of("code", recovery.get(3)), "/account/second-factor")
                .body()).as("a recovery code works once").contains("That code is not right");
        assertThat(lostPhone.get("/account/sign-in-security").body()).contains("9</span> of 10 recovery codes left");

        List<String> trail = trail(clinic, clinic.user(Role.PT).id());
        assertThat(trail).contains("MFA_ENROLLED|authenticator app set up", "SIGN_IN|second step: authenticator app",
                "SIGN_IN|second step: recovery code", "SIGN_IN_FAILED|wrong one-time code");
    }

    @Test
    void theApiWantsTheCodeAsOtpAndRefusesWhatItCannotCheck() {
        TestClinics.Clinic clinic = clinics.create("Otpley");
        String email = clinic.user(Role.BILLER).email();
        WebSession biller = WebSession.signIn(port, email, TestClinics.PASSWORD);
        byte[] secret = setUpApp(biller);
        List<String> recovery = recoveryCodes(biller.post("/account/sign-in-security/app/confirm",
                Map.of("code", code(secret, 0)), "/account/sign-in-security").body());

        ApiClient api = ApiClient.anonymous(port);
        ApiClient.Response missing = api.post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().get("type").asText()).isEqualTo("https://rhomboid.org/problems/otp-required");
        ApiClient.Response wrong = api.post("/api/v1/auth/token", "{\"username\":\"" + email + "\",\"password\":\""
                + TestClinics.PASSWORD + "\",\"otp\":\"" + code(secret, 0) + "\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("type").asText()).isEqualTo("https://rhomboid.org/problems/otp-invalid");
        ApiClient.Response right = api.post("/api/v1/auth/token", "{\"username\":\"" + email + "\",\"password\":\""
                + TestClinics.PASSWORD + "\",\"otp\":\"" + code(secret, 1) + "\"}");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.json().get("token").asText()).isNotBlank();
        ApiClient.Response byRecovery = api.post("/api/v1/auth/token", "{\"username\":\"" + email
                + "\",\"password\":\"" + TestClinics.PASSWORD + "\",\"otp\":\"" + recovery.get(0) + "\"}");
        assertThat(byRecovery.status()).isEqualTo(200);

        requireSecondFactor(clinic);
        ApiClient.Response none = api.post("/api/v1/auth/token", "{\"username\":\"" + clinic.user(Role.PT).email()
                + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}");
        assertThat(none.status()).as("required, and none set up").isEqualTo(403);
        assertThat(none.json().get("type").asText())
                .isEqualTo("https://rhomboid.org/problems/authenticator-app-required");
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndEndsTheSessions() {
        TestClinics.Clinic clinic = clinics.create("Resetter");
        requireSecondFactor(clinic);
        String email = clinic.user(Role.PTA).email();
        String chart = "/patients/" + clinic.patient().id();
        WebSession pta = WebSession.signIn(port, email, TestClinics.PASSWORD);
        byte[] secret = setUpApp(pta);
        pta.post("/account/sign-in-security/app/confirm", Map.of("code", code(secret, 0)), "/account/sign-in-security");
        assertThat(pta.get(chart).status()).isEqualTo(200);

        WebSession admin = signInWithApp(clinic.user(Role.CLINIC_ADMIN).email());
        assertThat(admin.post("/admin/staff/" + clinic.user(Role.PTA).id() + "/second-factor/reset", Map.of(),
                "/admin/staff/" + clinic.user(Role.PTA).id()).status()).isEqualTo(302);

        assertThat(pta.get(chart).location()).as("the session ended").contains("/login");
        WebSession next = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(next.get(chart).location()).as("a new one to set up").endsWith("/account/sign-in-security");
        assertThat(trail(clinic, clinic.user(Role.CLINIC_ADMIN).id()))
                .contains("UPDATE|changed: second factor required on", "UPDATE|second factors reset");
    }

    @Test
    void aClinicThatDoesNotRequireOneStillAsksThoseWhoSetOneUp() {
        TestClinics.Clinic clinic = clinics.create("Optionall");
        String chart = "/patients/" + clinic.patient().id();
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(frontDesk.get(chart).status()).as("not required, none set up").isEqualTo(200);
        byte[] secret = setUpApp(frontDesk);
        frontDesk.post("/account/sign-in-security/app/confirm", Map.of("code", code(secret, 0)),
                "/account/sign-in-security");

        WebSession later = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(later.get(chart).location()).endsWith("/account/second-factor");
    }

    private WebSession signInWithApp(String email) {
        WebSession session = WebSession.signIn(port, email, TestClinics.PASSWORD);
        byte[] secret = setUpApp(session);
        session.post("/account/sign-in-security/app/confirm", Map.of("code", code(secret, 0)),
                "/account/sign-in-security");
        return session;
    }

    /** The administrator turns the policy on (in a clinic whose administrator has no second factor yet). */
    private void requireSecondFactor(TestClinics.Clinic clinic) {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.post("/admin/staff/sign-in-policy", Map.of("secondFactorRequired", "true"), "/admin/staff")
                .status()).isEqualTo(302);
    }

    private static byte[] setUpApp(WebSession session) {
        WebSession.Page page = session.post("/account/sign-in-security/app", Map.of(), "/account/sign-in-security");
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as("the set-up page shows the key").isTrue();
        assertThat(page.body()).contains("<svg").contains("QR code for your authenticator app");
        return Base32.decode(secret.group(1));
    }

    /**
     * The app's code {@code offset} (0 or 1) steps from the step of the test's first code: the server takes one step either
     * side of its own, so both stay in its window while the test runs under 30 seconds.
     */
    private String code(byte[] secret, int offset) {
        if (began < 0) {
            began = OneTimeCodes.step(Instant.now());
        }
        return OneTimeCodes.code(secret, began + offset);
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private List<String> trail(TestClinics.Clinic clinic, UUID user) {
        return ClinicScope.callAs(clinic.id(), () -> transaction.execute(status -> jdbc.sql(
                        "select action || '|' || coalesce(detail, '') from audit_event where clinic_id = :c"
                                + " and user_id = :u order by id")
                .param("c", clinic.id()).param("u", user).query(String.class).list()));
    }
}
