package org.rhomboid.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.RestrictedRecordException;
import org.rhomboid.web.DatabaseUnavailable;
import org.rhomboid.web.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every failure as an OperationOutcome with its status, in words a developer can act on: Rhomboid's own exceptions
 * mapped as the JSON API maps them, and anything unexpected as a 500 naming an incident — its message never
 * leaves the server and never reaches the log, since messages can quote patient data.
 */
@Component
class FhirErrors implements FhirInterceptor {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);
    private static final java.util.Set<String> WRITES = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException answer(RequestDetails request, Throwable failure, HttpServletResponse response) {
        Throwable cause = failure instanceof InternalErrorException internal && internal.getCause() != null
                          ? internal.getCause() : failure;
        if (cause instanceof ca.uhn.fhir.rest.server.exceptions.InvalidRequestException
                && request.getRestOperationType() == null && request.getRequestType() != null
                && WRITES.contains(request.getRequestType().name())) {
            // HAPI answers 400 for an interaction no provider offers; a write Rhomboid doesn't take is a 405.
            return new ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException("This server does not take "
                    + request.getRequestType().name() + " here: it reads its records, and takes new patients and"
                    + " referrals only");
        }
        if (cause instanceof BaseServerResponseException known && known.getStatusCode() < 500) {
            return known;
        }
        if (cause instanceof NotFoundException) {
            return new ResourceNotFoundException("No such resource in this clinic");
        }
        if (cause instanceof RestrictedRecordException) {
            return new ForbiddenOperationException("This record is restricted to the patient's care team; emergency"
                    + " access is given in the web application, with a reason");
        }
        if (cause instanceof AccessDeniedException) {
            return new ForbiddenOperationException("Your role does not allow this");
        }
        if (cause instanceof ConflictException conflict) {
            return new ResourceVersionConflictException(conflict.getMessage());
        }
        if (cause instanceof FieldProblemException problem) {
            OperationOutcome outcome = new OperationOutcome();
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(problem.field() + ": " + problem.getMessage())
                    .addExpression(problem.field());
            return new UnprocessableEntityException(request.getFhirContext(), outcome);
        }
        if (DatabaseUnavailable.causedBy(cause)) {
            log.warn("FHIR request answered 503: the database is unavailable ({})", cause.getClass().getName());
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
            return new UnclassifiedServerFailureException(503, "Rhomboid cannot reach its database just now."
                    + " Nothing from this request was saved; try again in a few seconds.");
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected FHIR error, incident {}: {}", incident, Errors.causeChain(cause));
        return new InternalErrorException("Something went wrong on our side. Quote incident " + incident
                + " to support.");
    }
}
