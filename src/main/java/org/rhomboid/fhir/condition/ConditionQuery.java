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

/** A Condition search as SQL over the diagnoses of signed notes and plans of care ({@code x}). */
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
            boolean system = category.getSystem() == null || category.getSystem().isBlank()
                    || category.getSystem().equals(FhirSystems.CONDITION_CATEGORY);
            String value = category.getValue() == null ? "" : category.getValue();
            conditions.add(!system ? "false" : switch (value) {
                case "encounter-diagnosis" -> "x.source = 'E'";
                case "problem-list-item" -> "x.source = 'P'";
                default -> "false";
            });
        }
        if (clinicalStatus != null) {
            String value = clinicalStatus.getValue() == null ? "" : clinicalStatus.getValue();
            conditions.add(switch (value) {
                case "active" -> "x.episode_status <> 'DISCHARGED'";
                case "resolved" -> "x.episode_status = 'DISCHARGED'";
                default -> "false";
            });
        }
        if (code != null) {
            boolean system = code.getSystem() == null || code.getSystem().isBlank()
                    || code.getSystem().equals(FhirSystems.ICD_10_CM);
            params.put("code", IcdCode.bare(code.getValue()));
            conditions.add(system ? "upper(replace(x.code, '.', '')) = :code" : "false");
        }
        conditions.add(FhirDates.condition("x.onset_date", true, onsetDate, zone, params, "onset"));
        conditions.add(FhirDates.condition("x.recorded_at", false, recordedDate, zone, params, "recorded"));
        conditions.add(FhirDates.condition("x.updated_at", false, lastUpdated, zone, params,
                "updated"));
        return String.join(" and ", conditions);
    }
}
