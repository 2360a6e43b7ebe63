package org.rhomboid.fhir.procedure;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Procedure (US Core Procedure): each service coded on a signed visit document (a note_service line). */
@Component
public class ProcedureProvider implements IResourceProvider {

    private final ProcedureRecords records;

    ProcedureProvider(ProcedureRecords records) {
        this.records = records;
    }

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    @Read
    public Procedure read(@IdParam IdType id) {
        return records.read(ProcedureRecords.Line.of(id.getIdPart())
                .orElseThrow(() -> new ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException(
                        "No such procedure in this clinic")));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "subject") ReferenceParam subject,
                                  @OptionalParam(name = Procedure.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = Procedure.SP_CODE) TokenParam code,
                                  @OptionalParam(name = Procedure.SP_STATUS) TokenParam status,
                                  @OptionalParam(name = Procedure.SP_ENCOUNTER) ReferenceParam encounter,
                                  @IncludeParam(allow = {"Procedure:patient", "Procedure:subject",
                                          "Procedure:encounter"}) Set<Include> includes,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        return records.search(new ProcedureQuery(id, patient != null ? patient : subject, date, code, status,
                encounter, sort), includes, FhirPage.of(offset, count));
    }
}
