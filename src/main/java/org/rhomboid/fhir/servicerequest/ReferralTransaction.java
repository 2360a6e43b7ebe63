package org.rhomboid.fhir.servicerequest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.rhomboid.fhir.FhirOperations;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a transaction Bundle that carries an incoming referral: a Patient (fullUrl urn:uuid) and
 * a ServiceRequest whose subject references it. The referral goes to the referral inbox; the Patient is held with
 * it (registered only when the front desk files the referral), so its entry answers 202 Accepted.
 */
@Component
class ReferralTransaction implements FhirOperations {

    private final ReferralIntake intake;
    private final FhirContext context;

    ReferralTransaction(ReferralIntake intake, FhirContext context) {
        this.intake = intake;
        this.context = context;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw unprocessable("Bundle.type", "Send a transaction Bundle");
        }
        List<Bundle.BundleEntryComponent> requests = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (!(entry.getResource() instanceof Patient) && !(entry.getResource() instanceof ServiceRequest)) {
                throw unprocessable("Bundle.entry.resource",
                        "A referral Bundle holds a ServiceRequest and its Patient only");
            }
            if (entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                throw unprocessable("Bundle.entry.request.method", "Each entry is created (POST)");
            }
            if (entry.getResource() instanceof ServiceRequest) {
                requests.add(entry);
            }
        }
        if (requests.size() != 1) {
            throw unprocessable("Bundle.entry", "Send exactly one ServiceRequest");
        }
        ServiceRequest request = (ServiceRequest) requests.get(0).getResource();
        String subject = request.getSubject().getReference();
        Bundle.BundleEntryComponent patientEntry = null;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient && (sameAs(entry.getFullUrl(), subject)
                    || request.getSubject().getResource() == patient)) {
                patientEntry = entry;
            }
        }
        if (patientEntry == null && bundle.getEntry().size() > 1) {
            throw unprocessable("ServiceRequest.subject", "Reference the Bundle's Patient by its fullUrl");
        }
        UUID id = intake.receive(request, patientEntry == null ? null : (Patient) patientEntry.getResource());

        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            if (entry == requests.get(0)) {
                answer.setStatus("201 Created").setLocation("ServiceRequest/" + id);
            } else {
                answer.setStatus("202 Accepted");
            }
        }
        return response;
    }

    private static boolean sameAs(String fullUrl, String reference) {
        return fullUrl != null && reference != null && fullUrl.equals(reference);
    }

    private UnprocessableEntityException unprocessable(String element, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(element + ": " + message)
                .addExpression(element);
        return new UnprocessableEntityException(context, outcome);
    }
}
