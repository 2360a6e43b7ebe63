package org.rhomboid.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.Precaution;
import org.rhomboid.screening.domain.Presentation;
import org.rhomboid.screening.domain.RedFlagScreen;
import org.rhomboid.screening.domain.ScreeningResult;
import org.rhomboid.screening.domain.Sex;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Red-flag triage for other systems. It takes no patient identity, only age, sex and finding codes, so it
 * stores and audits nothing; screening a patient in the chart is audited there.
 */
@RestController
@AnyStaff
class ScreeningApiController {

    record TriageRequest(
            @NotNull(message = "Give the age in years") @Min(value = 0, message = "Age must be between 0 and 120")
            @Max(value = 120, message = "Age must be between 0 and 120") Integer age,
            @NotNull(message = "Give the sex: FEMALE, MALE or OTHER") Sex sex,
            @NotNull(message = "Give the findings, an empty array if there are none")
            List<@NotNull(message = "A finding code can't be null") Finding> findings) {}

    /** The triage answer: a fresh screen with no history, so nothing is ever cleared. */
    record TriageResult(Disposition disposition, List<Concern> concerns, List<Precaution> precautions) {}

    @PostMapping("/api/v1/screening/triage")
    TriageResult triage(@Valid @RequestBody TriageRequest request) {
        ScreeningResult result = RedFlagScreen.screen(new Presentation(request.age(), request.sex(),
                new LinkedHashSet<>(request.findings())));
        return new TriageResult(result.disposition(), result.concerns(), result.precautions());
    }
}
