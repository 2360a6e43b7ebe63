package org.rhomboid.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MultipartFile;

/**
 * X12 files sent to Rhomboid. By API, as a request's raw body (an 835, a 999): it comes as {@code application/edi-x12} (RFC 1767) or
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

    /** An X12 file uploaded on a page: its text, or what to say beside the file field. */
    public record Upload(String text, String problem) {
        public boolean refused() {
            return problem != null;
        }
    }

    /** An 835 for a month of a busy clinic's claims is a few hundred kilobytes. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /**
     * The text of an uploaded file, refused when none was chosen ({@code choose} says which), over 5 MB
     * ({@code tooLarge}) or not UTF-8 text ({@code kind} names the file: "an 835", "a 999").
     */
    public static Upload uploaded(MultipartFile file, String choose, String tooLarge, String kind) throws IOException {
        if (file == null || file.isEmpty()) {
            return new Upload(null, choose);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return new Upload(null, tooLarge);
        }
        try {
            return new Upload(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes()))
                    .toString(), null);
        } catch (CharacterCodingException notText) {
            return new Upload(null, "The file is not a text file: " + kind + " is plain text.");
        }
    }
}
