package org.rhomboid.web;

import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * An X12 file sent as a request's raw body (an 835, a 999) comes as {@code application/edi-x12} (RFC 1767) or
 * {@code text/plain}. Checked in the route, after its role check, so a caller who may not post one is told 403
 * whatever they send; anything else is answered 415 as problem+json (ApiProblemHandler).
 */
public final class X12Requests {

    public static final MediaType EDI_X12 = MediaType.valueOf("application/edi-x12");
    private static final List<MediaType> ACCEPTED = List.of(EDI_X12, MediaType.TEXT_PLAIN);

    private X12Requests() {
    }

    public static void requireX12(String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType sent = parsed(contentType);
        if (sent == null || sent.isWildcardType() || sent.isWildcardSubtype()
                || ACCEPTED.stream().noneMatch(type -> type.includes(sent))) {
            throw new HttpMediaTypeNotSupportedException(sent, ACCEPTED);
        }
    }

    private static MediaType parsed(String contentType) {
        try {
            return contentType == null || contentType.isBlank() ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
