package org.rhomboid.claims.domain;

import java.util.List;

/**
 * One X12 segment as read from an uploaded file: its tag, its position in the file (ISA is 1) and its elements, each
 * a list of components (a simple element has one). Element 1 is the first after the tag, as the guides count.
 */
public record X12Segment(String tag, int position, List<List<String>> elements) {

    public X12Segment {
        elements = elements.stream().map(List::copyOf).toList();
    }

    /** The element's first component, or "" when the file leaves it out. */
    public String element(int number) {
        return component(number, 1);
    }

    public String component(int number, int component) {
        if (number < 1 || number > elements.size()) {
            return "";
        }
        List<String> components = elements.get(number - 1);
        return component <= components.size() ? components.get(component - 1) : "";
    }
}
