package org.rhomboid.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem+json responses, with field-level messages in an {@code errors} array. */
public final class Problems {

    /** One field-level message; a null field means the message is about the request as a whole. */
    public record FieldMessage(String field, String message) {}

    private Problems() {
    }

    public static ResponseEntity<Object> of(HttpStatus status, String title, String detail) {
        return of(status, title, detail, List.of());
    }

    /**
     * A problem a client is expected to act on by its kind (a second factor needed, say): its type is
     * https://rhomboid.org/problems/{kind}, documented in docs/api.md.
     */
    public static ResponseEntity<Object> typed(HttpStatus status, String kind, String title, String detail) {
        ResponseEntity<Object> problem = of(status, title, detail, List.of());
        ((ProblemDetail) problem.getBody()).setType(URI.create("https://rhomboid.org/problems/" + kind));
        return problem;
    }

    public static ResponseEntity<Object> of(HttpStatus status, String title, String detail, List<FieldMessage> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> e.field() == null ? Map.of("message", e.message())
                                                : Map.of("field", e.field(), "message", e.message()))
                    .toList());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
