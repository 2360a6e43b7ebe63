package org.rhomboid.fhir.condition;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.billing.domain.IcdCode;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.codesystem.RhomboidCodes;

/** A Condition search as SQL over the diagnoses of signed notes and plans of care and the red-flag concerns ({@code x}). */
record ConditionQuery(TokenParam id, ReferenceParam patient, TokenParam category, TokenParam clinicalStatus,
                      TokenParam code, ReferenceParam encounter, DateRangeParam onsetDate,
                      DateRangeParam recordedDate, DateRangeParam lastUpdated) {

    UUID patientId() {
        return patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
    }

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            var diagnosis = ConditionRecords.Diagnosis.of(id.getValue());
            params.put("id_source", diagnosis.map(ConditionRecords.Diagnosis::source).orElse(""));
            params.put("id_owner", diagnosis.map(ConditionRecords.Diagnosis::sourceId).orElse(null));
            params.put("id_n", diagnosis.map(ConditionRecords.Diagnosis::n).orElse(0));
            conditions.add(diagnosis.isPresent()
                           ? "(x.source = :id_source and x.source_id = :id_owner and x.n = :id_n)" : "false");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("x.patient_id = :patient");
        }
        if (encounter != null) {
            params.put("encounter", FhirIds.ofReference("encounter", encounter.getValue()));
            conditions.add("x.encounter_id = :encounter");
        }
        if (category != null) {
            String system = category.getSystem() == null || category.getSystem().isBlank() ? ""
                    : category.getSystem();
            boolean hl7 = system.isEmpty() || system.equals(FhirSystems.CONDITION_CATEGORY);
            boolean usCore = system.isEmpty() || system.equals(ConditionRecords.US_CORE_CATEGORY);
            String value = category.getValue() == null ? "" : category.getValue();
            conditions.add(switch (value) {
                case "encounter-diagnosis" -> hl7 ? "x.source = 'E'" : "false";
                case "problem-list-item" -> hl7 ? "x.source = 'P'" : "false";
                case "health-concern" -> usCore ? "x.source = 'R'" : "false";
                default -> "false";
            });
        }
        if (clinicalStatus != null) {
            String value = clinicalStatus.getValue() == null ? "" : clinicalStatus.getValue();
            params.put("clinical", value);
            conditions.add("x.clinical = :clinical");
        }
        if (code != null) {
            String system = code.getSystem() == null ? "" : code.getSystem();
            String value = code.getValue() == null ? "" : code.getValue();
            params.put("code", IcdCode.bare(value));
            params.put("concern", concernCode(system, value));
            String icd = "(x.source <> 'R' and upper(replace(x.code, '.', '')) = :code)";
            String concern = "(x.source = 'R' and x.code = :concern)";
            conditions.add(switch (system) {
                case "" -> "(" + icd + " or " + concern + ")";
                case FhirSystems.ICD_10_CM -> icd;
                case RhomboidCodes.RED_FLAGS, FhirSystems.SNOMED -> concern;
                default -> "false";
            });
        }
        conditions.add(FhirDates.condition("x.onset_date", true, onsetDate, zone, params, "onset"));
        conditions.add(FhirDates.condition("x.recorded_at", false, recordedDate, zone, params, "recorded"));
        conditions.add(FhirDates.condition("x.updated_at", false, lastUpdated, zone, params,
                "updated"));
        return String.join(" and ", conditions);
    }

    /** The red-flag concern's Rhomboid code a searched code names, in its system (or none), else "". */
    private static String concernCode(String system, String value) {
        for (var suspected : org.rhomboid.screening.domain.Condition.values()) {
            String ours = RhomboidCodes.redFlagCode(suspected);
            boolean snomed = RhomboidCodes.redFlagSnomed(suspected).map(c -> c.getCode().equals(value)).orElse(false);
            if ((!system.equals(FhirSystems.SNOMED) && ours.equals(value))
                    || (!system.equals(RhomboidCodes.RED_FLAGS) && snomed)) {
                return ours;
            }
        }
        return "";
    }
}
