package org.rhomboid.claims;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rhomboid.claims.domain.X12FileException;
import org.rhomboid.claims.domain.X12Segment;

/**
 * Splits an uploaded X12 interchange (a 999) or a stored batch file into segments with StAEDI, which also checks the
 * envelope (ISA/IEA, GS/GE, ST/SE: their control numbers and counts). Any syntax or envelope error stops the reading
 * with the segment and its position. (The remittance package has its own: packages don't share shells.)
 */
final class X12Files {

    private X12Files() {
    }

    static List<X12Segment> read(String x12) {
        String text = x12 == null ? "" : x12.strip();
        if (!text.startsWith("ISA")) {
            throw new X12FileException("ISA", 1, "an X12 file starts with the ISA interchange header");
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<X12Segment> segments = new ArrayList<>();
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
                    throw new X12FileException(tag, position, "the envelope or syntax is wrong ("
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
                            break; // a repeated element: the 999 and 837 fields read here never repeat
                        }
                        if (composite != null) {
                            composite.add(reader.getText());
                        } else {
                            List<String> simple = new ArrayList<>();
                            simple.add(reader.getText());
                            place(elements, reader.getLocation().getElementPosition(), simple);
                        }
                    }
                    case END_SEGMENT -> segments.add(new X12Segment(tag, position, elements));
                    default -> {
                    }
                }
            }
        } catch (X12FileException refused) {
            throw refused;
        } catch (Exception unreadable) {
            throw new X12FileException(tag, Math.max(position, 1), "the file cannot be read as X12 ("
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
}
