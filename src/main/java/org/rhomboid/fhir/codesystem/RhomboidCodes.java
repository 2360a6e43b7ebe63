package org.rhomboid.fhir.codesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.rhomboid.exam.domain.ExamChoices.Movement;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/**
 * Rhomboid's own codes for what LOINC does not code (docs/clinical-sources.md, FHIR-CODES): the outcome measures'
 * scores, subscales and items, and the structured exam's measurements. Each code system is published whole at
 * /fhir/CodeSystem/{id}; a coding that names one of its codes always names one listed here.
 */
public final class RhomboidCodes {

    public static final String OUTCOMES_ID = "outcome-measures";
    public static final String EXAM_ID = "exam-measures";
    public static final String OUTCOMES = FhirSystems.RHOMBOID + OUTCOMES_ID;
    public static final String EXAM = FhirSystems.RHOMBOID + EXAM_ID;
    public static final String RED_FLAGS_ID = "red-flag-concerns";
    public static final String RED_FLAGS = FhirSystems.RHOMBOID + RED_FLAGS_ID;
    public static final String VERSION = "1";

    /** One concept: its code, display and definition. */
    public record Concept(String code, String display, String definition) {
        public Coding coding(String system) {
            return new Coding(system, code, display);
        }
    }

    private static final List<Concept> OUTCOME_CONCEPTS = outcomeConcepts();
    private static final List<Concept> EXAM_CONCEPTS = examConcepts();
    private static final List<Concept> RED_FLAG_CONCEPTS = redFlagConcepts();

    private RhomboidCodes() {
    }

    public static List<Concept> outcomes() {
        return OUTCOME_CONCEPTS;
    }

    public static List<Concept> exam() {
        return EXAM_CONCEPTS;
    }

    /** The suspected conditions red-flag screening raises concerns about (FHIR-CONCERNS). */
    public static List<Concept> redFlags() {
        return RED_FLAG_CONCEPTS;
    }

