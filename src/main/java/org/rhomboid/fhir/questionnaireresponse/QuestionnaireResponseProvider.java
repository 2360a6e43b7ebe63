package org.rhomboid.fhir.questionnaireresponse;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * QuestionnaireResponse (US Core): submitted intakes and completed outcome forms. Read; search by {@code patient}
 * with {@code _id}, {@code questionnaire} and {@code authored}.
 */
@Component
public class QuestionnaireResponseProvider implements IResourceProvider {

    private final QuestionnaireResponseRecords records;
    private final ClinicDates dates;

    QuestionnaireResponseProvider(QuestionnaireResponseRecords records, ClinicDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        return records.read(id.getIdPart());
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE) ReferenceParam questionnaire,
                                  @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) DateRangeParam authored,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(FhirIds.ofReference("patient", patient), id, questionnaire, authored,
                dates.zone(), FhirPage.of(offset, count));
    }
}
