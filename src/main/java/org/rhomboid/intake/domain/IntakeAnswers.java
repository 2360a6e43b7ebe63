package org.rhomboid.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Comorbidity;
import org.rhomboid.intake.domain.Choices.DayPart;
import org.rhomboid.intake.domain.Choices.Medication;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.intake.domain.Choices.PainQuality;
import org.rhomboid.screening.domain.Finding;

/**
 * A submitted intake: the patient's story in their own words and numbers, as validated.
 *
 * @param allergies what the patient is allergic to, {@link #NO_KNOWN_ALLERGIES}, or null for intakes submitted
 *                  before the question was asked
 */
public record IntakeAnswers(
        Map<BodyRegion, PainType> painMap,
        int painNow, int painBest, int painWorst,
        Set<PainQuality> qualities,
        Set<DayPart> worstTimes,
        LocalDate onsetDate, Onset onset,
        Set<Aggravator> aggravators, String easing,
        String work, String dailyActivities, String recreation,
        List<PsfsItem> psfs,
        String priorInjuries,
        Set<Comorbidity> comorbidities,
        Set<Medication> medications,
        boolean implantedDevice,
        boolean pregnant,
        Map<Finding, Boolean> redFlagAnswers,
        String goals,
        String allergies) {

    public static final String NO_KNOWN_ALLERGIES = "None known";

    /** One Patient-Specific Functional Scale activity: 0 = unable to do it, 10 = as before the problem. */
    public record PsfsItem(String activity, int score) {}

    public double psfsMean() {
        return psfs.stream().mapToInt(PsfsItem::score).average().orElse(0);
    }
}
