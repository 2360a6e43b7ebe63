package org.rhomboid.billing;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.billing.domain.TimedUnits;
import org.rhomboid.billing.domain.UnitMethod;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Billing calculations for other systems and for the visit screens; they take no patient identity. */
@RestController
@AnyStaff
class BillingApiController {

    record UnitService(@NotBlank(message = "Give the code") String code,
                       @NotNull(message = "Give the minutes") @Min(value = 0, message = "Minutes can't be negative")
                       @Max(value = 480, message = "Minutes must be at most 480") Integer minutes) {}

    record UnitsRequest(@NotNull(message = "Give the method: CMS or AMA") UnitMethod method,
                        @NotNull(message = "Give the services") @NotEmpty(message = "Give at least one service")
                        @Size(max = 30) List<@NotNull @Valid UnitService> services) {}

    record ComplexityRequest(@NotNull(message = "Give the number of personal factors and comorbidities")
                             @Min(value = 0, message = "Can't be negative") @Max(value = 50) Integer personalFactors,
                             @NotNull(message = "Give the number of examination elements")
                             @Min(value = 1, message = "At least one element is examined") @Max(value = 50) Integer examElements,
                             @NotNull(message = "Give the presentation: STABLE, EVOLVING or UNSTABLE")
                             EvaluationComplexity.Presentation presentation,
                             @NotNull(message = "Give the decision making: LOW, MODERATE or HIGH")
                             EvaluationComplexity.Level decisionMaking) {}

    record VisitService(@NotBlank(message = "Give the code") String code,
                        @NotNull(message = "Give the minutes") @Min(value = 0, message = "Minutes can't be negative")
                        @Max(value = 480, message = "Minutes must be at most 480") Integer minutes,
                        @Min(value = 0, message = "Can't be negative") @Max(480) Integer assistantMinutes,
                        Boolean separateTimeBlock,
                        @DecimalMin(value = "0", message = "Can't be negative") BigDecimal allowed) {}

    record VisitRequest(@NotNull(message = "Give the payer") Payer payer,
                        @NotNull(message = "Give the date of service") LocalDate dateOfService,
                        @NotNull(message = "Give the diagnoses") @NotEmpty(message = "Give at least one diagnosis")
                        @Size(max = 12, message = "A claim carries at most 12 diagnoses") List<@NotBlank String> diagnoses,
                        @NotNull(message = "Give the services") @NotEmpty(message = "Give at least one service")
                        @Size(max = 30) List<@NotNull @Valid VisitService> services,
                        @DecimalMin(value = "0", message = "Can't be negative") BigDecimal yearToDateAllowed) {}

    private final VisitLines.Rules rules;

    BillingApiController(VisitLines.Rules rules) {
        this.rules = rules;
    }

    @PostMapping("/api/v1/billing/units")
    @Operation(summary = "Units for one day's services by the CMS 8-minute rule or the AMA per-code rule")
    TimedUnits.Result units(@Valid @RequestBody UnitsRequest request) {
        return rules(() -> TimedUnits.calculate(request.method(),
                request.services().stream().map(s -> new TimedUnits.Service(s.code(), s.minutes())).toList(),
                rules.procedures()));
    }

    @PostMapping("/api/v1/billing/evaluation-complexity")
    @Operation(summary = "PT evaluation code (97161/97162/97163) that every component supports")
    EvaluationComplexity.Result complexity(@Valid @RequestBody ComplexityRequest request) {
        return EvaluationComplexity.of(request.personalFactors(), request.examElements(), request.presentation(),
                request.decisionMaking());
    }

    @PostMapping("/api/v1/billing/visit-lines")
    @Operation(summary = "Claim lines for a visit: units, Medicare rules, NCCI edits, GP/CQ/59/XU/KX modifiers, "
            + "diagnosis pointers and warnings")
    VisitLines.Result visitLines(@Valid @RequestBody VisitRequest request) {
        List<VisitLines.Service> services = request.services().stream()
                .map(s -> new VisitLines.Service(s.code(), s.minutes(),
                        s.assistantMinutes() == null ? 0 : s.assistantMinutes(),
                        Boolean.TRUE.equals(s.separateTimeBlock()), s.allowed()))
                .toList();
        return rules(() -> VisitLines.build(new VisitLines.Visit(request.payer(), request.dateOfService(),
                request.diagnoses(), services, request.yearToDateAllowed()), rules));
    }

    /** The rules refuse impossible input with a plain message; the API returns it as a 400 on the services. */
    private static <T> T rules(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException refused) {
            throw new FieldProblemException("services", refused.getMessage());
        }
    }
}
