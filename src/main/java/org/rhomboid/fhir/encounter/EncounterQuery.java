package org.rhomboid.fhir.encounter;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirSystems;

/** An Encounter search as SQL over the signed notes ({@code n}). */
record EncounterQuery(TokenParam id, ReferenceParam patient, DateRangeParam date, TokenParam clazz, TokenParam type,
                      TokenParam status, DateRangeParam lastUpdated, SortSpec sort) {

    UUID patientId() {
        return patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
    }

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("n.id = :id");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("n.patient_id = :patient");
        }
        conditions.add(FhirDates.condition("n.visit_date", true, date, zone, params, "date"));
        conditions.add(FhirDates.condition("n.updated_at", false, lastUpdated, zone, params, "updated"));
        if (clazz != null) {
            boolean system = clazz.getSystem() == null || clazz.getSystem().isBlank()
                    || clazz.getSystem().equals(EncounterMapping.ACT_CODE);
            conditions.add(system && "AMB".equals(clazz.getValue()) ? "true" : "false");
        }
        if (status != null) {
            conditions.add("finished".equals(status.getValue()) ? "true" : "false");
        }
        if (type != null) {
            String system = type.getSystem() == null || type.getSystem().isBlank() ? null : type.getSystem();
            params.put("type", type.getValue() == null ? "" : type.getValue());
            List<String> either = new ArrayList<>();
            if (system == null || system.equals(EncounterMapping.NOTE_KIND)) {
                either.add("lower(n.kind) = replace(lower(:type), '-', '_')");
            }
            if (system == null || system.equals(FhirSystems.CPT)) {
                either.add("exists (select 1 from note_service s where s.clinic_id = n.clinic_id and s.note_id = n.id"
                        + " and s.code = :type and s.code in " + EncounterMapping.EVALUATION_CODES + ")");
            }
            conditions.add(either.isEmpty() ? "false" : "(" + String.join(" or ", either) + ")");
        }
        return String.join(" and ", conditions);
    }

    /** By date of service, then id; {@code _sort=date} or {@code -date}. */
    String order() {
        if (sort == null) {
            return "n.visit_date, n.signed_at, n.id";
        }
        if (sort.getChain() != null || !"date".equals(sort.getParamName())) {
            throw new InvalidRequestException("Encounters sort by date");
        }
        String direction = sort.getOrder() == SortOrderEnum.DESC ? " desc" : "";
        return "n.visit_date" + direction + ", n.signed_at" + direction + ", n.id";
    }
}
