package org.rhomboid.fhir.careplan;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;

/** A CarePlan search as SQL over plans of care ({@code pc}) and their episodes ({@code e}). */
record CarePlanQuery(TokenParam id, ReferenceParam patient, TokenParam category, TokenParam status,
                     DateRangeParam date) {

    UUID patientId() {
        return patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
    }

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("pc.id = :id");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("e.patient_id = :patient");
        }
        if (category != null) {
            boolean system = category.getSystem() == null || category.getSystem().isBlank()
                    || category.getSystem().equals(CarePlanMapping.CATEGORY);
            conditions.add(system && "assess-plan".equals(category.getValue()) ? "true" : "false");
        }
        if (status != null) {
            String value = status.getValue() == null ? "" : status.getValue();
            conditions.add(switch (value) {
                case "active" -> "e.status = 'OPEN'";
                case "on-hold" -> "e.status = 'ON_HOLD'";
                case "completed" -> "e.status = 'DISCHARGED'";
                default -> "false";
            });
        }
        // The plan's period starts on its start date: date searches compare that day.
        conditions.add(FhirDates.condition("pc.start_date", true, date, zone, params, "date"));
        return String.join(" and ", conditions);
    }
}
