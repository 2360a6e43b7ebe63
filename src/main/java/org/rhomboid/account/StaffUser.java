package org.rhomboid.account;

import java.util.Set;
import java.util.UUID;

/** A member of a clinic's staff, as stored. */
public record StaffUser(UUID id, UUID clinicId, String email, String displayName, String passwordHash,
                        Set<Role> roles, String npi, boolean active) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
