package org.rhomboid.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rhomboid.shared.domain.PlainText;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartException;

/**
 * Whatever escapes the controllers (unknown paths, errors in filters) ends here: problem+json for the API,
 * a calm page for people. Never a stack trace, never the exception's message.
 */
@Controller
@OpenWithoutSignIn
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = "application/problem+json")
    ResponseEntity<Object> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return Problems.of(status, status.getReasonPhrase(), describe(status));
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            return problem(request);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", describe(status));
        return "error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        // A multipart form Spring cannot take apart (a part's name with a line break in it breaks its header) fails
        // before any controller: the request was bad, not the server.
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = thrown instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof MultipartException) {
                return HttpStatus.BAD_REQUEST;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String describe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing here. It may have been moved, or it belongs to another clinic.";
            case FORBIDDEN -> "Your role does not allow this. Ask your clinic administrator if you need access.";
            case UNAUTHORIZED -> "Please sign in.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
            case BAD_REQUEST -> "The request could not be understood.";
            case TOO_MANY_REQUESTS -> "There were many requests from here in a short time. Please wait a minute,"
                    + " then try again; nothing you saved is lost.";
            case CONTENT_TOO_LARGE -> "A field held more than "
                    + String.format(java.util.Locale.ROOT, "%,d", PlainText.MAX_FIELD_LENGTH)
                    + " characters, more than any field keeps. Go back, shorten it and send again.";
            case SERVICE_UNAVAILABLE -> "Rhomboid cannot reach its database just now. What you just sent was not"
                    + " saved: wait a few seconds, then try again. Everything saved before is safe.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send a JSON request body with Content-Type: application/json.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Your last change may not have been saved; please try again."
                    : status.getReasonPhrase();
        };
    }
}
