package org.rhomboid.outside.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The three kinds of file a chart accepts, recognised by their bytes alone: the browser's content type and the
 * file's name are the sender's claim, and an HTML page named "referral.pdf" must never be served back as anything.
 * Beyond the magic number each kind must parse a little: a PDF ends with its %%EOF marker, an image's header
 * gives sensible dimensions (and a PNG ends with its IEND chunk).
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** An image side outside these bounds is a broken header or a decompression bomb, not a scan. */
    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 20_000;
    /** Readers look for the end-of-file marker in the last kilobyte; some writers add a line or two after it. */
    private static final int PDF_TAIL = 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean image() {
        return this != PDF;
    }

    /** The kind stored under this content type (one of the three this enum names). */
    public static FileKind ofContentType(String contentType) {
        for (FileKind kind : values()) {
            if (kind.contentType.equals(contentType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a content type Rhomboid stores");
    }

    /** The kind the bytes prove, or empty when they are none of the three (or only pretend to be). */
    public static Optional<FileKind> of(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return pdfEnds(bytes) ? Optional.of(PDF) : Optional.empty();
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return pngReadable(bytes) ? Optional.of(PNG) : Optional.empty();
        }
        if (bytes.length > 3 && u8(bytes, 0) == 0xFF && u8(bytes, 1) == 0xD8 && u8(bytes, 2) == 0xFF) {
            return jpegReadable(bytes) ? Optional.of(JPEG) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the bytes begin like one of the three, even if they then fail to parse (a damaged file). */
    static boolean claimsAKnownKind(byte[] b) {
        return b != null && (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, PNG_SIGNATURE)
                || b.length > 3 && u8(b, 0) == 0xFF && u8(b, 1) == 0xD8 && u8(b, 2) == 0xFF);
    }

    private static boolean pdfEnds(byte[] b) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int i = b.length - marker.length; i >= Math.max(0, b.length - PDF_TAIL); i--) {
            if (regionMatches(b, i, marker)) {
                return true;
            }
        }
        return false;
    }

    /** Signature, then the IHDR chunk first (13 bytes: width, height…), and the IEND chunk last. */
    private static boolean pngReadable(byte[] b) {
        if (b.length < 8 + 25 + PNG_END.length || int32(b, 8) != 13 || !regionMatches(b, 12, "IHDR".getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        return sensible(int32(b, 16), int32(b, 20)) && regionMatches(b, b.length - PNG_END.length, PNG_END);
    }

    /** Walks the JPEG's marker segments to the frame header (SOFn), which gives height and width. */
    private static boolean jpegReadable(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if (u8(b, i) != 0xFF) {
                return false;
            }
            int marker = u8(b, i + 1);
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return false; // end of image or image data before any frame header
            }
            int length = (u8(b, i + 2) << 8) | u8(b, i + 3);
            if (length < 2) {
                return false;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > b.length) {
                    return false;
                }
                int height = (u8(b, i + 5) << 8) | u8(b, i + 6);
                int width = (u8(b, i + 7) << 8) | u8(b, i + 8);
                return sensible(width, height);
            }
            i += 2 + length;
        }
        return false;
    }

    private static boolean sensible(long width, long height) {
        return width >= MIN_SIDE && height >= MIN_SIDE && width <= MAX_SIDE && height <= MAX_SIDE;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && regionMatches(b, 0, prefix);
    }

    private static boolean regionMatches(byte[] b, int offset, byte[] expected) {
        if (offset < 0 || offset + expected.length > b.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (b[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static long int32(byte[] b, int i) {
        return ((long) u8(b, i) << 24) | (u8(b, i + 1) << 16) | (u8(b, i + 2) << 8) | u8(b, i + 3);
    }
}
