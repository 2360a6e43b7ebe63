package org.rhomboid.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR errors answered before the FHIR server runs (the input edge, rate limits, sign-in, the database away): an
 * OperationOutcome like the server's own, so a FHIR client reads every refusal the same way.
 */
public final class OperationOutcomes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OperationOutcomes() {
    }

    /** Whether the request is for the FHIR server at /fhir. */
    public static boolean isFhir(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    /** {@code code}: the FHIR issue type (invalid, login, forbidden, throttled, transient…). */
    public static void write(HttpServletResponse response, int status, String code, String diagnostics)
            throws IOException {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", code);
        issue.put("diagnostics", diagnostics);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", List.of(issue));
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(outcome));
    }
}
