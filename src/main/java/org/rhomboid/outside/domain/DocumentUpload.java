package org.rhomboid.outside.domain;

import java.util.Optional;

/**
 * Whether a file may be filed to a chart: at most 10 MB, and a PDF, JPEG or PNG by its bytes (see {@link FileKind});
 * the client's content type is never asked. The file's name is kept only as a label for people: without the
 * folders a browser may send, control or direction-changing characters, and at most 200 characters.
 */
public final class DocumentUpload {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String TOO_LARGE = "The file is larger than 10 MB; scan it at a lower resolution, or in parts";
    static final int LABEL_LIMIT = 200;

    /** An accepted file: what it is and the label to show; or the problem to show beside the file field. */
    public record Checked(FileKind kind, String label, String problem) {
        public boolean accepted() {
            return problem == null;
        }
    }

    private DocumentUpload() {
    }

    public static Checked check(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return refused(fileName == null || fileName.isBlank() ? "Choose the file to upload"
                                                                   : "The file is empty; scan or save it again");
        }
        if (bytes.length > MAX_BYTES) {
            return refused(TOO_LARGE);
        }
        Optional<FileKind> kind = FileKind.of(bytes);
        if (kind.isEmpty()) {
            return refused(FileKind.claimsAKnownKind(bytes)
                    ? "The file could not be read; it may be damaged or incomplete. Save or scan it again"
                    : "Upload a PDF, JPEG or PNG file; this file is none of them, whatever its name says");
        }
        return new Checked(kind.get(), label(fileName, kind.get()), null);
    }

    /** The file's own name as a label: no path, no invisible characters, never empty, at most 200 characters. */
    static String label(String fileName, FileKind kind) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(DocumentUpload::visible).forEach(kept::appendCodePoint);
        String label = kept.toString().strip();
        if (label.isEmpty() || label.chars().allMatch(c -> c == '.')) {
            return "document." + kind.extension();
        }
        if (label.codePointCount(0, label.length()) > LABEL_LIMIT) {
            label = label.substring(0, label.offsetByCodePoints(0, LABEL_LIMIT)).strip();
        }
        return label;
    }

    private static boolean visible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }

    private static Checked refused(String problem) {
        return new Checked(null, null, problem);
    }
}
