package org.rhomboid.remittance.domain;

/**
 * An 835 that cannot be posted as it stands, naming the segment and its position in the file (ISA is segment 1) so
 * the biller or the payer can find it. Nothing in a file with such an error is posted.
 */
public class RemittanceFileException extends RuntimeException {

    private final String segment;
    private final int position;

    public RemittanceFileException(String segment, int position, String problem) {
        super("Segment " + (segment.isEmpty() ? "?" : segment) + " at position " + position + ": " + problem);
        this.segment = segment;
        this.position = position;
    }

    public static RemittanceFileException at(Segment segment, String problem) {
        return new RemittanceFileException(segment.tag(), segment.position(), problem);
    }

    public String segment() {
        return segment;
    }

    public int position() {
        return position;
    }
}
