package org.rhomboid.fhir.observation;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.codesystem.RhomboidCodes;

/** An Observation search for one patient: category, code, date, _lastUpdated, _id, _sort. */
record ObservationQuery(UUID patientId, TokenOrListParam category, TokenOrListParam code, DateRangeParam date,
                        DateRangeParam lastUpdated, TokenParam id, SortSpec sort, ZoneId zone) {

    /** Survey results are read unless the category or every code asked for rules them out. */
    boolean wantsSurvey() {
        return wants("survey") && (code == null || code.getValuesAsQueryTokens().stream().anyMatch(t -> !isExamCode(t)));
    }

    /** Exam measurements are read unless the category or every code asked for rules them out. */
    boolean wantsExam() {
        return wants("exam") && (code == null || code.getValuesAsQueryTokens().stream().anyMatch(this::isExamCode));
    }

    private boolean isExamCode(TokenParam token) {
        boolean system = token.getSystem() == null || token.getSystem().isEmpty()
                || token.getSystem().equals(RhomboidCodes.EXAM);
        return system && RhomboidCodes.exam().stream().anyMatch(c -> c.code().equals(token.getValue()));
    }

    private boolean wants(String value) {
        if (category == null) {
            return true;
        }
        return category.getValuesAsQueryTokens().stream().anyMatch(t -> t.getValue() != null
                && t.getValue().equals(value)
                && (t.getSystem() == null || t.getSystem().isEmpty()
                    || t.getSystem().equals(FhirSystems.OBSERVATION_CATEGORY)));
    }

    /** Conditions on outcome_result {@code r} (with its episode {@code e}). */
    String surveyWhere(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(FhirDates.condition("r.measured_on", true, date, zone, params, "date"));
        conditions.add(FhirDates.condition("r.recorded_at", false, lastUpdated, zone, params, "updated"));
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("r.id = :id");
        }
        if (code != null) {
            List<String> either = new ArrayList<>();
            for (TokenParam token : code.getValuesAsQueryTokens()) {
                either.add(surveyCode(token));
            }
            conditions.add("(" + String.join(" or ", either) + ")");
        }
        return String.join(" and ", conditions);
    }

    private static String surveyCode(TokenParam token) {
        String system = token.getSystem() == null || token.getSystem().isEmpty() ? null : token.getSystem();
        String value = token.getValue() == null ? "" : token.getValue();
        if (system == null || system.equals(FhirSystems.LOINC)) {
            switch (value) {
                case "72514-3": return "(r.instrument = 'NPRS' and cardinality(r.responses) = 1)";
                case "82237-9": return "r.instrument = 'NDI'";
                case "97909-6": return "r.instrument = 'ODI'";
                default: break;
            }
        }
        if (system == null || system.equals(RhomboidCodes.OUTCOMES)) {
            switch (value) {
                case "nprs": return "(r.instrument = 'NPRS' and cardinality(r.responses) = 1)";
                case "nprs-mean": return "(r.instrument = 'NPRS' and cardinality(r.responses) = 3)";
                case "psfs", "ndi", "odi", "fabq", "fri", "groc":
                    return "r.instrument = '" + value.toUpperCase(java.util.Locale.ROOT) + "'";
                default: break;
            }
        }
        return "false";
    }

    /** Whether an exam measurement matches the code and _id (its date and _lastUpdated are in SQL). */
    boolean examMatches(Observation observation) {
        if (id != null && !observation.getIdPart().equals(id.getValue())) {
            return false;
        }
        if (code == null) {
            return true;
        }
        Coding coding = observation.getCode().getCodingFirstRep();
        return code.getValuesAsQueryTokens().stream().anyMatch(t -> coding.getCode().equals(t.getValue())
                && (t.getSystem() == null || t.getSystem().isEmpty() || t.getSystem().equals(coding.getSystem())));
    }

    /** Sorted by when recorded ({@code _lastUpdated}) rather than by the date measured. */
    boolean byLastUpdated() {
        return sort != null && sort.getParamName().equals("_lastUpdated");
    }

    /** Newest first when sorted by -date or -_lastUpdated; oldest first otherwise. */
    boolean descending() {
        if (sort == null) {
            return false;
        }
        if (!sort.getParamName().equals("date") && !sort.getParamName().equals("_lastUpdated")) {
            throw new InvalidRequestException("Observations sort by date or _lastUpdated");
        }
        if (sort.getChain() != null) {
            throw new InvalidRequestException("Observations sort by one key");
        }
        return sort.getOrder() == SortOrderEnum.DESC;
    }
}
