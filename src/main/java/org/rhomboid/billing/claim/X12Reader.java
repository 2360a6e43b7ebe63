package org.rhomboid.billing.claim;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 as {@link X12ClaimWriter} writes it: splits an interchange (an 835, a 999, a stored 837P batch) into
 * segments with StAEDI, which also checks the
 * envelope (ISA/IEA, GS/GE, ST/SE: their control numbers and counts). Any syntax or envelope error stops the reading
 * with the segment and its position (ISA = 1), as the caller's own refusal. Elements are lists: a simple element
 * holds one value, a composite its components; a repeated element keeps its first occurrence (no field Rhomboid
 * reads repeats).
 */
public final class X12Reader {

    /** Makes the caller's segment from its tag, position and elements. */
    @FunctionalInterface
    public interface Segments<S> {
        S segment(String tag, int position, List<List<String>> elements);
    }

    /** Makes the caller's refusal: the segment, its position and why. */
    @FunctionalInterface
    public interface Refusals {
        RuntimeException refusal(String segment, int position, String why);
    }

    private X12Reader() {
    }

    public static <S> List<S> read(String x12, Segments<S> make, Refusals refuse) {
        String text = x12 == null ? "" : x12.strip();
        if (!text.startsWith("ISA")) {
            throw refuse.refusal("ISA", 1, "an X12 file starts with the ISA interchange header");
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<S> segments = new ArrayList<>();
        String tag = "";
        int position = 0;
        List<List<String>> elements = new ArrayList<>();
        List<String> composite = null;
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError()) {
                    String where = reader.getReferenceCode() == null ? tag : reader.getReferenceCode();
                    throw new Refused(tag, position, "the envelope or syntax is wrong ("
                            + reader.getErrorType().toString().toLowerCase().replace('_', ' ') + ", " + where + ")");
                }
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        position++;
                        elements = new ArrayList<>();
                    }
                    case START_COMPOSITE -> {
                        composite = new ArrayList<>();
                        place(elements, reader.getLocation().getElementPosition(), composite);
                    }
                    case END_COMPOSITE -> composite = null;
                    case ELEMENT_DATA -> {
                        if (reader.getLocation().getElementOccurrence() > 1) {
                            break;
                        }
                        if (composite != null) {
                            composite.add(reader.getText());
                        } else {
                            List<String> simple = new ArrayList<>();
                            simple.add(reader.getText());
                            place(elements, reader.getLocation().getElementPosition(), simple);
                        }
                    }
                    case END_SEGMENT -> segments.add(make.segment(tag, position, elements));
                    default -> {
                    }
                }
            }
        } catch (Refused refused) {
            throw refuse.refusal(refused.segment, refused.position, refused.getMessage());
        } catch (Exception unreadable) {
            throw refuse.refusal(tag, Math.max(position, 1), "the file cannot be read as X12 ("
                    + firstLine(unreadable.getMessage()) + ")");
        }
        return segments;
    }

    private static void place(List<List<String>> elements, int number, List<String> element) {
        while (elements.size() < number - 1) {
            elements.add(new ArrayList<>(List.of("")));
        }
        if (elements.size() == number - 1) {
            elements.add(element);
        } else if (number >= 1) {
            elements.set(number - 1, element);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** An error StAEDI reported, carried out of the reading loop. */
    private static final class Refused extends RuntimeException {
        private final String segment;
        private final int position;

        Refused(String segment, int position, String why) {
            super(why, null, false, false);
            this.segment = segment;
            this.position = position;
        }
    }
}
