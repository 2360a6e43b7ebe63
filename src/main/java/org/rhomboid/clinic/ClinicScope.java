package org.rhomboid.clinic;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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

    /**
     * The clinic a request without a signed-in member was served for (a patient's link, once its clinic is known),
     * so that the page it renders afterwards — outside {@link #callAs} — still writes dates the clinic's way.
     */
    public static Optional<UUID> servedFor() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object clinic = request == null ? null : request.getAttribute(SERVED_FOR, RequestAttributes.SCOPE_REQUEST);
        return clinic instanceof UUID id ? Optional.of(id) : Optional.empty();
    }

    private static final String SERVED_FOR = ClinicScope.class.getName() + ".servedFor";

    public static <T> T callAs(UUID clinicId, Supplier<T> work) {
        UUID previous = explicit.get();
        explicit.set(clinicId);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(SERVED_FOR, RequestAttributes.SCOPE_REQUEST) == null) {
            request.setAttribute(SERVED_FOR, clinicId, RequestAttributes.SCOPE_REQUEST);
        }
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
