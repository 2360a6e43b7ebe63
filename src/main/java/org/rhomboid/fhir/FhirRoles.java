package org.rhomboid.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.Permission;
import org.springframework.stereotype.Component;

/**
 * The role rule on every FHIR interaction, twice: before the provider runs (the type asked for, read or write), and
 * on the answer (every resource in it, so nothing reaches a role through {@code _include}, {@code _revinclude} or an
 * operation that its own search would refuse). Tenancy needs nothing here: every query names the caller's clinic and
 * row-level security holds it again.
 */
@Component
class FhirRoles implements FhirInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void before(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        String type = request.getResourceName();
        if (type == null) {
            type = operation == RestOperationTypeEnum.TRANSACTION ? "Bundle" : "OperationOutcome";
        }
        boolean write = switch (operation) {
            case CREATE, UPDATE, PATCH, DELETE, TRANSACTION, BATCH -> true;
            default -> false;
        };
        require(write ? FhirAccess.toWrite(type) : FhirAccess.toRead(type), write ? "write " : "read ", type);
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public boolean after(RequestDetails request, IBaseResource answer) {
        if (answer instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() != null) {
                    String type = entry.getResource().fhirType();
                    require(FhirAccess.toRead(type), "read ", type);
                }
            }
        } else if (answer != null && request.getRestOperationType() != RestOperationTypeEnum.METADATA) {
            require(FhirAccess.toRead(answer.fhirType()), "read ", answer.fhirType());
        }
        return true;
    }

    private static void require(Optional<Permission> permission, String verb, String type) {
        StaffPrincipal me = StaffPrincipal.current().orElse(null);
        if (me == null || permission.isEmpty() || !me.may(permission.get())) {
            throw new ForbiddenOperationException("Your role may not " + verb + type + " resources");
        }
    }
}
