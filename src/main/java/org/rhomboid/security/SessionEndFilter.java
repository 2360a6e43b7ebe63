package org.rhomboid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.UserRepository;
import org.rhomboid.security.domain.SessionCheck;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in web request against the account as it stands now (one small row): a deactivated account,
 * or one whose security stamp moved on (role or password change), ends the session at once; so does the absolute
 * lifetime. The session keeps only the stamp and sign-in time it began with, so the check works the same when
 * sessions live in PostgreSQL and several nodes serve them. A password set by the administrator sends the person to
 * choose their own before anything else; a password alone then leads only to giving the second factor, or to
 * setting one up where the clinic requires it.
 */
class SessionEndFilter extends OncePerRequestFilter {

    /** What any page is made of, and signing out: reachable whatever the session still owes. */
    private static final List<String> ALWAYS = List.of("/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico", "/error");
    /** Reachable while a password change is required: the change itself. */
    private static final List<String> WHILE_CHANGING = with("/account/password");
    /** Reachable after the password while the second factor is still owed: giving it (a code or a passkey). */
    private static final List<String> WHILE_VERIFYING = with("/account/second-factor", "/webauthn/authenticate/",
            "/login/webauthn");
    /** Reachable while the clinic's required second factor is not set up yet: setting one up. */
    private static final List<String> WHILE_SETTING_UP = with("/account/sign-in-security", "/webauthn/register");

    private final UserRepository users;
    private final SessionCheck check;

    SessionEndFilter(UserRepository users, SessionCheck check) {
        this.users = users;
        this.check = check;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StaffPrincipal me = StaffPrincipal.current().orElse(null);
        if (me == null) {
            chain.doFilter(request, response);
            return;
        }
        SessionCheck.Standing now = users.standing(me.clinicId(), me.userId())
                .map(s -> new SessionCheck.Standing(s.active(), s.securityStamp(), s.passwordChangeRequired(),
                        s.secondFactorRequired(), s.secondFactorSetUp()))
                .orElse(null);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (check.judge(me.securityStamp(), me.signedInAt(), me.secondFactorGiven(), now, Instant.now())) {
            case ACCOUNT_CHANGED -> end(request, response, "/login?ended");
            case TOO_OLD -> end(request, response, "/login?timedOut");
            case MUST_CHANGE_PASSWORD -> onlyTo(WHILE_CHANGING, "/account/password", path, request, response, chain);
            case MUST_GIVE_SECOND_FACTOR ->
                    onlyTo(WHILE_VERIFYING, "/account/second-factor", path, request, response, chain);
            case MUST_SET_UP_SECOND_FACTOR ->
                    onlyTo(WHILE_SETTING_UP, "/account/sign-in-security", path, request, response, chain);
            case GOES_ON -> chain.doFilter(request, response);
        }
    }

    private static List<String> with(String... pages) {
        List<String> reachable = new java.util.ArrayList<>(ALWAYS);
        reachable.addAll(List.of(pages));
        return List.copyOf(reachable);
    }

    private static void onlyTo(List<String> reachable, String page, String path, HttpServletRequest request,
                               HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (reachable.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else {
            redirect(request, response, page);
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String to) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        redirect(request, response, to);
    }

    /** htmx swaps a redirect into the page; HX-Redirect makes it load the whole page instead. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String to) throws IOException {
        String location = request.getContextPath() + to;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", location);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(location);
        }
    }
}
