package org.rhomboid.fhir.practitioner;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirReader;
import org.springframework.stereotype.Component;

/**
 * PractitionerRole (US Core): each clinician's role at the clinic (NUCC taxonomy), its Organization and work
 * e-mail; read, search _id, practitioner; _include practitioner and organization.
 */
@Component
public class PractitionerRoleProvider implements IResourceProvider, FhirReader {

    private final PractitionerRecords records;
    private final FhirIncludes includes;

    PractitionerRoleProvider(PractitionerRecords records, FhirIncludes includes) {
        this.records = records;
        this.includes = includes;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Override
    public String type() {
        return PractitionerRecords.ROLE;
    }

    @Override
    public Optional<PractitionerRole> find(String id) {
        return records.find(type(), id, records::role);
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
        return records.read(type(), FhirIds.of(id), records::role);
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner,
                                  @IncludeParam(allow = {"PractitionerRole:practitioner",
                                          "PractitionerRole:organization"}) Set<Include> include,
                                  @Offset Integer offset, @Count Integer count) {
        UUID who = practitioner == null ? null
                   : FhirIds.ofReference("practitioner", practitioner.getIdPart());
        return records.search(type(), id, null, null, who, records::role, FhirPage.of(offset, count),
                shown -> includes.include(shown, include, Map.of(
                        "PractitionerRole:practitioner", r -> List.of(((PractitionerRole) r).getPractitioner()),
                        "PractitionerRole:organization", r -> List.of(((PractitionerRole) r).getOrganization()))));
    }
}
