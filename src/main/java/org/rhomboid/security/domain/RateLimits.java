package org.rhomboid.security.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which request budgets a request spends, counted per fixed window: sign-ins (the web form and the API token) and
 * patient-link pages (intake, measures, exercise portal) and therapists' calendar feeds per source address; the API per address and per token.
 * Generous defaults: they stop floods and scripted abuse, not people; password guessing has its own, tighter rule.
 */
public record RateLimits(Duration window, int signInsPerAddress, int patientLinksPerAddress, int apiPerAddress,
                         int apiPerToken) {

    /** One budget: what is counted (a kind and the address or token it belongs to) and how many requests it allows. */
    public record Budget(String kind, String subject, int limit) {
        public String key() {
            return kind + "|" + subject;
        }
    }

    public RateLimits {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate-limit window must be positive");
        }
    }

    /**
     * The budgets a request spends; none for staff pages, whose users have signed in (and pass the idle timeout,
     * session checks and CSRF), or for a limit set to 0 (off).
     *
     * @param bearerToken the token the request carries, or null
     */
    public List<Budget> budgetsFor(String method, String path, String address, String bearerToken) {
        List<Budget> budgets = new ArrayList<>();
        boolean signIn = "POST".equals(method) && (path.equals("/login") || path.equals("/api/v1/auth/token"));
        if (signIn) {
            add(budgets, "sign-in", address, signInsPerAddress);
        }
        if (path.startsWith("/intake/") || path.startsWith("/measures/") || path.startsWith("/portal/")
                || path.startsWith("/calendar/")) {
            add(budgets, "patient-link", address, patientLinksPerAddress);
        }
        if (path.startsWith("/api/") && !signIn) {
            add(budgets, "api", address, apiPerAddress);
            if (bearerToken != null && !bearerToken.isBlank()) {
                add(budgets, "api-token", bearerToken, apiPerToken);
            }
        }
        return budgets;
    }

    private static void add(List<Budget> budgets, String kind, String subject, int limit) {
        if (limit > 0 && subject != null) {
            budgets.add(new Budget(kind, subject, limit));
        }
    }
}
