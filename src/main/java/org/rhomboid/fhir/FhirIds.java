package org.rhomboid.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IIdType;

/** Rhomboid's resource ids are UUIDs: anything else names no resource (404), never a database error. */
public final class FhirIds {

    private FhirIds() {
    }

    /** The id of a read: not a UUID, so not found. */
    public static UUID of(IIdType id) {
        UUID uuid = id == null ? null : parse(id.getIdPart());
        if (uuid == null) {
            throw new ResourceNotFoundException(id == null ? "No id" : "No such resource in this clinic");
        }
        return uuid;
    }

    /** The id in a search parameter or a reference ("Patient/…" or the bare id): 400 when it can't be one. */
    public static UUID ofReference(String parameter, String value) {
        String idPart = value == null ? null : value.substring(value.lastIndexOf('/') + 1);
        UUID uuid = parse(idPart);
        if (uuid == null) {
            throw new InvalidRequestException(parameter + ": not the id of a resource on this server");
        }
        return uuid;
    }

    /** A required reference parameter ({@code patient=}): sent empty, HAPI hands over nothing — a 400 too. */
    public static UUID ofReference(String parameter, ca.uhn.fhir.rest.param.ReferenceParam reference) {
        if (reference == null || reference.getIdPart() == null) {
            throw new InvalidRequestException(parameter + " is required: the id of a resource on this server");
        }
        return ofReference(parameter, reference.getIdPart());
    }

    /** The id in a search parameter where a non-id simply matches nothing (_id). */
    public static UUID orNull(String value) {
        return parse(value == null ? null : value.substring(value.lastIndexOf('/') + 1));
    }

    private static UUID parse(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
