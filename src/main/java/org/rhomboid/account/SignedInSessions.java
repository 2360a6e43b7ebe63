package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Makes a staff principal this web session's own — after a second factor, or a passkey sign-in — under a new
 * session id (as at any sign-in, so an id known before can't ride on the stronger sign-in).
 */
final class SignedInSessions {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignedInSessions() {
    }

    static void become(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        CONTEXTS.saveContext(context, request, response);
    }

    /** Puts back what the session held (a refused passkey leaves the password sign-in as it was, or nobody). */
    static void restore(org.springframework.security.core.Authentication earlier, HttpServletRequest request,
                        HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (earlier != null) {
            context.setAuthentication(earlier);
        }
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
