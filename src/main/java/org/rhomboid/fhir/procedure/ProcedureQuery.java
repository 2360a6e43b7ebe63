package org.rhomboid.fhir.procedure;

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

/** A Procedure search as SQL over the coded services ({@code s}) of signed notes ({@code n}). */
record ProcedureQuery(TokenParam id, ReferenceParam patient, DateRangeParam date, TokenParam code, TokenParam status,
                      ReferenceParam encounter, SortSpec sort) {

    UUID patientId() {
        return patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
    }

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            var line = ProcedureRecords.Line.of(id.getValue());
            params.put("id_note", line.map(ProcedureRecords.Line::noteId).orElse(null));
            params.put("id_line", line.map(ProcedureRecords.Line::line).orElse(0));
            conditions.add(line.isPresent() ? "(s.note_id = :id_note and s.line = :id_line)" : "false");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("n.patient_id = :patient");
        }
        if (encounter != null) {
            params.put("encounter", FhirIds.ofReference("encounter", encounter.getValue()));
            conditions.add("n.id = :encounter");
        }
        conditions.add(FhirDates.condition("n.visit_date", true, date, zone, params, "date"));
        if (code != null) {
            boolean system = code.getSystem() == null || code.getSystem().isBlank()
                    || code.getSystem().equals(FhirSystems.CPT);
            params.put("code", code.getValue() == null ? "" : code.getValue());
            conditions.add(system ? "s.code = :code" : "false");
        }
        if (status != null) {
            conditions.add("completed".equals(status.getValue()) ? "true" : "false");
        }
        return String.join(" and ", conditions);
    }

    String order() {
        if (sort == null) {
            return "n.visit_date, n.id, s.line";
        }
        if (sort.getChain() != null || !"date".equals(sort.getParamName())) {
            throw new InvalidRequestException("Procedures sort by date");
        }
        String direction = sort.getOrder() == SortOrderEnum.DESC ? " desc" : "";
        return "n.visit_date" + direction + ", n.id" + direction + ", s.line";
    }
}
