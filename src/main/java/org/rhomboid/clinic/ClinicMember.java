package org.rhomboid.clinic;

import java.util.UUID;

/** Anyone acting inside one clinic: a signed-in user, or the system acting for a clinic. */
public interface ClinicMember {
    UUID clinicId();
}
