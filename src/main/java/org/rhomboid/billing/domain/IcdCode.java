package org.rhomboid.billing.domain;

/** An ICD-10-CM code: billable when complete, a header (category or subcategory) otherwise. */
public record IcdCode(String code, String description, boolean billable) {

    /** "M546" → "M54.6": the dot goes after the third character. */
    public static String dotted(String bare) {
        return bare.length() > 3 ? bare.substring(0, 3) + "." + bare.substring(3) : bare;
    }

    /** "m54.6 " → "M546": how codes are stored and compared. */
    public static String bare(String code) {
        return code == null ? "" : code.strip().replace(".", "").toUpperCase(java.util.Locale.ROOT);
    }

    public String display() {
        return dotted(code);
    }
}
