package org.rhomboid.account;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.access.Permission;
import org.rhomboid.clinic.ClinicMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff: who they are, which clinic they act for, what they may do. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, ClinicMember {

    @Serial
    private static final long serialVersionUID = 3L;

    private final UUID userId;
    private final UUID clinicId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean active;
    /** The account's security stamp when this person signed in; a newer one in the database ends the session. */
    private final int securityStamp;
    /** When the password was checked: the session's absolute lifetime counts from here. */
    private final Instant signedInAt;
    /** How this session gave its second factor ("passkey", "authenticator app", "recovery code"); null if it has not. */
    private final String secondFactor;
    private String passwordHash;

    /** An API token's principal: the token itself is revoked when the account changes. */
    public StaffPrincipal(StaffUser user) {
        this(user, -1);
    }

    /** A principal about to be checked against the password (web sign-in), with the account's stamp as read. */
    public StaffPrincipal(StaffUser user, int securityStamp) {
        this(user, securityStamp, Instant.now(), null);
    }

    private StaffPrincipal(StaffUser user, int securityStamp, Instant signedInAt, String secondFactor) {
        this.securityStamp = securityStamp;
        this.signedInAt = signedInAt;
        this.secondFactor = secondFactor;
        this.userId = user.id();
        this.clinicId = user.clinicId();
        this.email = user.email();
        this.displayName = user.displayName();
        this.roles = Set.copyOf(user.roles());
        this.active = user.active();
        this.passwordHash = user.passwordHash();
    }

    public UUID userId() {
        return userId;
    }

    /**
     * The same session's principal once it has given its second factor: the sign-in time stays (the absolute
     * lifetime counts from the password), the stamp too.
     */
    public StaffPrincipal withSecondFactor(String how) {
        StaffUser user = new StaffUser(userId, clinicId, email, displayName, null, roles, null, active);
        return new StaffPrincipal(user, securityStamp, signedInAt, how);
    }

    /** A sign-in with a passkey: both factors in one gesture. */
    public static StaffPrincipal signedInWithPasskey(StaffUser user, int securityStamp) {
        return new StaffPrincipal(user, securityStamp, Instant.now(), "passkey");
    }

    public boolean secondFactorGiven() {
        return secondFactor != null;
    }

    public String secondFactor() {
        return secondFactor;
    }

    public int securityStamp() {
        return securityStamp;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** The signed-in member of staff, if the current request has one (not the patient's intake, not the system). */
    public static java.util.Optional<StaffPrincipal> current() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                ? java.util.Optional.of(staff) : java.util.Optional.empty();
    }

    /** The id of the signed-in member of staff, or null when none is (the patient's intake, the system). */
    public static UUID currentUserId() {
        return current().map(StaffPrincipal::userId).orElse(null);
    }

    @Override
    public UUID clinicId() {
        return clinicId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether the product's role rule lets this member of staff do it. */
    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }

    /** For pages: {@code me.may('READ_CLINICAL_RECORDS')}; an unknown name fails loudly rather than hiding a link. */
    public boolean may(String permission) {
        return may(Permission.valueOf(permission));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + userId + "]";
    }
}
