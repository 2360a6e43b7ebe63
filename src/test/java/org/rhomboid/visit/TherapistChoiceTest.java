package org.rhomboid.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TherapistChoiceTest {

    private final ComplianceService.Therapist dana = new ComplianceService.Therapist(UUID.randomUUID(), "Dana", true);
    private final ComplianceService.Therapist luis = new ComplianceService.Therapist(UUID.randomUUID(), "Luis", true);
    private final List<ComplianceService.Therapist> staff = List.of(dana, luis);

    @Test
    void aColleagueOnTheStaffIsShownAnyoneElseFallsBackToTheDefaultWithAMessage() {
        assertThat(TherapistChoice.of(" " + luis.id() + " ", dana.id(), staff, "your own day"))
                .isEqualTo(new TherapistChoice(luis.id(), luis, null));
        assertThat(TherapistChoice.of("", dana.id(), staff, "your own day"))
                .isEqualTo(new TherapistChoice(dana.id(), dana, null));
        assertThat(TherapistChoice.of(null, null, staff, "your own day"))
                .isEqualTo(new TherapistChoice(null, null, null));
        TherapistChoice stranger = TherapistChoice.of(UUID.randomUUID().toString(), dana.id(), staff, "your own day");
        assertThat(stranger.shown()).isEqualTo(dana.id());
        assertThat(stranger.error()).endsWith("Showing your own day instead.");
        assertThat(TherapistChoice.of("not-an-id", null, staff, "your own day").error())
                .endsWith("Showing the whole clinic instead.");
    }
}
