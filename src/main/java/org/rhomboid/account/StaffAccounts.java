package org.rhomboid.account;

import java.util.Set;
import java.util.UUID;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.domain.Npi;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and deactivating staff accounts of the caller's clinic. */
@Service
@Transactional
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt's limit (issue 15's password policy may lift it by hashing longer passwords first). */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;

    StaffAccounts(UserRepository users, PasswordEncoder passwords, ApiTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    public StaffUser create(String email, String displayName, String password, Set<Role> roles, String npi) {
        String normalizedEmail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(normalizedEmail).matches()) {
            throw new FieldProblemException("email", "Enter a valid e-mail address");
        }
        if (users.emailTaken(normalizedEmail)) {
            throw new FieldProblemException("email", "An account with this e-mail already exists");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new FieldProblemException("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // BCrypt reads at most 72 bytes and Spring Security refuses more; say so rather than fail.
            throw new FieldProblemException("password", "Use a shorter password: at most " + MAX_PASSWORD_BYTES
                    + " bytes (72 letters without accents; fewer with accents or symbols)");
        }
        if (roles.isEmpty()) {
            throw new FieldProblemException("roles", "Choose at least one role");
        }
        StaffUser user = new StaffUser(UUID.randomUUID(), ClinicScope.require(), normalizedEmail, displayName.strip(),
                passwords.encode(password), Set.copyOf(roles), npi == null || npi.isBlank() ? null : npi.strip(), true);
        users.insert(user);
        return user;
    }

    /** Deactivation also revokes the person's API tokens: leaving staff lose access at once. */
    public void setActive(UUID userId, boolean active) {
        if (users.setActive(ClinicScope.require(), userId, active) == 0) {
            throw new org.rhomboid.shared.NotFoundException("User");
        }
        if (!active) {
            tokens.revokeAll(userId);
        }
    }

    /** A clinician's NPI, which claims name as the rendering provider; blank removes it. */
    public void setNpi(UUID userId, String npi) {
        String value = npi == null || npi.isBlank() ? null : npi.strip();
        if (value != null && !Npi.isValid(value)) {
            throw new FieldProblemException("npi", "This is not a valid NPI: ten digits with a matching check digit");
        }
        if (users.setNpi(ClinicScope.require(), userId, value) == 0) {
            throw new org.rhomboid.shared.NotFoundException("User");
        }
    }
}
