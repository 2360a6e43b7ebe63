package org.rhomboid.fhir.document;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirServer;
import org.springframework.stereotype.Component;

/**
 * DocumentReference (US Core): read; search by {@code patient} with {@code category}, {@code type} and {@code date},
 * {@code _id}, {@code _sort=date}, {@code _include=DocumentReference:patient}, {@code _revinclude=Provenance:target};
 * and US Core's {@code $docref} (the patient's documents about days from {@code start} to {@code end}).
 */
@Component
public class DocumentReferenceProvider implements IResourceProvider {

    private static final Map<String, Function<Resource, List<Reference>>> INCLUDES = Map.of(
            "DocumentReference:patient", r -> List.of(((DocumentReference) r).getSubject()),
            "DocumentReference:subject", r -> List.of(((DocumentReference) r).getSubject()));

    private final DocumentRecords records;
    private final FhirIncludes includes;

    DocumentReferenceProvider(DocumentRecords records, FhirIncludes includes) {
        this.records = records;
        this.includes = includes;
    }

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Read
    public DocumentReference read(@IdParam IdType id) {
        return records.read(id.getIdPart());
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = DocumentReference.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = DocumentReference.SP_CATEGORY) TokenOrListParam category,
                                  @OptionalParam(name = DocumentReference.SP_TYPE) TokenOrListParam type,
                                  @OptionalParam(name = DocumentReference.SP_DATE) DateRangeParam date,
                                  @IncludeParam(allow = {"DocumentReference:patient", "DocumentReference:subject"})
                                  Set<Include> include,
                                  @IncludeParam(reverse = true, allow = {"Provenance:target"}) Set<Include> revinclude,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        ReferenceParam named = patient != null ? patient : subject;
        if (named == null && id == null) {
            throw new InvalidRequestException("Search DocumentReferences by patient (or _id)");
        }
        UUID patientId = named == null ? null : FhirIds.ofReference("patient", named.getValue());
        FhirPage page = FhirPage.of(offset, count);
        DocumentRecords.SearchAnswer answer = records.search(
                new DocumentQuery(patientId, id, category, type, date, null, null, sort), page);
        includes.include(answer.shown(), include, INCLUDES);
        return answer.page(page, includes.revinclude(answer.shown(), revinclude));
    }

    /**
     * US Core's $docref: the patient's documents about the days from {@code start} to {@code end} (both optional;
     * without them, all the patient's documents), of the {@code type} given; every one is made on demand.
     */
    @Operation(name = "$docref", idempotent = true, bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider docref(@OperationParam(name = "patient", min = 1, max = 1) StringType patient,
                                  @OperationParam(name = "start", max = 1) DateType start,
                                  @OperationParam(name = "end", max = 1) DateType end,
                                  @OperationParam(name = "type", max = 1) TokenParam type,
                                  @OperationParam(name = "on-demand", max = 1) BooleanType onDemand) {
        UUID patientId = FhirIds.ofReference("patient", patient == null ? null : patient.getValue());
        TokenOrListParam types = type == null ? null : new TokenOrListParam().add(type);
        LocalDate from = day(start);
        LocalDate to = day(end);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("end must not be before start");
        }
        FhirPage page = FhirPage.of(0, FhirServer.MAX_PAGE_SIZE);
        return records.search(new DocumentQuery(patientId, null, null, types, null, from, to, null), page)
                .page(page, List.of());
    }

    private static LocalDate day(DateType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
    }
}
