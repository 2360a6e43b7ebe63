package org.rhomboid.fhir.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.exam.domain.ExamChoices.CoreMeasure;
import org.rhomboid.exam.domain.ExamChoices.Movement;
import org.rhomboid.exam.domain.ExamChoices.RomUnit;
import org.rhomboid.exam.domain.ExamChoices.Side;
import org.rhomboid.exam.domain.ThoracicExam;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.codesystem.RhomboidCodes;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.outcome.domain.OutcomeScore;
import org.rhomboid.outcome.domain.Scores;

/**
 * Outcome results as US Core screening assessments (category survey: the total, its items and the FABQ's
 * subscales in {@code hasMember}, derived from the QuestionnaireResponse the answers came in) and structured exam
 * measurements as US Core clinical results (category exam). Codes: docs/clinical-sources.md, FHIR-CODES.
 */
final class ObservationMapping {

    static final String SNOMED_THORACIC_SPINE = "122495006";

    /** One stored outcome result with what its Observations need. */
    record OutcomeRow(UUID id, UUID patientId, OutcomeInstrument instrument, List<Integer> responses,
                      BigDecimal score, BigDecimal percent, LocalDate measuredOn, String source, UUID recordedBy,
                      OffsetDateTime recordedAt, UUID intakeId) {

        String questionnaireResponse() {
            return "QuestionnaireResponse/" + ("INTAKE".equals(source) && intakeId != null ? intakeId : id);
        }
    }

    /** One stored examination, checked again into its findings. */
    record ExamRow(UUID id, UUID patientId, ThoracicExam exam, BigDecimal craniovertebralAngle,
                   OffsetDateTime examinedAt, UUID examinedBy) {}

    private ObservationMapping() {
    }

    // ----- outcome measures -----

    static Observation total(OutcomeRow row) {
        Observation o = survey(row, row.id().toString());
        OutcomeInstrument instrument = row.instrument();
        int count = row.responses().size();
        CodeableConcept code = new CodeableConcept().setText(instrument.title());
        if (instrument.loinc().isPresent() && (instrument != OutcomeInstrument.NPRS || count == 1)) {
            code.addCoding(new Coding(FhirSystems.LOINC, instrument.loinc().get(), loincDisplay(instrument)));
        }
        String rhomboid = RhomboidCodes.totalCode(instrument, count);
        code.addCoding(RhomboidCodes.outcome(rhomboid).orElseThrow().coding(RhomboidCodes.OUTCOMES));
        o.setCode(code);
        switch (instrument) {
            case NDI, ODI, FRI -> o.setValue(quantity(row.percent(), "%", "%"));
            case GROC -> o.setValue(new IntegerType(row.score().intValueExact()));
            case FABQ -> {
                o.addHasMember(new Reference("Observation/" + row.id() + ".pa"));
                o.addHasMember(new Reference("Observation/" + row.id() + ".w"));
            }
            default -> o.setValue(quantity(row.score(), "{score}", "score"));
        }
        if (instrument != OutcomeInstrument.GROC) {
            for (int i = 0; i < count; i++) {
                if (row.responses().get(i) != null) {
                    o.addHasMember(new Reference("Observation/" + row.id() + "." + (i + 1)));
                }
            }
        }
        o.addDerivedFrom(new Reference(row.questionnaireResponse()));
        return o;
    }

    /** An item ({@code "3"}) or a FABQ subscale ({@code "pa"}, {@code "w"}); null when the result has no such part. */
    static Observation part(OutcomeRow row, String part) {
        OutcomeInstrument instrument = row.instrument();
        Observation o = survey(row, row.id() + "." + part);
        if (instrument == OutcomeInstrument.FABQ && (part.equals("pa") || part.equals("w"))) {
            OutcomeScore.FabqSubscales subscales = Scores.score(instrument, row.responses()).subscales();
            RhomboidCodes.Concept concept = RhomboidCodes.outcome("fabq-" + part).orElseThrow();
            o.setCode(new CodeableConcept(concept.coding(RhomboidCodes.OUTCOMES)).setText(concept.display()));
            o.setValue(new IntegerType(part.equals("pa") ? subscales.physicalActivity() : subscales.work()));
        } else {
            int index;
            try {
                index = Integer.parseInt(part) - 1;
            } catch (NumberFormatException notAnItem) {
                return null;
            }
            if (instrument == OutcomeInstrument.GROC || index < 0 || index >= row.responses().size()
                    || row.responses().get(index) == null || !part.equals(String.valueOf(index + 1))) {
                return null;
            }
            RhomboidCodes.Concept concept = RhomboidCodes.outcome(RhomboidCodes.itemCode(instrument, index))
                    .orElseThrow();
            o.setCode(new CodeableConcept(concept.coding(RhomboidCodes.OUTCOMES)).setText(concept.display()));
            o.setValue(new IntegerType(row.responses().get(index)));
        }
        o.addDerivedFrom(new Reference(row.questionnaireResponse()));
        return o;
    }

