package org.rhomboid.fhir.document;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirSystems;

/**
 * A DocumentReference search (or {@code $docref}) as SQL over {@link DocumentRecords#DOCUMENTS} {@code d}:
 * {@code date} is when the document was signed or made, {@code period} ($docref's start and end) the day it is about.
 */
record DocumentQuery(UUID patient, TokenParam id, TokenOrListParam category, TokenOrListParam type,
                     DateRangeParam date, LocalDate start, LocalDate end, SortSpec sort) {

    static final String CATEGORY_SYSTEM = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    static final String CLINICAL_NOTE = "clinical-note";

    String where(Map<String, Object> params, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        if (patient != null) {
            params.put("patient", patient);
            conditions.add("d.patient_id = :patient");
        }
        if (id != null) {
            params.put("id", id.getValue() == null ? "" : id.getValue());
            conditions.add("d.id = :id");
        }
        if (category != null && category.getValuesAsQueryTokens().stream().noneMatch(DocumentQuery::clinicalNote)) {
            conditions.add("false");
        }
        if (type != null) {
            List<String> kinds = new ArrayList<>();
            for (TokenParam token : type.getValuesAsQueryTokens()) {
                if (token.getSystem() == null || token.getSystem().isBlank()
                        || token.getSystem().equals(FhirSystems.LOINC)) {
                    kinds.addAll(DocumentKind.withCode(token.getValue()));
                }
            }
            params.put("kinds", kinds.isEmpty() ? List.of("none") : kinds);
            conditions.add("d.kind in (:kinds)");
        }
        conditions.add(FhirDates.condition("d.at", false, date, zone, params, "date"));
        if (start != null) {
            params.put("start", start);
            conditions.add("d.on_date >= :start");
        }
        if (end != null) {
            params.put("end", end);
            conditions.add("d.on_date <= :end");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** The newest first, unless sorted by {@code date} (either way). */
    String order() {
        if (sort == null) {
            return "d.at desc, d.id";
        }
        if (!"date".equals(sort.getParamName()) || sort.getChain() != null) {
            throw new InvalidRequestException("DocumentReferences sort by date");
        }
        return "d.at" + (sort.getOrder() == SortOrderEnum.DESC ? " desc" : "") + ", d.id";
    }

    private static boolean clinicalNote(TokenParam token) {
        return CLINICAL_NOTE.equals(token.getValue())
                && (token.getSystem() == null || token.getSystem().isBlank()
                    || token.getSystem().equals(CATEGORY_SYSTEM));
    }
}
