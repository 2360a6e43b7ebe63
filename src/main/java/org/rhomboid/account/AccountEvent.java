package org.rhomboid.account;

import java.util.UUID;

/**
 * Something that happened to an account that the audit trail records (the audit feature listens; accounts don't
 * know about it): an API token issued or revoked, a member of staff added or changed, a second factor enrolled.
 * Published inside the change's transaction; recorded only once it commits.
 *
 * @param clinicId     the account's clinic, whose trail records it
 * @param actorId      who did it: the signed-in member of staff, or the account itself (null for Rhomboid itself)
 * @param actorName    the actor's e-mail, or "rhomboid" when Rhomboid did it (first start, the demo clinic)
 * @param action       the audit action's name (TOKEN_ISSUED, TOKEN_REVOKED, CREATE, UPDATE, MFA_ENROLLED…)
 * @param resourceType what it concerns ("ApiToken", "Staff")
 * @param resourceId   the account (or token) it concerns
 * @param detail       what changed, in words without patient data (e.g. "deactivated", "NPI changed")
 */
public record AccountEvent(UUID clinicId, UUID actorId, String actorName, String action, String resourceType,
                           Object resourceId, String detail) {

    /** Done to {@code account} by whoever is signed in, or by the account itself when nobody is. */
    public static AccountEvent on(StaffUser account, String action, String resourceType, Object resourceId,
                                  String detail) {
        return StaffPrincipal.current()
                .map(staff -> new AccountEvent(account.clinicId(), staff.userId(), staff.email(), action, resourceType,
                        resourceId, detail))
                .orElseGet(() -> new AccountEvent(account.clinicId(), null, "rhomboid", action, resourceType,
                        resourceId, detail));
    }

    /** Done by the account itself (a token it requested, a factor it enrolled). */
    public static AccountEvent by(StaffUser account, String action, String resourceType, Object resourceId,
                                  String detail) {
        return new AccountEvent(account.clinicId(), account.id(), account.email(), action, resourceType, resourceId,
                detail);
    }
}
