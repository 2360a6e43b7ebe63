package org.rhomboid.fhir.codesystem;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Rhomboid's code systems (no patient data, the same for every clinic): read, and search by {@code _id} and {@code url}. */
@Component
public class CodeSystemProvider implements IResourceProvider {

    @Override
    public Class<CodeSystem> getResourceType() {
        return CodeSystem.class;
    }

    @Read
    public CodeSystem read(@IdParam IdType id) {
        return all().stream().filter(c -> c.getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("No such code system"));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id, @OptionalParam(name = "url") UriParam url,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        List<CodeSystem> matches = all().stream()
                .filter(c -> id == null || c.getIdPart().equals(id.getValue()))
                .filter(c -> url == null || canonical(url.getValue(), c.getUrl(), c.getVersion())).toList();
        List<CodeSystem> rows = matches.stream().skip(page.offset()).limit(page.limit()).toList();
        return page.answer(rows, matches::size);
    }

    /** A canonical search value, with or without its {@code |version}. */
    public static boolean canonical(String value, String url, String version) {
        int bar = value.indexOf('|');
        return bar < 0 ? value.equals(url) : value.substring(0, bar).equals(url)
                && value.substring(bar + 1).equals(version);
    }

    static List<CodeSystem> all() {
        return List.of(codeSystem(RhomboidCodes.OUTCOMES_ID, RhomboidCodes.OUTCOMES, "RhomboidOutcomeMeasures",
                        "Rhomboid outcome measures", "Scores, subscales and items of the outcome measures Rhomboid"
                                + " records that LOINC does not code (PSFS, FABQ, FRI, GROC, the NPRS mean, items).",
                        RhomboidCodes.outcomes()),
                codeSystem(RhomboidCodes.EXAM_ID, RhomboidCodes.EXAM, "RhomboidExamMeasures",
                        "Rhomboid exam measurements", "Measurements of Rhomboid's structured thoracic examination:"
                                + " range of motion, craniovertebral angle and strength.", RhomboidCodes.exam()),
                codeSystem(RhomboidCodes.RED_FLAGS_ID, RhomboidCodes.RED_FLAGS, "RhomboidRedFlagConcerns",
                        "Rhomboid red-flag concerns", "The serious pathologies and non-musculoskeletal sources of"
                                + " thoracic pain that Rhomboid's red-flag screening raises concerns about.",
                        RhomboidCodes.redFlags()));
    }

    private static CodeSystem codeSystem(String id, String url, String name, String title, String description,
                                         List<RhomboidCodes.Concept> concepts) {
        CodeSystem system = new CodeSystem();
        system.setId(id);
        system.setUrl(url).setVersion(RhomboidCodes.VERSION).setName(name).setTitle(title)
                .setStatus(PublicationStatus.ACTIVE).setExperimental(false).setPublisher("Rhomboid")
                .setDescription(description).setCaseSensitive(true)
                .setContent(CodeSystem.CodeSystemContentMode.COMPLETE).setCount(concepts.size());
        for (RhomboidCodes.Concept concept : concepts) {
            system.addConcept().setCode(concept.code()).setDisplay(concept.display())
                    .setDefinition(concept.definition());
        }
        system.getMeta().setVersionId(RhomboidCodes.VERSION);
        return system;
    }
}
