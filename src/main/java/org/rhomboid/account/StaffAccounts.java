package org.rhomboid.account;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.rhomboid.account.domain.CommonPasswords;
import org.rhomboid.account.domain.PasswordPolicy;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.domain.Npi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts of the caller's clinic: adding, deactivating, roles and passwords. Every change that alters what
 * an account may do — deactivation, a role change, a new password — moves its security stamp on and revokes its API
 * tokens, so every session and token it had ends at once.
 */
@Service
@Transactional
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** Said when another clinic has the address: the same words whoever has it, and no clinic named. */
    public static final String EMAIL_UNAVAILABLE = "This e-mail address can’t be used for a new account. Use the"
            + " person’s own work address at this clinic, or ask Rhomboid support";
    public static final String EMAIL_ON_YOUR_STAFF = "Someone on your staff already signs in with this e-mail";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    StaffAccounts(UserRepository users, PasswordEncoder passwords, ApiTokens tokens, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
        this.passwords = passwords;
        this.tokens = tokens;
        this.policy = new PasswordPolicy(CommonPasswords.shipped());
    }

    /**
     * An account whose password its owner chose or was given on purpose (the demo clinic, tests, founding): no
     * change is asked at first sign-in. An administrator adding staff uses {@link #addStaff} instead.
     */
    public StaffUser create(String email, String displayName, String password, Set<Role> roles, String npi) {
        return create(email, displayName, password, roles, npi, false);
    }

    /** The administrator adds a member of staff with a first password, which they change at first sign-in. */
    public StaffUser addStaff(String email, String displayName, String password, Set<Role> roles, String npi) {
        return create(email, displayName, password, roles, npi, true);
    }

    public StaffUser create(String email, String displayName, String password, Set<Role> roles, String npi,
                            boolean passwordChangeRequired) {
        String normalizedEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalizedEmail).matches()) {
            throw new FieldProblemException("email", "Enter a valid e-mail address");
        }
        UUID clinic = ClinicScope.require();
        users.clinicOfEmail(normalizedEmail).ifPresent(holder -> {
            throw new FieldProblemException("email", holder.equals(clinic) ? EMAIL_ON_YOUR_STAFF : EMAIL_UNAVAILABLE);
        });
        String name = displayName == null ? "" : displayName.strip();
        checkPassword("password", password, normalizedEmail, name);
        if (roles.isEmpty()) {
            throw new FieldProblemException("roles", "Choose at least one role");
        }
        StaffUser user = new StaffUser(UUID.randomUUID(), clinic, normalizedEmail, name, passwords.encode(password),
                Set.copyOf(roles), npi == null || npi.isBlank() ? null : npi.strip(), true);
        users.insert(user, passwordChangeRequired);
        events.publishEvent(AccountEvent.on(user, "CREATE", "Staff", user.id(), "added with roles " + roleNames(roles)
                + (passwordChangeRequired ? "; first password to change at first sign-in" : "")));
        return user;
    }

    /** Deactivation and reactivation both end the account's sessions and revoke its API tokens. */
    public void setActive(UUID userId, boolean active) {
        if (users.setActive(ClinicScope.require(), userId, active) == 0) {
            throw new NotFoundException("User");
        }
        changed(find(userId), active ? "reactivated" : "deactivated");
    }

    /** New roles take effect at the next sign-in: every session and token under the old ones ends now. */
    public void setRoles(UUID userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new FieldProblemException("roles", "Choose at least one role");
        }
        if (users.setRoles(ClinicScope.require(), userId, roles) == 0) {
            throw new NotFoundException("User");
        }
        changed(find(userId), "roles changed to " + roleNames(roles));
    }

    /** The administrator sets a new first password: sessions and tokens end, and the person must change it. */
    public void resetPassword(UUID userId, String password) {
        StaffUser user = find(userId);
        checkPassword("password", password, user.email(), user.displayName());
        users.setPassword(user.clinicId(), userId, passwords.encode(password), true);
        changed(user, "new first password set by an administrator");
    }

    /** The person's own change: the current password proves it is them; every session and token ends. */
    public void changeOwnPassword(UUID userId, String currentPassword, String newPassword) {
        StaffUser user = find(userId);
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new FieldProblemException("currentPassword", "This is not your current password");
        }
        checkPassword("newPassword", newPassword, user.email(), user.displayName());
        if (passwords.matches(newPassword, user.passwordHash())) {
            throw new FieldProblemException("newPassword", "Choose a password different from the one you have");
        }
        users.setPassword(user.clinicId(), userId, passwords.encode(newPassword), false);
        changed(user, "password changed by its owner");
    }

    /** The first reason a password would be refused for this person, if any (for checks before an account exists). */
    public java.util.Optional<String> passwordProblem(String password, String email, String name) {
        return policy.problem(password, email, name);
    }

    @Transactional(readOnly = true)
    public StaffUser find(UUID userId) {
        return users.find(ClinicScope.require(), userId).orElseThrow(() -> new NotFoundException("User"));
    }

    /** A clinician's NPI, which claims name as the rendering provider; blank removes it. */
    public void setNpi(UUID userId, String npi) {
        String value = npi == null || npi.isBlank() ? null : npi.strip();
        if (value != null && !Npi.isValid(value)) {
            throw new FieldProblemException("npi", "This is not a valid NPI: ten digits with a matching check digit");
        }
        if (users.setNpi(ClinicScope.require(), userId, value) == 0) {
            throw new NotFoundException("User");
        }
        StaffUser user = find(userId);
        events.publishEvent(AccountEvent.on(user, "UPDATE", "Staff", userId, value == null ? "NPI removed" : "NPI changed"));
    }

    /** A change to what the account may do: recorded, and its API tokens revoked (its sessions end by the stamp). */
    private void changed(StaffUser user, String what) {
        events.publishEvent(AccountEvent.on(user, "UPDATE", "Staff", user.id(), what));
        tokens.revokeAll(user, what);
    }

    /** The roles as the administrator reads them on the audit page ("Biller, Physical therapist"). */
    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::label).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private void checkPassword(String field, String password, String email, String name) {
        policy.problem(password, email, name).ifPresent(problem -> {
            throw new FieldProblemException(field, problem);
        });
    }
}
