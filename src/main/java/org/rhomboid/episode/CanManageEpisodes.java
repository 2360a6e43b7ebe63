package org.rhomboid.episode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.rhomboid.account.Role;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Opening and changing episodes: therapists, the front desk (who open an episode to send the intake) and
 * clinic administrators. Assistants and billers read them.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('PT', 'FRONT_DESK', 'CLINIC_ADMIN')")
public @interface CanManageEpisodes {

    /** The same roles as the expression above, for pages that show or hide the controls. */
    Set<Role> ROLES = Set.of(Role.PT, Role.FRONT_DESK, Role.CLINIC_ADMIN);
}
