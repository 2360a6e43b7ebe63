package org.rhomboid.fhir.patient;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.patient.domain.Sex;

/**
 * A Patient search as SQL over the patient table. Names match from their start, ignoring case, through the stored
 * lower-case keys and the leakproof range operators PostgreSQL can answer from the name indexes under row-level
 * security (docs/architecture.md, "Row-level security and indexes"); {@code :exact} matches the whole name as stored.
 */
record PatientQuery(TokenParam id, TokenParam identifier, StringParam name, StringParam family, StringParam given,
                    DateRangeParam birthdate, TokenParam gender, DateRangeParam lastUpdated, SortSpec sort,
                    UUID clinicId, ZoneId zone) {

    String where(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            conditions.add("p.id = :id");
        }
        if (identifier != null) {
            if (identifier.getSystem() != null && !identifier.getSystem().isBlank()
                    && !identifier.getSystem().equals(FhirSystems.mrn(clinicId))) {
                conditions.add("false");
            }
            params.put("mrn", identifier.getValue() == null ? "" : identifier.getValue().strip().toUpperCase(Locale.ROOT));
            conditions.add("p.mrn = :mrn");
        }
        name(conditions, params, name, "name", true, true);
        name(conditions, params, family, "family", true, false);
        name(conditions, params, given, "given", false, true);
        conditions.add(FhirDates.condition("p.birth_date", true, birthdate, zone, params, "birth"));
        conditions.add(FhirDates.condition("p.updated_at", false, lastUpdated, zone, params, "updated"));
        if (gender != null) {
            params.put("sex", sex(gender.getValue()));
            conditions.add("p.sex = :sex");
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** Family name, then given name, then birth date, unless the client sorts by family, birthdate or _lastUpdated. */
    String order() {
        if (sort == null) {
            return "p.family_name_key using ~<~, p.given_name_key using ~<~, p.birth_date, p.id";
        }
        List<String> keys = new ArrayList<>();
        for (SortSpec spec = sort; spec != null; spec = spec.getChain()) {
            String direction = spec.getOrder() == SortOrderEnum.DESC ? " desc" : "";
            keys.add(switch (spec.getParamName()) {
                case "family" -> "p.family_name_key" + (direction.isEmpty() ? " using ~<~" : " using ~>~");
                case "given" -> "p.given_name_key" + (direction.isEmpty() ? " using ~<~" : " using ~>~");
                case "birthdate" -> "p.birth_date" + direction;
                case "_lastUpdated" -> "p.updated_at" + direction;
                default -> throw new InvalidRequestException("Patients sort by family, given, birthdate or"
                        + " _lastUpdated");
            });
        }
        keys.add("p.id");
        return String.join(", ", keys);
    }

    private static void name(List<String> conditions, Map<String, Object> params, StringParam value, String key,
                             boolean family, boolean given) {
        if (value == null || value.getValue() == null) {
            return;
        }
        String typed = value.getValue().strip();
        if (typed.isEmpty()) {
            throw new InvalidRequestException(key + " must not be empty");
        }
        List<String> either = new ArrayList<>();
        if (value.isExact()) {
            params.put(key, typed);
            if (family) {
                either.add("p.family_name = :" + key);
            }
            if (given) {
                either.add("p.given_name = :" + key);
            }
        } else {
            String from = typed.toLowerCase(Locale.ROOT);
            params.put(key + "_from", from);
            params.put(key + "_to", upperBound(from));
            if (family) {
                either.add("(p.family_name_key ~>=~ :" + key + "_from and p.family_name_key ~<~ :" + key + "_to)");
            }
            if (given) {
                either.add("(p.given_name_key ~>=~ :" + key + "_from and p.given_name_key ~<~ :" + key + "_to)");
            }
        }
        conditions.add("(" + String.join(" or ", either) + ")");
    }

    /** The smallest string after every string starting with {@code prefix}, in code-point order. */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        if (last == Character.MAX_CODE_POINT) {
            return head + "\uFFFF\uFFFF";
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return head + Character.toString(next);
    }

    private static String sex(String code) {
        for (Sex sex : Sex.values()) {
            if (PatientMapping.gender(sex).toCode().equals(code)) {
                return sex.name();
            }
        }
        throw new InvalidRequestException("gender must be male, female, other or unknown");
    }
}
