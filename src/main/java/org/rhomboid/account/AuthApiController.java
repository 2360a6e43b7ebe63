package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.account.domain.SignInDelay;
import org.rhomboid.web.OpenWithoutSignIn;
import org.rhomboid.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a user's credentials for an API bearer token, and revokes tokens. A known and an unknown account answer
 * alike — the same 401, the same password check's cost, the same growing wait (429) after repeated failures.
 */
@RestController
@RequestMapping("/api/v1/auth/token")
class AuthApiController {

    record TokenRequest(@NotBlank(message = "Enter the username (e-mail)") @Size(max = 254) String username,
                        @NotBlank(message = "Enter the password") @Size(max = 1024) String password,
                        @Size(max = 40, message = "A one-time code has six digits; a recovery code ten characters")
                        String otp) {}

    record TokenResponse(String token, Instant expiresAt) {}

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final SecondFactors factors;
    /** Compared against when the user does not exist, so a miss takes as long as a wrong password. */
    private final String noSuchUserHash;

    AuthApiController(UserRepository users, PasswordEncoder passwords, ApiTokens tokens, SignInThrottle throttle,
                      ApplicationEventPublisher events, SecondFactors factors) {
        this.users = users;
        this.factors = factors;
        this.events = events;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.noSuchUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @OpenWithoutSignIn
    @PostMapping
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        String email = request.username().strip();
        String address = http.getRemoteAddr();
        Duration wait = throttle.admit(email, address);
        if (!wait.isZero()) {
            ResponseEntity<Object> problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts",
                    "Too many failed sign-ins for this account or from this address. Wait as long as Retry-After"
                            + " says, then try again.");
            return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(SignInDelay.seconds(wait))).body(problem.getBody());
        }
        var user = users.findByEmail(email);
        boolean matches = passwords.matches(request.password(), user.map(StaffUser::passwordHash).orElse(noSuchUserHash));
        if (!matches) {
            throttle.failed(email, address);
            events.publishEvent(new SignInRefused(email, "wrong password"));
        } else if (!user.get().active()) {
            events.publishEvent(new SignInRefused(email, "account deactivated"));
        }
        if (user.isEmpty() || !matches || !user.get().active()) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "Invalid credentials",
                    "The username or password is wrong, or the account is deactivated");
        }
        AccountStanding standing = users.standing(user.get().clinicId(), user.get().id()).orElseThrow();
        if (standing.passwordChangeRequired()) {
            return Problems.of(HttpStatus.FORBIDDEN, "Password change required",
                    "This password was set by your clinic administrator. Sign in on the web page and choose your"
                            + " own password first; then request a token.");
        }
        // The second factor: an authenticator app's code (or a recovery code) in "otp". A passkey can't be given
        // here, so an account with passkeys only, or with none where the clinic requires one, is told what to do.
        if (factors.hasApp(user.get().id())) {
            if (request.otp() == null || request.otp().isBlank()) {
                return Problems.typed(HttpStatus.UNAUTHORIZED, "otp-required", "One-time code required",
                        "This account has a second factor: send the six-digit code from the authenticator app (or"
                                + " a recovery code) as \"otp\" with the username and password.");
            }
            if (factors.check(user.get(), request.otp()).isEmpty()) {
                throttle.failed(email, address);
                events.publishEvent(new SignInRefused(email, "wrong one-time code"));
                return Problems.typed(HttpStatus.UNAUTHORIZED, "otp-invalid", "Wrong one-time code",
                        "The code is wrong or was used already. Send the code the app shows now.");
            }
        } else if (standing.secondFactorSetUp() || standing.secondFactorRequired()) {
            return Problems.typed(HttpStatus.FORBIDDEN, "authenticator-app-required", "Authenticator app required",
                    "API tokens need a code from an authenticator app: set one up on the web page under Sign-in"
                            + " security, then send its code as \"otp\".");
        }
        throttle.succeeded(email);
        ApiTokens.Issued issued = tokens.issue(user.get());
        return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    /** Revokes the token this request was made with. */
    @AnyStaff
    @DeleteMapping
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }
}
