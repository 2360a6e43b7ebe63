package org.rhomboid.remittance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rhomboid.account.access.Bills;
import org.rhomboid.remittance.domain.Adjustment;
import org.rhomboid.remittance.domain.ClaimPayment;
import org.rhomboid.remittance.domain.ProviderAdjustment;
import org.rhomboid.remittance.domain.Remittance;
import org.rhomboid.remittance.domain.RemittanceFileException;
import org.rhomboid.remittance.domain.ServicePayment;
import org.rhomboid.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Remittance advice (ANSI X12 835, 005010X221A1) posted by billers: the raw file as the body (application/edi-x12 or
 * text/plain). A dry run reads and matches it without posting; otherwise it is posted once per trace number.
 */
@RestController
@Bills
class RemittanceApiController {

    record PayerView(String name, String id) {}

    record PaymentView(String method, BigDecimal amount, LocalDate date, String traceNumber) {}

    record AdjustmentView(String group, String reason, BigDecimal amount) {}

    record ServiceView(String code, List<String> modifiers, int units, BigDecimal charged, BigDecimal paid,
                       List<AdjustmentView> adjustments, List<String> remarks) {}

    record ClaimView(String claimId, String status, BigDecimal charged, BigDecimal paid,
                     BigDecimal patientResponsibility, String payerClaimControlNumber,
                     List<AdjustmentView> adjustments, List<ServiceView> services, boolean matched,
                     List<String> remarks) {}

    record ProviderAdjustmentView(String reason, String reference, BigDecimal amount) {}

    record RemittanceView(PayerView payer, PaymentView payment, List<ClaimView> claims,
                          List<ProviderAdjustmentView> providerAdjustments,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean posted,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<RemittanceView> transactions) {}

    private final RemittancePosting posting;

    RemittanceApiController(RemittancePosting posting) {
        this.posting = posting;
    }

    @PostMapping("/api/v1/billing/remittances")
    @Operation(summary = "Read, match and post an 835 remittance advice (dryRun=true reads and matches only)")
    RemittanceView post(@RequestParam(defaultValue = "false") boolean dryRun,
                        @RequestHeader(value = "Content-Type", required = false) String contentType,
                        @RequestBody(required = false) String x12)
            throws org.springframework.web.HttpMediaTypeNotSupportedException {
        org.rhomboid.web.X12Requests.requireX12(contentType);
        // A file with several payments (ST/SE transactions) answers with the first at the top, as a one-payment file
        // does, and every payment, each with its own posted flag, under "transactions".
        List<RemittancePosting.Result> results = posting.postAll(x12, dryRun);
        RemittanceView first = view(results.get(0).remittance(), results.get(0).posted());
        if (results.size() == 1) {
            return first;
        }
        return new RemittanceView(first.payer(), first.payment(), first.claims(), first.providerAdjustments(),
                first.posted(), results.stream().map(r -> view(r.remittance(), r.posted())).toList());
    }

    @ExceptionHandler(RemittanceFileException.class)
    ResponseEntity<Object> malformed(RemittanceFileException ex) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Malformed 835", ex.getMessage(),
                List.of(new Problems.FieldMessage("segment " + ex.segment() + " at position " + ex.position(),
                        ex.getMessage())));
    }

    static RemittanceView view(Remittance r, Boolean posted) {
        return new RemittanceView(new PayerView(r.payer().name(), r.payer().id()),
                new PaymentView(r.payment().method(), r.payment().amount(), r.payment().date(),
                        r.payment().traceNumber()),
                r.claims().stream().map(RemittanceApiController::claim).toList(),
                r.providerAdjustments().stream().map(RemittanceApiController::plb).toList(), posted, null);
    }

    private static ClaimView claim(ClaimPayment c) {
        return new ClaimView(c.claimId(), c.status(), c.charged(), c.paid(), c.patientResponsibility(),
                c.payerClaimControlNumber(), adjustments(c.adjustments()),
                c.services().stream().map(RemittanceApiController::service).toList(), c.matched(), c.remarks());
    }

    private static ServiceView service(ServicePayment s) {
        return new ServiceView(s.code(), s.modifiers(), s.units(), s.charged(), s.paid(),
                adjustments(s.adjustments()), s.remarks());
    }

    private static List<AdjustmentView> adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new AdjustmentView(a.group(), a.reason(), a.amount())).toList();
    }

    private static ProviderAdjustmentView plb(ProviderAdjustment p) {
        return new ProviderAdjustmentView(p.reason(), p.reference(), p.amount());
    }
}
