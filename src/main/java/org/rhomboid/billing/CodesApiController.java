package org.rhomboid.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.billing.domain.IcdCheck;
import org.rhomboid.billing.domain.IcdCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.episode.domain.Mechanism;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ICD-10-CM look-up and claim-diagnosis checks. Code sets are public reference data: nothing to audit. */
@RestController
@AnyStaff
class CodesApiController {

    record CodeResponse(String code, String description, boolean billable) {}

    record Context(Mechanism mechanism, Set<Finding> findings) {}

    record ValidateRequest(@NotNull(message = "Give the codes to check") @NotEmpty(message = "Give at least one code")
                           @Size(max = 12, message = "A claim carries at most 12 diagnoses")
                           List<@NotNull(message = "A code can't be null") String> codes,
                           Context context) {}

    private final VisitLines.Rules rules;

    CodesApiController(VisitLines.Rules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/codes/icd10/{code}")
    CodeResponse code(@PathVariable String code) {
        IcdCode found = rules.icd().find(code).orElseThrow(() -> new NotFoundException(
                rules.icd().deleted(code).map(d -> "ICD-10-CM code (" + d.advice() + ")").orElse("ICD-10-CM code")));
        return new CodeResponse(found.display(), found.description(), found.billable());
    }

    @PostMapping("/api/v1/codes/icd10/validate")
    IcdCheck.Result validate(@Valid @RequestBody ValidateRequest request) {
        IcdCheck.Context context = request.context() == null ? IcdCheck.Context.NONE
                : new IcdCheck.Context(request.context().mechanism() == null ? null : request.context().mechanism().name(),
                        request.context().findings() == null ? Set.of()
                                : request.context().findings().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        return IcdCheck.check(request.codes(), context, rules.icd());
    }
}
