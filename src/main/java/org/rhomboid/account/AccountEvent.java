package org.rhomboid.account;

import java.util.UUID;

/**
 * Something that happened to an account that the audit trail records (the audit feature listens; accounts don't
 * know about it): an API token issued or revoked, a member of staff added or changed, a second factor enrolled.
 *
 * @param action       the audit action's name (TOKEN_ISSUED, TOKEN_REVOKED, CREATE, UPDATE, MFA_ENROLLED…)
 * @param resourceType what it concerns ("ApiToken", "Staff")
 * @param detail       what changed, in words without patient data (e.g. "deactivated", "NPI changed")
 */
public record AccountEvent(UUID clinicId, UUID userId, String username, String action, String resourceType,
                           Object resourceId, String detail) {
}
