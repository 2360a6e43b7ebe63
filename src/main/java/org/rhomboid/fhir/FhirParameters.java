package org.rhomboid.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Map;
import org.rhomboid.shared.domain.PlainText;
import org.springframework.stereotype.Component;

/**
 * The input edge for FHIR searches: HAPI reads the query string itself, past the cleaning every form value gets
 * (web.CleanedParameters), so each parameter's name and value are held here to what the rest of Rhomboid accepts —
 * text without control characters or half surrogate pairs, at most 10,000 characters — and refused (400) otherwise.
 */
@Component
class FhirParameters implements FhirInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void check(RequestDetails request) {
        for (Map.Entry<String, String[]> parameter : request.getParameters().entrySet()) {
            refuseIfNotText(parameter.getKey(), "A parameter's name");
            for (String value : parameter.getValue()) {
                refuseIfNotText(value, parameter.getKey());
            }
        }
    }

    private static void refuseIfNotText(String text, String what) {
        if (text == null) {
            return;
        }
        String problem = PlainText.problem(text);
        if (problem != null) {
            throw new InvalidRequestException(PlainText.clean(what) + " " + problem);
        }
        if (text.length() > PlainText.MAX_FIELD_LENGTH) {
            throw new InvalidRequestException(what + " must be at most " + PlainText.MAX_FIELD_LENGTH + " characters");
        }
    }
}