    /** The code of a red-flag concern's suspected condition: its name in lower case, words joined by dashes. */
    public static String redFlagCode(org.rhomboid.screening.domain.Condition condition) {
        return condition.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The SNOMED CT concept that means the same suspected condition, where one was verified with confidence
     * (docs/clinical-sources.md, FHIR-CONCERNS); empty otherwise, and the Rhomboid code stands alone.
     */
    public static Optional<Coding> redFlagSnomed(org.rhomboid.screening.domain.Condition condition) {
        return switch (condition) {
            case CAUDA_EQUINA -> Optional.of(new Coding(FhirSystems.SNOMED, "192970008", "Cauda equina syndrome"));
            default -> Optional.empty();
        };
    }

    public static Optional<Concept> outcome(String code) {
        return OUTCOME_CONCEPTS.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public static Concept examConcept(String code) {
        return EXAM_CONCEPTS.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No exam code " + code));
    }

    /** The code of an instrument's total (or panel, for the FABQ) in Rhomboid's system. */
    public static String totalCode(OutcomeInstrument instrument, int responses) {
        return instrument == OutcomeInstrument.NPRS ? (responses == 1 ? "nprs" : "nprs-mean")
                                                    : instrument.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of an item: the instrument's code, a dash and the item's one-based number. */
    public static String itemCode(OutcomeInstrument instrument, int index) {
        return instrument.name().toLowerCase(java.util.Locale.ROOT) + "-" + (index + 1);
    }

    private static List<Concept> outcomeConcepts() {
        List<Concept> concepts = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            String name = instrument.name();
            switch (instrument) {
                case NPRS -> {
                    concepts.add(new Concept("nprs", "NPRS rating", "Numeric Pain Rating Scale, a single rating of"
                            + " the pain now, 0 (no pain) to 10 (worst imaginable). LOINC 72514-3 codes the same"
                            + " rating and is sent alongside."));
                    concepts.add(new Concept("nprs-mean", "NPRS mean of current, best and worst pain",
                            "Numeric Pain Rating Scale: the mean of the current pain and the best and worst pain over"
                                    + " the last 24 hours, each 0-10, to two decimals."));
                }
                case PSFS -> concepts.add(new Concept("psfs", "PSFS mean score", "Patient-Specific Functional"
                        + " Scale: the mean of 1 to 5 patient-named activities, each 0 (unable) to 10 (as before)."));
                case NDI -> concepts.add(new Concept("ndi", "NDI percentage", "Neck Disability Index: the sum"
                        + " of the answered items over 5 times the items answered, as a percentage (0-100)."));
                case ODI -> concepts.add(new Concept("odi", "ODI percentage", "Oswestry Disability Index v2.1a:"
                        + " the sum of the answered sections over 5 times the sections answered, as a percentage."));
                case FABQ -> {
                    concepts.add(new Concept("fabq", "FABQ panel", "Fear-Avoidance Beliefs Questionnaire: 16"
                            + " items 0-6, scored only as its two subscales; it has no total."));
                    concepts.add(new Concept("fabq-pa", "FABQ physical activity subscale", "Sum of FABQ items"
                            + " 2, 3, 4 and 5 (0-24); higher is more fear-avoidance."));
                    concepts.add(new Concept("fabq-w", "FABQ work subscale", "Sum of FABQ items 6, 7, 9, 10, 11,"
                            + " 12 and 15 (0-42); higher is more fear-avoidance."));
                }
                case FRI -> concepts.add(new Concept("fri", "FRI percentage", "Functional Rating Index: the sum"
                        + " of 10 items 0-4 over 4 times the items answered, as a percentage (0-100)."));
                case GROC -> concepts.add(new Concept("groc", "GROC rating", "Global Rating of Change, 15-point"
                        + " form: -7 (a very great deal worse) to 0 (about the same) to +7 (a very great deal better)."));
            }
            for (int i = 0; i < instrument.maxItems() && instrument != OutcomeInstrument.GROC; i++) {
                concepts.add(new Concept(itemCode(instrument, i), instrument.itemLabel(i), "The response to "
                        + instrument.itemLabel(i) + " of the " + instrument.title() + " (" + name + "), "
                        + instrument.lowest() + " to " + instrument.highest() + "."));
            }
        }
        return List.copyOf(concepts);
    }

    /** The code of a range-of-motion measurement of a thoracic movement. */
    public static String romCode(Movement movement) {
        return "rom-" + movement.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<Concept> redFlagConcepts() {
        List<Concept> concepts = new ArrayList<>();
        for (org.rhomboid.screening.domain.Condition condition : org.rhomboid.screening.domain.Condition.values()) {
            concepts.add(new Concept(redFlagCode(condition), condition.label(), "Suspected "
                    + condition.label().toLowerCase(java.util.Locale.ROOT) + ": a concern raised by red-flag"
                    + " screening of thoracic pain (a possibility to rule out, not a diagnosis)."));
        }
        return List.copyOf(concepts);
    }

    private static List<Concept> examConcepts() {
        List<Concept> concepts = new ArrayList<>();
        for (Movement movement : Movement.values()) {
            concepts.add(new Concept(romCode(movement), "Thoracic " + movement.label().toLowerCase(
                    java.util.Locale.ROOT) + " range of motion", "Active range of motion of the thoracic spine in "
                    + movement.label().toLowerCase(java.util.Locale.ROOT) + ", in degrees or as a percentage of"
                    + " normal."));
        }
        concepts.add(new Concept("cva", "Craniovertebral angle", "The angle between the horizontal through C7 and"
                + " the line from C7 to the tragus on a side-view posture photo, in degrees; smaller is more"
                + " forward head posture."));
        concepts.add(new Concept("dnf-endurance", "Deep neck flexor endurance", "Craniocervical flexion"
                + " endurance hold, in seconds."));
        concepts.add(new Concept("serratus-mmt-left", "Serratus anterior strength, left", "Manual muscle test"
                + " grade 0-5 of the left serratus anterior."));
        concepts.add(new Concept("serratus-mmt-right", "Serratus anterior strength, right", "Manual muscle test"
                + " grade 0-5 of the right serratus anterior."));
        concepts.add(new Concept("lower-trapezius-mmt-left", "Lower trapezius strength, left", "Manual muscle"
                + " test grade 0-5 of the left lower trapezius."));
        concepts.add(new Concept("lower-trapezius-mmt-right", "Lower trapezius strength, right", "Manual muscle"
                + " test grade 0-5 of the right lower trapezius."));
        concepts.add(new Concept("core-mmt", "Core strength", "Manual muscle test grade 0-5 of the trunk."));
        concepts.add(new Concept("core-hold", "Core endurance hold", "Trunk endurance hold, in seconds."));
        return List.copyOf(concepts);
    }
}
