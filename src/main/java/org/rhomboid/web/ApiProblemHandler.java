package org.rhomboid.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.web.Problems.FieldMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error is RFC 9457 problem+json. Input problems name the field and say what to send instead;
 * nothing internal (stack traces, SQL, class names) ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldMessage(null, error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields need attention", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The deepest cause may be a java.time parse error; the Jackson exception above it knows the field.
        Throwable cause = jacksonCause(ex);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "Unknown field", "Unknown field '" + path(unknown) + "'",
                    List.of(new FieldMessage(path(unknown), "is not a field of this resource; known fields: "
                            + unknown.getKnownPropertyIds())));
        }
        if (cause instanceof InvalidFormatException refused && refused.getTargetType() == String.class) {
            // JsonTextRules: control characters, a lone surrogate or too long; its message says which.
            return fieldProblem(path(refused), refused.getOriginalMessage());
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return fieldProblem(path(invalid), "'" + invalid.getValue() + "' is not one of: " + allowed);
        }
        if (cause instanceof MismatchedInputException mismatch && !path(mismatch).isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            return fieldProblem(path(mismatch), "has the wrong type; expected " + expected);
        }
        if (cause instanceof DatabindException databind && !path(databind).isEmpty()) {
            // A record that refused its values says why; pass that on rather than a generic message.
            Throwable refused = databind.getCause();
            return fieldProblem(path(databind), refused instanceof IllegalArgumentException
                    && refused.getMessage() != null ? refused.getMessage() : "has an invalid value");
        }
        if (cause instanceof JacksonException json) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                    "The request body is not valid JSON: " + json.getOriginalMessage(), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "Missing or unreadable body",
                "Send a JSON request body with Content-Type: application/json", List.of());
    }

    @ExceptionHandler(FieldProblemException.class)
    ResponseEntity<Object> fieldRule(FieldProblemException ex) {
        return fieldProblem(ex.field(), ex.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException ex) {
        List<FieldMessage> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields need attention", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        if (UUID.class.equals(ex.getRequiredType())) {
            // An id that cannot exist is as absent as one from another clinic.
            return problem(HttpStatus.NOT_FOUND, "Not found", "No such " + ex.getName(), List.of());
        }
        return fieldProblem(ex.getName(), "has an invalid value");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Edit conflict", ex.getMessage(), List.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex) {
        return problem(HttpStatus.CONFLICT, "Already exists",
                "Another record already uses one of these unique values; search before creating", List.of());
    }

    @ExceptionHandler(org.rhomboid.shared.RestrictedRecordException.class)
    ResponseEntity<Object> restricted(org.rhomboid.shared.RestrictedRecordException ex) {
        return problem(HttpStatus.FORBIDDEN, "Restricted record", "This record is restricted to the patient's care"
                + " team; emergency access is given in the web application, with a reason", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (DatabaseUnavailable.causedBy(ex)) {
            log.warn("API request answered 503: the database is unavailable ({})", ex.getClass().getName());
            return DatabaseUnavailable.problem();
        }
        String incident = UUID.randomUUID().toString();
        // Messages can quote patient data (e.g. a failing row), so only types and the stack go to the log.
        log.error("Unexpected API error, incident {}: {}", incident, Errors.causeChain(ex));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on our side. Quote incident " + incident + " to support.", List.of());
    }

    private ResponseEntity<Object> fieldProblem(String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message,
                List.of(new FieldMessage(field, message)));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
                                                  List<FieldMessage> errors) {
        return Problems.of(status, title, detail, errors);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Spring's own problems (405, 415, 404 for unknown paths, ...) keep its wording but our media type.
        return ResponseEntity.status(statusCode).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static Throwable jacksonCause(Throwable ex) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return ex;
    }

    private static String path(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "an id (UUID)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
