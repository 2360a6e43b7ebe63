package org.rhomboid.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicMember;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What every page needs (who is signed in, today's date) and how pages show errors. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiAdvice {

    private static final Logger log = LoggerFactory.getLogger(UiAdvice.class);

    /** The signed-in member of staff, or null on pages anyone may see (sign-in, errors). */
    @ModelAttribute("me")
    ClinicMember me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ClinicMember staff ? staff : null;
    }

    private final ClinicDates dates;

    UiAdvice(ClinicDates dates) {
        this.dates = dates;
    }

    /** The clinic's today, in its own time zone. */
    @ModelAttribute("today")
    LocalDate today() {
        return dates.today();
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return error(model, HttpStatus.NOT_FOUND);
    }

    /** A change refused because the record is locked or moved on: say why, on a page, never as a 500. */
    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException ex, Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("message", ex.getMessage());
        return "error";
    }

    /** A post without a field the page always sends (a crafted or truncated request): a calm 400, not a 500. */
    @ExceptionHandler(ServletRequestBindingException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Model model) {
        return error(model, HttpStatus.BAD_REQUEST);
    }

    /** A restricted record: the page that offers to break the glass (EMERGENCY-ACCESS), never the record. */
    @ExceptionHandler(org.rhomboid.shared.RestrictedRecordException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String restricted(org.rhomboid.shared.RestrictedRecordException ex, Model model) {
        // Exception handlers don't get the @ModelAttribute methods' values: the page's layout needs "me".
        model.addAttribute("me", me());
        model.addAttribute("patientId", ex.patientId());
        return "patients/restricted";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        return error(model, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletResponse response) {
        if (DatabaseUnavailable.causedBy(ex)) {
            // Not a fault to investigate: the database is restarting or out of reach. Say so, and when to retry.
            log.warn("Page answered 503: the database is unavailable ({})", ex.getClass().getName());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
            return errorPage(HttpStatus.SERVICE_UNAVAILABLE);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error on a page, incident {}: {}", incident, Errors.causeChain(ex));
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR).addObject("incident", incident);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        return new ModelAndView("error", status).addObject("status", status.value())
                .addObject("message", ErrorPages.describe(status));
    }

    private static String error(Model model, HttpStatus status) {
        model.addAttribute("status", status.value());
        model.addAttribute("message", ErrorPages.describe(status));
        return "error";
    }
}
