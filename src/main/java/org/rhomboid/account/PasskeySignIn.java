package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.stereotype.Component;

/**
 * After Spring Security has verified a passkey (POST /login/webauthn): the session becomes the staff account's own,
 * signed in with both factors, under a new session id. Refused — and the session left as it was — when the account
 * is deactivated, or when a password was given for someone else in this session (a passkey completes a sign-in,
 * it does not switch people). Answers as Spring's script expects: {"authenticated": true, "redirectUrl": …}.
 */
@Component
public class PasskeySignIn implements AuthenticationSuccessHandler {

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    PasskeySignIn(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Optional<StaffPrincipal> before = previous(request);
        Optional<StaffUser> user = authentication.getPrincipal() instanceof PublicKeyCredentialUserEntity entity
                ? users.findByEmail(entity.getName()) : Optional.empty();
        Optional<AccountStanding> standing = user.flatMap(u -> users.standing(u.clinicId(), u.id()));
        boolean someoneElse = before.isPresent() && user.isPresent() && !before.get().userId().equals(user.get().id());
        if (user.isEmpty() || standing.isEmpty() || !standing.get().active() || someoneElse) {
            user.ifPresent(u -> events.publishEvent(new SignInRefused(u.email(), someoneElse
                    ? "passkey of another account than the password given" : "account deactivated")));
            SignedInSessions.restore(before.isPresent() ? previousAuthentication(request) : null, request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"authenticated\":false}");
            return;
        }
        SignedInSessions.become(StaffPrincipal.signedInWithPasskey(user.get(), standing.get().securityStamp()),
                request, response);
        events.publishEvent(AccountEvent.by(user.get(), "SIGN_IN", "Session", null,
                before.isPresent() ? "password and passkey" : "passkey"));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath()
                + "/patients\"}");
    }

    /**
     * The password sign-in this session had before the passkey, if any: Spring's filter keeps its own result in the
     * request only (see SecurityConfig), so the session still holds what came before.
     */
    private Optional<StaffPrincipal> previous(HttpServletRequest request) {
        Authentication earlier = previousAuthentication(request);
        return earlier != null && earlier.getPrincipal() instanceof StaffPrincipal staff
                ? Optional.of(staff) : Optional.empty();
    }

    private static Authentication previousAuthentication(HttpServletRequest request) {
        var session = request.getSession(false);
        Object stored = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context ? context.getAuthentication() : null;
    }
}
