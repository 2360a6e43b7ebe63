package org.rhomboid.claims.domain;

/**
 * An uploaded X12 file (a 999 acknowledgment) that cannot be read as it stands, naming the segment and its position
 * in the file (ISA is segment 1). Nothing in a file with such an error is recorded.
 */
public class X12FileException extends RuntimeException {

    private final String segment;
    private final int position;

    public X12FileException(String segment, int position, String problem) {
        super("Segment " + (segment.isEmpty() ? "?" : segment) + " at position " + position + ": " + problem);
        this.segment = segment;
        this.position = position;
    }

    public static X12FileException at(X12Segment segment, String problem) {
        return new X12FileException(segment.tag(), segment.position(), problem);
    }

    public String segment() {
        return segment;
    }

    public int position() {
        return position;
    }
}
