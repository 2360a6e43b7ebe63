package org.rhomboid.billing.claim;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Thin layer over StAEDI's writer: one call per segment, trailing empty elements dropped (X12 forbids them), and a
 * running count of segments since ST so SE01 is always right.
 */
final class Segments {

    /** A composite element such as {@code HC:97110:GP} or {@code 11:B:1}. */
    record Composite(List<String> components) {
    }

    /** Element, component, segment and repetition separators. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[*:~^]");

    private final EDIStreamWriter out;
    private int sinceTransactionStart;

    Segments(EDIStreamWriter out) {
        this.out = out;
    }

    static Composite composite(String... components) {
        return new Composite(Arrays.asList(components));
    }

    /** Elements are Strings (null or "" for an empty position) or {@link Composite}s. */
    void write(String tag, Object... elements) {
        if (!tag.equals("ISA")) {
            // Defence in depth: the claim records refuse these already; nothing may split or garble a segment.
            for (Object element : elements) {
                List<String> values = element instanceof Composite composite ? composite.components()
                        : java.util.Collections.singletonList((String) element);
                for (String value : values) {
                    if (value != null && (SEPARATORS.matcher(value).find() || !Check.printable(value))) {
                        throw new IllegalArgumentException("a value of the " + tag
                                + " segment holds an X12 separator or a control character");
                    }
                }
            }
        }
        try {
            out.writeStartSegment(tag);
            int last = lastUsed(elements);
            for (int i = 0; i <= last; i++) {
                writeElement(elements[i]);
            }
            out.writeEndSegment();
        } catch (EDIStreamException e) {
            throw new ClaimWriteException("could not write " + tag + " segment", e);
        }
        if (tag.equals("ST")) {
            sinceTransactionStart = 0;
        }
        sinceTransactionStart++;
    }

    /** Segments from ST through the one about to be written, i.e. the value SE01 needs. */
    int countIncludingNext() {
        return sinceTransactionStart + 1;
    }

    private void writeElement(Object element) throws EDIStreamException {
        if (element instanceof Composite composite) {
            List<String> parts = composite.components();
            int last = lastUsed(parts.toArray());
            out.writeStartElement();
            for (int i = 0; i <= last; i++) {
                String part = parts.get(i);
                if (isEmpty(part)) {
                    out.writeEmptyComponent();
                } else {
                    out.writeComponent(part);
                }
            }
            out.endElement();
        } else if (isEmpty(element)) {
            out.writeEmptyElement();
        } else {
            out.writeElement((String) element);
        }
    }

    private static int lastUsed(Object[] values) {
        int last = values.length - 1;
        while (last >= 0 && isEmpty(values[last])) {
            last--;
        }
        return last;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isEmpty())
                || (value instanceof Composite composite && lastUsed(composite.components().toArray()) < 0);
    }
}
