package org.rhomboid.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.rhomboid.account.domain.Base32;
import org.rhomboid.account.domain.OneTimeCodes;
import org.rhomboid.account.domain.RecoveryCodes;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff account's second factor: an authenticator app (RFC 6238 codes) with ten one-time recovery codes, and
 * passkeys (registered through Spring Security's WebAuthn filters, listed and removed here). The clinic decides
 * whether every account must have one; an administrator resets a lost one. Every change is in the audit trail.
 */
@Service
public class SecondFactors {

    public static final String APP = "authenticator app";
    public static final String RECOVERY_CODE = "recovery code";
    public static final String PASSKEY = "passkey";
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a person has set up, for their sign-in security page. */
    public record Status(boolean appSetUp, int recoveryCodesLeft, List<SecondFactorRepository.Passkey> passkeys,
                         boolean clinicRequires) {
        public boolean any() {
            return appSetUp || !passkeys.isEmpty();
        }
    }

    /** An authenticator app being set up: the secret to type, and the otpauth URI its QR code carries. */
    public record PendingApp(String secret, String uri) {}

    private final SecondFactorRepository factors;
    private final UserRepository users;
    private final ApplicationEventPublisher events;

    SecondFactors(SecondFactorRepository factors, UserRepository users, ApplicationEventPublisher events) {
        this.factors = factors;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Status status(StaffPrincipal me) {
        Optional<SecondFactorRepository.App> app = factors.app(me.userId());
        return new Status(app.map(SecondFactorRepository.App::confirmed).orElse(false),
                factors.recoveryCodesLeft(me.userId()), factors.passkeys(me.userId()),
                factors.clinicRequires(me.clinicId()));
    }

    /** A new secret for the app (or the one still waiting for its first code, if the page was reloaded). */
    @Transactional
    public PendingApp beginApp(StaffPrincipal me, String issuer) {
        Optional<SecondFactorRepository.App> app = factors.app(me.userId());
        if (app.map(SecondFactorRepository.App::confirmed).orElse(false)) {
            throw new FieldProblemException("code", "An authenticator app is already set up. Remove it first to set up"
                    + " another.");
        }
        String secret = app.map(SecondFactorRepository.App::secret).orElseGet(() -> {
            byte[] bytes = new byte[SECRET_BYTES];
            RANDOM.nextBytes(bytes);
            String fresh = Base32.encode(bytes);
            factors.beginApp(me.userId(), fresh);
            return fresh;
        });
        return new PendingApp(secret, otpauth(issuer, me.email(), secret));
    }

    /** The first code from the app confirms it; the recovery codes are made then and shown once. */
    @Transactional
    public List<String> confirmApp(StaffPrincipal me, String code) {
        SecondFactorRepository.App app = factors.app(me.userId()).filter(a -> !a.confirmed())
                .orElseThrow(() -> new FieldProblemException("code", "Start setting up the app again: scan the new"
                        + " code."));
        OptionalLong step = OneTimeCodes.match(Base32.decode(app.secret()), code, Instant.now(), 0);
        if (step.isEmpty()) {
            throw new FieldProblemException("code", "That code does not match. Type the six digits the app shows now"
                    + " (check that the phone’s clock is set automatically).");
        }
        factors.confirmApp(me.userId(), step.getAsLong());
        events.publishEvent(event(me, "MFA_ENROLLED", APP + " set up"));
        return newRecoveryCodes(me);
    }

    /** Ten new recovery codes; the old ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes(StaffPrincipal me) {
        List<String> codes = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(me.userId(), codes.stream()
                .map(code -> SecretTokens.hash(RecoveryCodes.normalise(code))).toList());
        events.publishEvent(event(me, "UPDATE", "new recovery codes made"));
        return codes;
    }

    /**
     * The second step of a password sign-in: a code from the app, or one of the recovery codes. Returns how it was
     * given, or empty when it was wrong (the caller counts that as a failed sign-in).
     */
    @Transactional
    public Optional<String> check(StaffPrincipal me, String typed) {
        if (OneTimeCodes.looksLikeCode(typed)) {
            Optional<SecondFactorRepository.App> app = factors.app(me.userId())
                    .filter(SecondFactorRepository.App::confirmed);
            if (app.isPresent()) {
                OptionalLong step = OneTimeCodes.match(Base32.decode(app.get().secret()), typed, Instant.now(),
                        app.get().lastUsedStep());
                if (step.isPresent() && factors.useStep(me.userId(), step.getAsLong())) {
                    return Optional.of(APP);
                }
            }
            return Optional.empty();
        }
        String recovery = RecoveryCodes.normalise(typed);
        if (recovery != null && factors.useRecoveryCode(me.userId(), SecretTokens.hash(recovery))) {
            events.publishEvent(event(me, "UPDATE", RECOVERY_CODE + " used; "
                    + factors.recoveryCodesLeft(me.userId()) + " left"));
            return Optional.of(RECOVERY_CODE);
        }
        return Optional.empty();
    }

    /** The API's token route: only an app's code or a recovery code can be typed there. */
    @Transactional
    public Optional<String> check(StaffUser user, String typed) {
        return check(new StaffPrincipal(user), typed);
    }

    @Transactional(readOnly = true)
    public boolean hasApp(UUID userId) {
        return factors.app(userId).map(SecondFactorRepository.App::confirmed).orElse(false);
    }

    @Transactional
    public void removeApp(StaffPrincipal me) {
        if (factors.removeApp(me.userId())) {
            factors.removeRecoveryCodes(me.userId());
            events.publishEvent(event(me, "UPDATE", APP + " removed"));
        }
    }

    @Transactional
    public void removePasskey(StaffPrincipal me, String credentialId) {
        if (factors.removePasskey(me.userId(), credentialId)) {
            events.publishEvent(event(me, "UPDATE", PASSKEY + " removed"));
        }
    }

    /**
     * The administrator's reset for a lost phone or passkey: every second factor of the account goes and its
     * sessions end; where the clinic requires one, the person sets up a new one at their next sign-in.
     */
    @Transactional
    public void reset(UUID userId) {
        UUID clinic = ClinicScope.require();
        StaffUser user = users.find(clinic, userId).orElseThrow(() -> new FieldProblemException("user",
                "No such member of staff"));
        factors.removeApp(userId);
        factors.removeRecoveryCodes(userId);
        factors.removePasskeys(userId);
        factors.endSessions(clinic, userId);
        events.publishEvent(AccountEvent.on(user, "UPDATE", "Staff", userId, "second factors reset"));
    }

    @Transactional(readOnly = true)
    public boolean clinicRequires() {
        return factors.clinicRequires(ClinicScope.require());
    }

    @Transactional
    public void setClinicRequires(StaffPrincipal me, boolean required) {
        UUID clinic = ClinicScope.require();
        if (factors.clinicRequires(clinic) == required) {
            return;
        }
        factors.setClinicRequires(clinic, required);
        events.publishEvent(new AccountEvent(clinic, me.userId(), me.email(), "UPDATE", "Clinic", clinic,
                "changed: second factor required " + (required ? "on" : "off")));
    }

    /** A passkey was registered (Spring Security's registration filter saved it). */
    void passkeyAdded(StaffUser user) {
        events.publishEvent(AccountEvent.by(user, "MFA_ENROLLED", "Staff", user.id(), PASSKEY + " added"));
    }

    void passkeyRemoved(StaffUser user) {
        events.publishEvent(AccountEvent.by(user, "UPDATE", "Staff", user.id(), PASSKEY + " removed"));
    }

    private static AccountEvent event(StaffPrincipal me, String action, String detail) {
        return new AccountEvent(me.clinicId(), me.userId(), me.email(), action, "Staff", me.userId(), detail);
    }

    /** The key URI format authenticator apps read from a QR code (issuer and account label, secret, defaults). */
    static String otpauth(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + OneTimeCodes.DIGITS + "&period=" + OneTimeCodes.STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
