package org.rhomboid.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the API, written as RFC 9457 problem+json like every other API error. These happen in the
 * security filters, before Spring MVC and its problem handler, so they are serialised here.
 */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, "Unauthorized",
                    "Send a valid API token: Authorization: Bearer <token> (POST /api/v1/auth/token issues one)",
                    request.getRequestURI());
        };
    }

    static AuthenticationEntryPoint unauthorizedScrape() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, "Unauthorized",
                    "Send the scrape token: Authorization: Bearer <RHOMBOID_METRICS_TOKEN> (docs/operations.md)",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, 403, "Forbidden",
                "Your role does not allow this action", request.getRequestURI());
    }

    static AuthenticationEntryPoint unauthorizedFhir() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            org.rhomboid.web.OperationOutcomes.write(response, 401, "login",
                    "Send a valid API token: Authorization: Bearer <token> (POST /api/v1/auth/token issues one)");
        };
    }

    static AccessDeniedHandler forbiddenFhir() {
        return (request, response, exception) -> org.rhomboid.web.OperationOutcomes.write(response, 403, "forbidden",
                "Your role does not allow this");
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
