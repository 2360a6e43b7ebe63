package org.rhomboid.claims;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.rhomboid.account.access.Bills;
import org.rhomboid.claims.domain.Acknowledgment;
import org.rhomboid.claims.domain.X12FileException;
import org.rhomboid.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 999 implementation acknowledgments (005010X231A1) uploaded by billers: the raw file as the body
 * (application/edi-x12 or text/plain). Each batch it acknowledges has its claims marked accepted or rejected, once.
 */
@RestController
@Bills
class AcknowledgmentApiController {

    record TransactionView(String setCode, String controlNumber, String status, List<String> errors) {}

    record BatchView(String groupControlNumber, Integer batch, Boolean accepted, int claims, List<String> errors) {}

    record AcknowledgmentView(String senderId, String controlNumber, List<BatchView> batches,
                              List<TransactionView> transactions, boolean recorded) {}

    private final ClaimLife life;

    AcknowledgmentApiController(ClaimLife life) {
        this.life = life;
    }

    @PostMapping("/api/v1/billing/acknowledgments")
    @Operation(summary = "Read a 999 acknowledgment and mark the claims of the batches it answers accepted or rejected")
    AcknowledgmentView post(@RequestHeader(value = "Content-Type", required = false) String contentType,
                            @RequestBody(required = false) String x12)
            throws org.springframework.web.HttpMediaTypeNotSupportedException {
        org.rhomboid.web.X12Requests.requireX12(contentType);
        ClaimLife.Acknowledged result = life.acknowledge(x12);
        Acknowledgment ack = result.acknowledgment();
        return new AcknowledgmentView(ack.senderId(), ack.controlNumber(),
                result.batches().stream().map(b -> new BatchView(b.groupControlNumber(), b.batchNumber(),
                        b.accepted(), b.claims(), b.errors())).toList(),
                ack.groups().stream().flatMap(g -> g.transactions().stream()).map(t -> new TransactionView(
                        t.setCode(), t.controlNumber(), t.status(), t.errors())).toList(),
                result.recorded());
    }

    @ExceptionHandler(X12FileException.class)
    ResponseEntity<Object> malformed(X12FileException ex) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Malformed 999", ex.getMessage(),
                List.of(new Problems.FieldMessage("segment " + ex.segment() + " at position " + ex.position(),
                        ex.getMessage())));
    }
}
