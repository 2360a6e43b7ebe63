package org.rhomboid.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Prometheus in with the scrape token (RHOMBOID_METRICS_TOKEN), compared in constant time. The credential is
 * no staff member: it carries the single authority {@value #AUTHORITY}, which no other route accepts, so a leaked
 * scrape token reads counters and timings and nothing about any patient. No token configured: nobody gets in.
 */
class MetricsScrapeFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "SCRAPE_METRICS";
    /** Shorter tokens are refused at start-up: the token is the endpoint's only lock. */
    static final int MIN_LENGTH = 32;
    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    MetricsScrapeFilter(String token) {
        if (!token.isEmpty() && token.length() < MIN_LENGTH) {
            throw new IllegalStateException("RHOMBOID_METRICS_TOKEN must be at least " + MIN_LENGTH
                    + " characters (e.g. openssl rand -hex 32), or empty to keep /actuator/prometheus closed");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (token.length > 0 && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && MessageDigest.isEqual(token, header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8))) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
