package org.rhomboid.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The part of LOINC the offline validator needs for US Core's required DocumentReference type binding: its value
 * set is every LOINC code of scale Doc, an intensional set no offline validator can expand without LOINC itself (a
 * licensed terminology not shipped here). These are the document codes Rhomboid emits, each of scale Doc, with
 * LOINC's long common name — their sources are in docs/clinical-sources.md (FHIR-DOC-*). A code not listed here
 * is not vouched for, and the validator reports it as before.
 */
final class LoincDocumentTypes implements IValidationSupport {

    static final String VALUE_SET = "http://hl7.org/fhir/us/core/ValueSet/us-core-documentreference-type";
    private static final String LOINC = "http://loinc.org";

    static final Map<String, String> DOCUMENT_CODES = Map.of(
            "11488-4", "Consult note",
            "11508-9", "Physical therapy Progress note",
            "18842-5", "Discharge summary",
            "51852-2", "Letter",
            "34895-3", "Education note");

    private final FhirContext context;

    LoincDocumentTypes(FhirContext context) {
        this.context = context;
    }

    @Override
    public FhirContext getFhirContext() {
        return context;
    }

    @Override
    public boolean isValueSetSupported(ValidationSupportContext support, String valueSetUrl) {
        return valueSetUrl != null && valueSetUrl.startsWith(VALUE_SET);
    }

    /** LOINC for the document codes alone: any other LOINC code is left to the rest of the chain, as before. */
    @Override
    public boolean isCodeSystemSupported(ValidationSupportContext support, String system) {
        return LOINC.equals(system);
    }

    @Override
    public CodeValidationResult validateCode(ValidationSupportContext support, ConceptValidationOptions options,
                                             String system, String code, String display, String valueSetUrl) {
        if (isValueSetSupported(support, valueSetUrl)) {
            return answer(system, code);
        }
        if (valueSetUrl == null && LOINC.equals(system) && DOCUMENT_CODES.containsKey(code)) {
            return answer(system, code);
        }
        return null;
    }

    @Override
    public CodeValidationResult validateCodeInValueSet(ValidationSupportContext support,
                                                       ConceptValidationOptions options, String system, String code,
                                                       String display, IBaseResource valueSet) {
        String url = valueSet == null ? null : context.newTerser().getSinglePrimitiveValueOrNull(valueSet, "url");
        if (!isValueSetSupported(support, url)) {
            return null;
        }
        return answer(system, code);
    }

    private static CodeValidationResult answer(String system, String code) {
        String name = LOINC.equals(system) ? DOCUMENT_CODES.get(code) : null;
        if (name == null) {
            return new CodeValidationResult().setSeverity(IssueSeverity.ERROR)
                    .setMessage("Not one of the LOINC document codes vouched for offline: " + system + "#" + code);
        }
        return new CodeValidationResult().setCode(code).setDisplay(name).setCodeSystemName("LOINC");
    }
}
