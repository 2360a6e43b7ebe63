package org.rhomboid.clinic;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which clinic the current thread works for. Normally that is the signed-in user's clinic; start-up
 * work (demo seeding, first admin) names the clinic explicitly with {@link #callAs}.
 * The transaction manager hands this to PostgreSQL so row-level security can enforce it.
 */
public final class ClinicScope {

    private static final ThreadLocal<UUID> explicit = new ThreadLocal<>();

    private ClinicScope() {
    }

    public static Optional<UUID> current() {
        UUID clinic = explicit.get();
        if (clinic != null) {
            return Optional.of(clinic);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClinicMember member) {
            return Optional.of(member.clinicId());
        }
        return Optional.empty();
    }

    /** The current clinic; failing here means a code path forgot to establish who is acting. */
    public static UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No clinic in scope"));
    }

    public static <T> T callAs(UUID clinicId, Supplier<T> work) {
        UUID previous = explicit.get();
        explicit.set(clinicId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                explicit.remove();
            } else {
                explicit.set(previous);
            }
        }
    }

    public static void runAs(UUID clinicId, Runnable work) {
        callAs(clinicId, () -> {
            work.run();
            return null;
        });
    }
}
