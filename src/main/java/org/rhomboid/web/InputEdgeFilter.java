package org.rhomboid.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rhomboid.shared.domain.PlainText;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge every request passes before anything reads it (ahead of Spring Security, whose CSRF check reads the form).
 * It refuses what no page or client of ours sends, with a 4xx instead of the 500 it used to become deep inside —
 * a content type that can't be parsed or names a wildcard, multipart sent to the JSON API or without a boundary (415
 * for the API, 400 for pages), a form or query string that is not valid UTF-8 or has too many fields (400), a field
 * longer than {@link PlainText#MAX_FIELD_LENGTH} (413) — and hands on a request whose fields are
 * {@link CleanedParameters}.
 * JSON strings are checked where they are read ({@link JsonTextRules}). Web answers go through the error page, API
 * answers as problem+json ({@link ErrorPages}).
 */
final class InputEdgeFilter extends OncePerRequestFilter {

    private static final int UNSUPPORTED = HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;

    private final long maxUploadBytes;

    /** @param maxUploadBytes multipart bodies larger than this are left to the upload limits, unread */
    InputEdgeFilter(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || OperationOutcomes.isFhir(request);
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException unreadable) {
            refuse(request, response, api ? UNSUPPORTED : 0, "The Content-Type header can't be read.");
            return;
        }
        if (type != null && (type.isWildcardType() || type.isWildcardSubtype())) {
            refuse(request, response, api ? UNSUPPORTED : 0, "The Content-Type header must name one type, not a wildcard.");
            return;
        }
        boolean multipart = type != null && type.getType().equals("multipart");
        String boundary = type == null ? null : type.getParameter("boundary");
        if (multipart && (api || boundary == null || boundary.isBlank() || boundary.equals("\"\""))) {
            // The API reads JSON only; a form without a boundary can't be read. Spring would try to parse the parts
            // before any route is chosen, and again for the error page.
            refuse(request, response, api ? UNSUPPORTED : 0, "The form could not be read.");
            return;
        }
        CleanedParameters cleaned = new CleanedParameters(request);
        if (!multipart || request.getContentLengthLong() <= maxUploadBytes) {
            int longest;
            try {
                longest = cleaned.longestValue();
            } catch (IllegalStateException | IllegalArgumentException unreadable) {
                // Tomcat: not valid UTF-8, too many fields, form fields over its post size, a broken multipart body.
                refuse(request, response, api ? HttpServletResponse.SC_BAD_REQUEST : 0, "The form could not be read.");
                return;
            }
            if (longest > PlainText.MAX_FIELD_LENGTH) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(cleaned, response);
    }

    /**
     * Answers here rather than through the error page, which would read the same unreadable body again: problem+json
     * for the API (given its status), a plain 400 page for people (no script, no inline style).
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int apiStatus, String why)
            throws IOException {
        boolean fhir = OperationOutcomes.isFhir(request);
        response.setCharacterEncoding("UTF-8");
        // Spring Security's header writer has not run yet: the same protections, for this answer.
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (apiStatus != 0 && fhir) {
            OperationOutcomes.write(response, apiStatus, apiStatus == UNSUPPORTED ? "not-supported" : "invalid",
                    why + " Send FHIR JSON or XML (application/fhir+json, application/fhir+xml).");
        } else if (apiStatus != 0) {
            boolean unsupported = apiStatus == UNSUPPORTED;
            response.setStatus(apiStatus);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\""
                    + (unsupported ? "Unsupported Media Type" : "Bad Request") + "\",\"status\":" + apiStatus
                    + ",\"detail\":\"" + why + " Send a JSON request body with Content-Type: application/json.\"}");
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Problem"
                    + "</title><link rel=\"stylesheet\" href=\"/css/rhomboid.css\"></head>"
                    + "<body><main class=\"page narrow\">"
                    + "<h1>Something went wrong</h1><p>" + why + " Go back and send it again.</p>"
                    + "<p><a class=\"button\" href=\"/patients\">Back to patients</a></p></main></body></html>");
        }
    }
}
