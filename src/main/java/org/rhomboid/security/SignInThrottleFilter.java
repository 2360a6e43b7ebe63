package org.rhomboid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.rhomboid.account.SignInThrottle;
import org.rhomboid.account.domain.SignInDelay;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web form's side of {@link SignInThrottle}: while this e-mail or this address must wait, the password is not
 * checked at all and the sign-in page says how long to wait — the same for a real account as for an unknown one.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Duration wait = throttle.admit(email == null ? "" : email, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = SignInDelay.seconds(wait);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
    }
}
