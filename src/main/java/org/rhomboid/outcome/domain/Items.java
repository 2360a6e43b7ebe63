package org.rhomboid.outcome.domain;

import java.util.List;

/** What each response is called, so an error can say "NDI item 4 (reading)" rather than an index. */
final class Items {

    private static final List<String> NPRS = List.of("current pain", "best pain over 24 h", "worst pain over 24 h");
    /** Knowledge base C (Vernon & Mior 1991). */
    private static final List<String> NDI = List.of("pain intensity", "personal care", "lifting", "reading",
            "headaches", "concentration", "work", "driving", "sleeping", "recreation");
    /** Oswestry v2.1a section order, as printed on the form. */
    private static final List<String> ODI = List.of("pain intensity", "personal care", "lifting", "walking",
            "sitting", "standing", "sleeping", "sex life", "social life", "travelling");
    /** Knowledge base C (Feise & Menke 2001). */
    private static final List<String> FRI = List.of("pain intensity", "sleep", "personal care", "travel", "work",
            "recreation", "frequency of pain", "lifting", "walking", "standing");

    private Items() {
    }

    /** One-based numbers for people: [2, 5, 9] → "2, 5 and 9". */
    static String numbers(List<Integer> oneBased) {
        List<String> numbers = oneBased.stream().map(String::valueOf).toList();
        int last = numbers.size() - 1;
        return last == 0 ? numbers.get(0) : String.join(", ", numbers.subList(0, last)) + " and " + numbers.get(last);
    }

    /** A readable name for the response at zero-based {@code index}, e.g. "NDI item 4 (reading)". */
    static String label(OutcomeInstrument instrument, int index) {
        int number = index + 1;
        return switch (instrument) {
            case NPRS -> "NPRS " + NPRS.get(index);
            case PSFS -> "PSFS activity " + number;
            case NDI -> "NDI item " + number + " (" + NDI.get(index) + ")";
            case ODI -> "ODI section " + number + " (" + ODI.get(index) + ")";
            case FRI -> "FRI item " + number + " (" + FRI.get(index) + ")";
            case FABQ -> "FABQ item " + number;
            case GROC -> "GROC rating";
        };
    }
}
