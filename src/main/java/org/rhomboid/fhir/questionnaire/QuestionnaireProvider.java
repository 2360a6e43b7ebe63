package org.rhomboid.fhir.questionnaire;

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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.codesystem.CodeSystemProvider;
import org.springframework.stereotype.Component;

/** The intake's and the outcome measures' Questionnaires: read, and search by {@code _id} and {@code url}. */
@Component
public class QuestionnaireProvider implements IResourceProvider {

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read
    public Questionnaire read(@IdParam IdType id) {
        return Questionnaires.find(id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("No such questionnaire"));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id, @OptionalParam(name = "url") UriParam url,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        List<Questionnaire> matches = Questionnaires.all().stream()
                .filter(q -> id == null || q.getIdPart().equals(id.getValue()))
                .filter(q -> url == null || CodeSystemProvider.canonical(url.getValue(), q.getUrl(), q.getVersion()))
                .toList();
        return page.answer(matches.stream().skip(page.offset()).limit(page.limit()).toList(), matches::size);
    }
}