    /** Every part of a result: its subscales, then its answered items. */
    static List<Observation> parts(OutcomeRow row) {
        List<Observation> parts = new ArrayList<>();
        if (row.instrument() == OutcomeInstrument.FABQ) {
            parts.add(part(row, "pa"));
            parts.add(part(row, "w"));
        }
        for (int i = 0; i < row.responses().size(); i++) {
            Observation item = part(row, String.valueOf(i + 1));
            if (item != null) {
                parts.add(item);
            }
        }
        return parts;
    }

    private static Observation survey(OutcomeRow row, String id) {
        Observation o = new Observation();
        o.setId(id);
        o.getMeta().addProfile(FhirProfiles.OBSERVATION_SCREENING);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirSystems.OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setSubject(new Reference("Patient/" + row.patientId()));
        o.setEffective(day(row.measuredOn()));
        if ("THERAPIST".equals(row.source()) && row.recordedBy() != null) {
            o.addPerformer(new Reference("Practitioner/" + row.recordedBy()));
        } else if (!"THERAPIST".equals(row.source())) {
            o.addPerformer(new Reference("Patient/" + row.patientId()));
        }
        return o;
    }

    private static String loincDisplay(OutcomeInstrument instrument) {
        return switch (instrument) {
            case NPRS -> "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
            case NDI -> "Total score [NDI]";
            case ODI -> "Oswestry disability index score ODI";
            default -> null;
        };
    }

    // ----- structured exam -----

    /** Every measurement of an exam, in a fixed order: range of motion, craniovertebral angle, strength. */
    static List<Observation> exam(ExamRow row) {
        List<Observation> all = new ArrayList<>();
        ThoracicExam exam = row.exam();
        for (Movement movement : Movement.values()) {
            ThoracicExam.Range range = exam.rom().get(movement);
            if (range != null && range.value() != null) {
                Observation o = examObservation(row, RhomboidCodes.romCode(movement));
                o.setValue(range.unit() == RomUnit.PERCENT ? quantity(BigDecimal.valueOf(range.value()), "%", "%")
                                                           : quantity(BigDecimal.valueOf(range.value()), "deg", "°"));
                o.setBodySite(new CodeableConcept(new Coding(FhirSystems.SNOMED, SNOMED_THORACIC_SPINE,
                        "Thoracic spine structure")));
                all.add(o);
            }
        }
        if (row.craniovertebralAngle() != null) {
            all.add(examObservation(row, "cva").setValue(quantity(row.craniovertebralAngle(), "deg", "°")));
        }
        ThoracicExam.Strength strength = exam.strength();
        if (strength.deepNeckFlexorSeconds() != null) {
            all.add(examObservation(row, "dnf-endurance")
                    .setValue(quantity(BigDecimal.valueOf(strength.deepNeckFlexorSeconds()), "s", "s")));
        }
        sides(all, row, strength.serratus(), "serratus-mmt-");
        sides(all, row, strength.lowerTrapezius(), "lower-trapezius-mmt-");
        if (strength.core() != null) {
            all.add(strength.coreMeasure() == CoreMeasure.MMT
                    ? examObservation(row, "core-mmt").setValue(new IntegerType((int) Math.round(strength.core())))
                    : examObservation(row, "core-hold").setValue(quantity(BigDecimal.valueOf(strength.core()), "s", "s")));
        }
        return all;
    }

    private static void sides(List<Observation> all, ExamRow row, Map<Side, Integer> grades, String code) {
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            Integer grade = grades.get(side);
            if (grade != null) {
                all.add(examObservation(row, code + side.name().toLowerCase(java.util.Locale.ROOT))
                        .setValue(new IntegerType(grade)));
            }
        }
    }

    private static Observation examObservation(ExamRow row, String code) {
        Observation o = new Observation();
        o.setId(row.id() + "." + code);
        o.getMeta().addProfile(FhirProfiles.OBSERVATION_CLINICAL_RESULT);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(FhirSystems.OBSERVATION_CATEGORY, "exam", "Exam")));
        RhomboidCodes.Concept concept = RhomboidCodes.examConcept(code);
        o.setCode(new CodeableConcept(concept.coding(RhomboidCodes.EXAM)).setText(concept.display()));
        o.setSubject(new Reference("Patient/" + row.patientId()));
        o.setEffective(new DateTimeType(Date.from(row.examinedAt().toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(row.examinedAt().getOffset())));
        o.addPerformer(new Reference("Practitioner/" + row.examinedBy()));
        return o;
    }

    private static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private static Quantity quantity(BigDecimal value, String ucum, String unit) {
        return new Quantity().setValue(value).setSystem(FhirSystems.UCUM).setCode(ucum).setUnit(unit);
    }
}
