package org.rhomboid.intervention;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.screening.domain.PrecautionCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The intervention catalogue and its safety check. No patient identity: nothing stored or audited. */
@RestController
@AnyStaff
class InterventionApiController {

    record CatalogueEntry(Intervention code, String label, Intervention.Group group, List<String> cptCodes) {}

    record CheckRequest(@NotNull(message = "Give the interventions to check") @NotEmpty(message = "Give at least one intervention")
                        List<@NotNull Intervention> interventions,
                        List<@NotNull PrecautionCode> precautions,
                        List<@NotNull HealthCondition> conditions) {}

    record CheckResponse(List<InterventionSafety.Verdict> results) {}

    @GetMapping("/api/v1/interventions")
    @Operation(summary = "The intervention catalogue with the CPT codes each is billed under")
    List<CatalogueEntry> catalogue() {
        return Arrays.stream(Intervention.values())
                .map(i -> new CatalogueEntry(i, i.label(), i.group(), i.cptCodes())).toList();
    }

    @PostMapping("/api/v1/interventions/check")
    @Operation(summary = "ALLOWED, CAUTION or CONTRAINDICATED for each intervention, with every reason")
    CheckResponse check(@Valid @RequestBody CheckRequest request) {
        return new CheckResponse(InterventionSafety.check(request.interventions(),
                request.precautions() == null ? List.of() : request.precautions(),
                request.conditions() == null ? List.of() : request.conditions()));
    }
}
