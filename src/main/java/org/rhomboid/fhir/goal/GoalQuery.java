package org.rhomboid.fhir.goal;

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
import org.rhomboid.goal.domain.GoalStatus;

/** A Goal search as SQL over goals ({@code g}) of episodes ({@code e}). */
record GoalQuery(TokenParam id, ReferenceParam patient, TokenParam lifecycleStatus, TokenParam achievementStatus,
                 DateRangeParam targetDate, DateRangeParam startDate) {

    UUID patientId() {
        return patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
    }

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("g.id = :id");
        }
        if (patient != null) {
            params.put("patient", patientId());
            conditions.add("e.patient_id = :patient");
        }
        if (lifecycleStatus != null) {
            params.put("lifecycle", statuses(lifecycleStatus.getValue(), true));
            conditions.add("g.status = any(:lifecycle)");
        }
        if (achievementStatus != null) {
            params.put("achievement", statuses(achievementStatus.getValue(), false));
            conditions.add("g.status = any(:achievement)");
        }
        conditions.add(FhirDates.condition("g.deadline", true, targetDate, zone, params, "target"));
        params.put("zone", zone.getId());
        conditions.add(FhirDates.condition("(g.created_at at time zone :zone)::date", true, startDate, zone, params,
                "start"));
        return String.join(" and ", conditions);
    }

    /** Rhomboid's statuses that show as the FHIR code given. */
    private static String[] statuses(String code, boolean lifecycle) {
        List<String> matching = new ArrayList<>();
        for (GoalStatus status : GoalStatus.values()) {
            String shown = lifecycle ? GoalMapping.lifecycle(status).toCode() : GoalMapping.achievement(status);
            if (shown.equals(code)) {
                matching.add(status.name());
            }
        }
        return matching.toArray(String[]::new);
    }
}
