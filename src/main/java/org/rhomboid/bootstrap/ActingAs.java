package org.rhomboid.bootstrap;

import java.util.function.Supplier;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.StaffUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the demo seeding acts as, as a request would carry it: a member of the demo staff (the services take the
 * signer, author and audit user from the signed-in principal), or nobody, for what the patient does through their
 * own link. The clinic comes from the founding's {@code ClinicScope}; the previous security context is restored.
 */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T staff(StaffUser user, Supplier<T> work) {
        StaffPrincipal principal = new StaffPrincipal(user);
        return within(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                work);
    }

    static void staff(StaffUser user, Runnable work) {
        staff(user, () -> {
            work.run();
            return null;
        });
    }

    /** The patient, through their intake or portal link: no member of staff is signed in. */
    static <T> T patient(Supplier<T> work) {
        return within(null, work);
    }

    private static <T> T within(UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
