package org.rhomboid.fhir.encounter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.visit.domain.NoteKind;

/** A signed visit document as a US Core Encounter. */
final class EncounterMapping {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    /** Rhomboid's kinds of visit document (lower-case, hyphenated: daily-note, progress-report…). */
    static final String NOTE_KIND = FhirSystems.RHOMBOID + "note-kind";
    /** The CPT evaluation codes a visit document bills (PT evaluation 97161–97163, re-evaluation 97164). */
    static final String EVALUATION_CODES = "('97161', '97162', '97163', '97164')";

    /** One signed note's facts. */
    record Visit(UUID id, UUID patientId, UUID episodeId, UUID clinicId, NoteKind kind, LocalDate date,
                 UUID authorId, UUID cosignerId, String evaluationCode, List<String> diagnoses) {
    }

    private EncounterMapping() {
    }

    static Encounter toFhir(Visit visit) {
        Encounter encounter = new Encounter();
        encounter.setId(visit.id().toString());
        encounter.getMeta().addProfile(FhirProfiles.ENCOUNTER);
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
        CodeableConcept type = encounter.addType();
        if (visit.evaluationCode() != null) {
            type.addCoding(new Coding(FhirSystems.CPT, visit.evaluationCode(), null));
        }
        String kind = visit.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        type.addCoding(new Coding(NOTE_KIND, kind, visit.kind().label()));
        type.setText("Physical therapy " + visit.kind().label().toLowerCase(java.util.Locale.ROOT));
        encounter.setSubject(new Reference("Patient/" + visit.patientId()));
        encounter.addEpisodeOfCare(new Reference("EpisodeOfCare/" + visit.episodeId()));
        encounter.addParticipant().addType(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "PPRF",
                        "primary performer")))
                .setIndividual(new Reference("Practitioner/" + visit.authorId()));
        if (visit.cosignerId() != null) {
            encounter.addParticipant().addType(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "SPRF",
                            "secondary performer")).setText("Co-signing physical therapist"))
                    .setIndividual(new Reference("Practitioner/" + visit.cosignerId()));
        }
        DateTimeType day = new DateTimeType(visit.date().toString());
        encounter.setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        for (int n = 1; n <= visit.diagnoses().size(); n++) {
            Reference condition = new Reference("Condition/" + diagnosisId(visit.id(), n));
            encounter.addReasonReference(condition.copy());
            encounter.addDiagnosis().setCondition(condition).setRank(n);
        }
        encounter.setServiceProvider(new Reference("Organization/" + visit.clinicId()));
        return encounter;
    }

    /** The id of the visit's {@code n}th (from 1) ICD-10-CM diagnosis as an encounter-diagnosis Condition. */
    public static String diagnosisId(UUID noteId, int n) {
        return noteId + "." + n;
    }
}
