package org.rhomboid.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the web session once there is one, and until then in an HttpOnly cookie. Showing the sign-in page
 * (or a patient's link page) to someone not signed in used to start a web session only to hold the form's token:
 * a row written to PostgreSQL, durably, for every visit to /login — anyone could fill the table, and a morning's
 * sign-in storm paid for it twice. The cookie is compared with the form's field as the session's token would be
 * (the double-submit pattern); signing in replaces it with a token kept in the new session, and removes the cookie.
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "SIGN_IN_CSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SignInCsrfTokens() {
        // The same names as the session's tokens, so a page's forms and htmx headers work with either.
        cookie.setCookieName(COOKIE);
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setParameterName("_csrf");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            session.saveToken(null, request, response);
            if (cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken kept = session.loadToken(request);
        return kept != null ? kept : cookie.loadToken(request);
    }
}
