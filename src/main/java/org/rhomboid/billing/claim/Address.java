package org.rhomboid.billing.claim;

/** Street address as printed on the claim (N3/N4). ZIP is 5 or 9 digits without the dash. */
public record Address(String line, String city, String state, String zip) {

    public Address {
        line = Check.text(line, "address line", 55);
        city = Check.text(city, "city", 30);
        state = Check.matches(state, "state", "[A-Z]{2}", "a two-letter state code");
        zip = Check.matches(zip == null ? null : zip.replace("-", ""), "ZIP code", "\\d{5}(\\d{4})?", "5 or 9 digits");
    }

    boolean hasZipPlusFour() {
        return zip.length() == 9;
    }
}
