package org.rhomboid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rhomboid.security.domain.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spends each request's budgets ({@link RateLimits}) before anything else works on it — before the password check,
 * the token look-up or the patient's link. Over budget: 429 with Retry-After, as problem+json for the API and the
 * calm error page for people (through the error page, which knows both).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final RateLimits limits;
    private final RequestCounter counter;

    RateLimitFilter(RateLimits limits, RequestCounter counter) {
        this.limits = limits;
        this.counter = counter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
        for (RateLimits.Budget budget : limits.budgetsFor(request.getMethod(), path, request.getRemoteAddr(), token)) {
            RequestCounter.Count count = counter.take(budget.key(), limits.window());
            if (count.requests() > budget.limit()) {
                response.setHeader("Retry-After", String.valueOf(count.secondsLeft()));
                if (org.rhomboid.web.OperationOutcomes.isFhir(request)) {
                    org.rhomboid.web.OperationOutcomes.write(response, 429, "throttled", "Too many requests: wait as"
                            + " long as Retry-After says.");
                } else if (path.startsWith("/api/")) {
                    ProblemResponses.write(response, 429, "Too many requests",
                            "This " + (budget.kind().equals("api-token") ? "token" : "address") + " has sent more"
                                    + " requests than allowed in a short time. Wait as long as Retry-After says.",
                            request.getRequestURI());
                } else {
                    response.sendError(429);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
