package org.rhomboid.billing;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.rhomboid.account.access.Bills;
import org.rhomboid.billing.claim.Claim;
import org.rhomboid.billing.claim.Interchange;
import org.rhomboid.billing.claim.X12ClaimWriter;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Claims for a clearinghouse: one visit or a batch as ANSI X12 837P (005010X222A1), and the same claims as a
 * printable summary for the biller's review before sending.
 */
@RestController
@Bills
class ClaimsApiController {

    public static final String X12 = "application/edi-x12";

    record ClaimsRequest(@NotNull(message = "Give the interchange settings") Interchange interchange,
                         @NotNull(message = "Give the claims") @NotEmpty(message = "Give at least one claim")
                         @Size(max = 5000, message = "At most 5000 claims per file") List<@NotNull Claim> claims) {}

    private final X12ClaimWriter writer = new X12ClaimWriter();
    private final TemplateEngine templates;
    private final ApplicationContext beans;

    ClaimsApiController(TemplateEngine templates, ApplicationContext beans) {
        this.templates = templates;
        this.beans = beans;
    }

    @PostMapping(value = "/api/v1/billing/claims/837p", produces = X12)
    @Operation(summary = "ANSI X12 837P professional claim file for one visit or a batch")
    String x12(@Valid @RequestBody ClaimsRequest request) {
        try {
            return writer.write(request.interchange(), request.claims());
        } catch (IllegalArgumentException refused) {
            throw new FieldProblemException("claims", refused.getMessage());
        }
    }

    @PostMapping(value = "/api/v1/billing/claims/summary", produces = "text/html")
    @Operation(summary = "Printable summary of the same claims, for review before sending")
    String summary(@Valid @RequestBody ClaimsRequest request) {
        Context context = new Context();
        // The summary writes its dates through @dates, the clinic's format, like every page.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        context.setVariable("interchange", request.interchange());
        context.setVariable("claims", request.claims());
        return templates.process("billing/claim-summary", context);
    }
}
