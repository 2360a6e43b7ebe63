package org.rhomboid.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.web.OpenWithoutSignIn;
import org.rhomboid.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges a user's credentials for an API bearer token, and revokes tokens. */
@RestController
@RequestMapping("/api/v1/auth/token")
class AuthApiController {

    record TokenRequest(@NotBlank(message = "Enter the username (e-mail)") @Size(max = 254) String username,
                        @NotBlank(message = "Enter the password") @Size(max = 200) String password) {}

    record TokenResponse(String token, Instant expiresAt) {}


    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    /** Compared against when the user does not exist, so a miss takes as long as a wrong password. */
    private final String noSuchUserHash;

    private final SignInGuard guard;

    AuthApiController(UserRepository users, PasswordEncoder passwords, ApiTokens tokens, SignInGuard guard) {
        this.guard = guard;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.noSuchUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @OpenWithoutSignIn
    @PostMapping
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request) {
        var user = users.findByEmail(request.username().strip());
        boolean matches = passwords.matches(request.password(),
                user.map(StaffUser::passwordHash).orElse(noSuchUserHash));
        if (user.isPresent() && guard.locked(request.username())) {
            return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Account locked",
                    "Too many failed sign-ins; try again later or ask your clinic administrator");
        }
        if (user.isPresent() && !matches) {
            guard.failed(request.username());
        }
        if (user.isEmpty() || !matches || !user.get().active()) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "Invalid credentials",
                    "The username or password is wrong, or the account is deactivated");
        }
        guard.succeeded(request.username());
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
