package org.rhomboid.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 999 implementation acknowledgment (005010X231A1) as read: for each functional group it answers (AK1: the
 * group's functional code and GS06 control number) the response to each transaction (AK2: ST01 and ST02; IK3/IK4
 * errors; IK5 status) and the group's status (AK9). Status codes: A accepted, E accepted with errors noted,
 * M/R/W/X rejected (M and W: authentication and assurance failures, X: content could not be analysed), P (AK9
 * only) partially accepted: some transactions accepted, some rejected.
 *
 * @param senderId      ISA06 (trimmed): who sent the 999, usually the clearinghouse
 * @param controlNumber ISA13: the 999 interchange's own control number
 */
public record Acknowledgment(String senderId, String controlNumber, List<Group> groups) {

    public record Group(String functionalCode, String controlNumber, String status, List<Transaction> transactions) {

        /** Accepted (true), rejected (false), or null when the group's status alone can't say (P, or absent). */
        public Boolean accepted() {
            return acceptance(status);
        }
    }

    /** @param errors each IK3 segment error and IK4 element error in words */
    public record Transaction(String setCode, String controlNumber, String status, List<String> errors) {

        public Boolean accepted() {
            return acceptance(status);
        }
    }

    private static final Map<String, String> SEGMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "unrecognized segment ID"), Map.entry("2", "unexpected segment"),
            Map.entry("3", "required segment missing"), Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"), Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"), Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));

    private static final Map<String, String> ELEMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "required data element missing"), Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"), Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"), Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"), Map.entry("8", "invalid date"), Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"), Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"), Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    static Boolean acceptance(String status) {
        return switch (status) {
            case "A", "E" -> true;
            case "R", "M", "W", "X" -> false;
            default -> null;
        };
    }

    /** Reads the 999's segments (as split by StAEDI); anything not a 999 or out of its order is refused. */
    public static Acknowledgment read(List<X12Segment> segments) {
        if (segments.isEmpty() || !segments.get(0).tag().equals("ISA")) {
            throw new X12FileException("ISA", 1, "an X12 file starts with the ISA interchange header");
        }
        X12Segment isa = segments.get(0);
        List<Group> groups = new ArrayList<>();
        String groupCode = null;
        String groupControl = null;
        List<Transaction> transactions = null;
        String setCode = null;
        String setControl = null;
        List<String> errors = null;
        String segmentError = null;
        boolean inTransaction = false;
        for (X12Segment s : segments) {
            switch (s.tag()) {
                case "GS" -> {
                    if (!s.element(1).equals("FA") || !s.element(8).startsWith("005010X231")) {
                        throw X12FileException.at(s, "not a 999 acknowledgment (GS01 must be FA and GS08"
                                + " 005010X231A1, found " + s.element(1) + " and " + s.element(8) + ")");
                    }
                }
                case "ST" -> {
                    if (!s.element(1).equals("999")) {
                        throw X12FileException.at(s, "not a 999 acknowledgment (ST01 is " + s.element(1) + ")");
                    }
                    inTransaction = true;
                }
                case "AK1" -> {
                    require(inTransaction && groupCode == null, s, "AK1 opens the response to one functional group");
                    groupCode = s.element(1);
                    groupControl = s.element(2);
                    require(!groupControl.isEmpty() && groupControl.matches("\\d{1,9}"), s,
                            "AK102 must be the group control number (GS06) acknowledged, 1-9 digits");
                    transactions = new ArrayList<>();
                }
                case "AK2" -> {
                    require(groupCode != null && setCode == null, s, "AK2 must follow AK1 (or an IK5)");
                    setCode = s.element(1);
                    setControl = s.element(2);
                    require(!setControl.isEmpty(), s, "AK202 must be the transaction control number (ST02)");
                    errors = new ArrayList<>();
                }
                case "IK3" -> {
                    require(setCode != null, s, "IK3 must follow AK2");
                    segmentError = s.element(1) + " (segment " + s.element(2) + " of the transaction"
                            + (s.element(3).isEmpty() ? "" : ", loop " + s.element(3)) + ")";
                    errors.add(segmentError + ": " + SEGMENT_ERRORS.getOrDefault(s.element(4),
                            "error " + s.element(4)));
                }
                case "IK4" -> {
                    require(setCode != null, s, "IK4 must follow AK2");
                    String position = s.component(1, 1) + (s.component(1, 2).isEmpty() ? "" : "-" + s.component(1, 2));
                    errors.add((segmentError == null ? "" : segmentError + " ") + "element " + position
                            + (s.element(2).isEmpty() ? "" : " (data element " + s.element(2) + ")") + ": "
                            + ELEMENT_ERRORS.getOrDefault(s.element(3), "error " + s.element(3))
                            + (s.element(4).isEmpty() ? "" : ", found '" + s.element(4) + "'"));
                }
                case "IK5" -> {
                    require(setCode != null, s, "IK5 must follow AK2");
                    require(!s.element(1).isEmpty(), s, "IK501 must be the transaction's status (A, E, M, R, W, X)");
                    transactions.add(new Transaction(setCode, setControl, s.element(1), List.copyOf(errors)));
                    setCode = null;
                    segmentError = null;
                }
                case "AK9" -> {
                    require(groupCode != null && setCode == null, s, "AK9 must close an AK1 after each IK5");
                    require(!s.element(1).isEmpty(), s, "AK901 must be the group's status (A, E, P, R, …)");
                    groups.add(new Group(groupCode, groupControl, s.element(1), List.copyOf(transactions)));
                    groupCode = null;
                }
                case "SE" -> {
                    require(groupCode == null, s, "the AK1 response has no AK9");
                    inTransaction = false;
                }
                default -> {
                }
            }
        }
        if (groups.isEmpty()) {
            throw new X12FileException("AK1", 1, "the 999 acknowledges no functional group (no AK1 … AK9)");
        }
        return new Acknowledgment(isa.element(6).strip(), isa.element(13).strip(), List.copyOf(groups));
    }

    private static void require(boolean condition, X12Segment s, String problem) {
        if (!condition) {
            throw X12FileException.at(s, problem);
        }
    }
}
