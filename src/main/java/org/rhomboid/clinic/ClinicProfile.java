package org.rhomboid.clinic;

/**
 * The clinic as it appears on letterheads and claims, and its documentation policy.
 *
 * @param requiresCosign whether an assistant's signed daily note waits for a therapist's co-signature
 * @param lateEntryDays  a note signed more than this many days after its visit is a late entry
 */
public record ClinicProfile(String name, String addressLine, String city, String state, String postalCode,
                            String phone, String fax, String npi, String taxId, boolean requiresCosign,
                            int lateEntryDays) {

    /** "12 Harbour Street, Portland, ME 04101", skipping what is not filled in. */
    public String address() {
        StringBuilder out = new StringBuilder();
        append(out, addressLine, "");
        append(out, city, ", ");
        if (state != null || postalCode != null) {
            append(out, ((state == null ? "" : state) + " " + (postalCode == null ? "" : zip())).strip(),
                    city == null ? ", " : ", ");
        }
        return out.toString();
    }

    /** The ZIP code as printed: 04101, or 04101-2345 for a ZIP+4. */
    public String zip() {
        return postalCode != null && postalCode.length() == 9
               ? postalCode.substring(0, 5) + "-" + postalCode.substring(5) : postalCode;
    }

    private static void append(StringBuilder out, String part, String separator) {
        if (part != null && !part.isBlank()) {
            out.append(out.isEmpty() ? "" : separator).append(part);
        }
    }
}
