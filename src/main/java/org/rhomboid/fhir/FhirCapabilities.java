package org.rhomboid.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.springframework.stereotype.Component;

/**
 * /fhir/metadata as generated from the providers (every interaction, search parameter and include they declare),
 * said to instantiate the US Core 6.1.0 server, with the profiles each type's resources claim.
 */
@Component
class FhirCapabilities implements FhirInterceptor {

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void describe(IBaseConformance generated) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        statement.getInstantiates().clear();
        statement.addInstantiates(FhirProfiles.US_CORE_SERVER);
        statement.setPublisher("Rhomboid");
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            for (CapabilityStatement.CapabilityStatementRestResourceComponent resource : rest.getResource()) {
                resource.getSupportedProfile().clear();
                FhirProfiles.BY_TYPE.getOrDefault(resource.getType(), java.util.List.of())
                        .forEach(resource::addSupportedProfile);
            }
        }
    }
}
