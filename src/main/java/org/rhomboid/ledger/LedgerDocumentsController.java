package org.rhomboid.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.RecordsPatientPayments;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The PDFs given to the patient: a payment's receipt, and the statement of every visit billed with what insurance
 * paid and adjusted, what the patient paid and what is due. Dates of service and procedure descriptions only: no
 * clinical detail.
 */
@Controller
@RecordsPatientPayments
class LedgerDocumentsController {

    private final PatientLedger ledger;
    private final PdfRenderer documents;
    private final ClinicSettings clinic;
    private final ClinicDates clinicDates;

    LedgerDocumentsController(PatientLedger ledger, PdfRenderer documents, ClinicSettings clinic,
                              ClinicDates clinicDates) {
        this.ledger = ledger;
        this.documents = documents;
        this.clinic = clinic;
        this.clinicDates = clinicDates;
    }

    @GetMapping("/patients/{patientId}/payments/{paymentId}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable UUID patientId, @PathVariable UUID paymentId) {
        PatientLedger.PatientBalance balance = ledger.balance(patientId);
        LedgerRepository.PaymentRow payment = balance.payments().stream().filter(p -> p.id().equals(paymentId))
                .findFirst().orElseThrow(() -> new NotFoundException("Payment"));
        Map<String, Object> variables = variables(balance);
        variables.put("payment", payment);
        Map<String, java.time.LocalDate> serviceDates = new HashMap<>();
        balance.claims().forEach(c -> serviceDates.put(c.claimId(), c.serviceDate()));
        variables.put("serviceDates", serviceDates);
        return PdfDownload.inline(documents.render("documents/receipt", variables),
                "receipt-" + paymentId.toString().substring(0, 8) + ".pdf");
    }

    @GetMapping("/patients/{patientId}/statement")
    ResponseEntity<byte[]> statement(@PathVariable UUID patientId) {
        PatientLedger.PatientBalance balance = ledger.balance(patientId);
        return PdfDownload.inline(documents.render("documents/statement", variables(balance)),
                "statement-" + clinicDates.today() + ".pdf");
    }

    private Map<String, Object> variables(PatientLedger.PatientBalance balance) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("clinic", clinic.current());
        variables.put("patient", balance.patient());
        variables.put("balance", balance);
        variables.put("procedures", ProcedureCatalog.builtIn());
        variables.put("today", clinicDates.today());
        return variables;
    }
}
