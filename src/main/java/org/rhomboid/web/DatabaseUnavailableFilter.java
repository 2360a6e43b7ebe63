package org.rhomboid.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: the database failing where no controller advice sees it (the session and security filters
 * read it before any controller runs) is answered 503 here, problem+json for the API and a calm page for people,
 * instead of reaching the container as a 500.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Request answered 503: the database is unavailable ({})", failure.getClass().getName());
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
        // Spring Security's header writer may not have run: the same protections, for this answer.
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (OperationOutcomes.isFhir(request)) {
            OperationOutcomes.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "transient",
                    DatabaseUnavailable.DETAIL);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + DatabaseUnavailable.TITLE
                    + "\",\"status\":503,\"detail\":\"" + DatabaseUnavailable.DETAIL + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Please wait a"
                    + " moment</title><link rel=\"stylesheet\" href=\"/css/rhomboid.css\"></head>"
                    + "<body><main class=\"page narrow\"><h1>Please wait a moment</h1><p>"
                    + ErrorPages.describe(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE) + "</p>"
                    + "<p><a class=\"button\" href=\"/patients\">Back to patients</a></p></main></body></html>");
        }
    }
}
