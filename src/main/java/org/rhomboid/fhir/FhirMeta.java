package org.rhomboid.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HexFormat;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource's version and last change, which the ETag and {@code If-None-Match} rest on. Records with an edit
 * counter give it; records without one (a signed note never changes; a plan's parts change together) are versioned
 * by their content, so the version moves exactly when what a client reads moves.
 */
public final class FhirMeta {

    private FhirMeta() {
    }

    public static <R extends Resource> R stamp(R resource, Object version, OffsetDateTime lastUpdated) {
        resource.getMeta().setVersionId(String.valueOf(version));
        if (lastUpdated != null) {
            resource.getMeta().setLastUpdated(Date.from(lastUpdated.toInstant()));
        }
        resource.setIdElement(new IdType(resource.fhirType(), resource.getIdPart(), String.valueOf(version)));
        return resource;
    }

    /** Versioned by content: the first 16 hex digits of the SHA-256 of its JSON without the meta. */
    public static <R extends Resource> R stampByContent(FhirContext context, R resource, Instant lastUpdated) {
        String json = context.newJsonParser().encodeResourceToString(resource);
        return stamp(resource, sha256(json).substring(0, 16),
                lastUpdated == null ? null : lastUpdated.atOffset(java.time.ZoneOffset.UTC));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
