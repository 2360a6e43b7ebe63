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

/** A Condition search as SQL over the signed notes ({@code n}), their episode ({@code e}) and diagnoses ({@code d}). */
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
            params.put("id_note", diagnosis.map(ConditionRecords.Diagnosis::noteId).orElse(null));
            params.put("id_n", diagnosis.map(ConditionRecords.Diagnosis::n).orElse(0));
            conditions.add(diagnosis.isPresent() ? "(n.id = :id_note and d.n = :id_n)" : "false");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("n.patient_id = :patient");
        }
        if (encounter != null) {
            params.put("encounter", FhirIds.ofReference("encounter", encounter.getValue()));
            conditions.add("n.id = :encounter");
        }
        if (category != null) {
            boolean system = category.getSystem() == null || category.getSystem().isBlank()
                    || category.getSystem().equals(FhirSystems.CONDITION_CATEGORY);
            conditions.add(system && "encounter-diagnosis".equals(category.getValue()) ? "true" : "false");
        }
        if (clinicalStatus != null) {
            String value = clinicalStatus.getValue() == null ? "" : clinicalStatus.getValue();
            conditions.add(switch (value) {
                case "active" -> "e.status <> 'DISCHARGED'";
                case "resolved" -> "e.status = 'DISCHARGED'";
                default -> "false";
            });
        }
        if (code != null) {
            boolean system = code.getSystem() == null || code.getSystem().isBlank()
                    || code.getSystem().equals(FhirSystems.ICD_10_CM);
            params.put("code", IcdCode.bare(code.getValue()));
            conditions.add(system ? "upper(replace(d.code, '.', '')) = :code" : "false");
        }
        conditions.add(FhirDates.condition("e.onset_date", true, onsetDate, zone, params, "onset"));
        conditions.add(FhirDates.condition("n.signed_at", false, recordedDate, zone, params, "recorded"));
        conditions.add(FhirDates.condition("greatest(n.updated_at, e.updated_at)", false, lastUpdated, zone, params,
                "updated"));
        return String.join(" and ", conditions);
    }
}
