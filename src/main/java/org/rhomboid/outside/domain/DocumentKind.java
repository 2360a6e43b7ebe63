package org.rhomboid.outside.domain;

/** What a document from outside the clinic is, in the words the front desk and therapists use. */
public enum DocumentKind {
    REFERRAL("Referral"),
    IMAGING_REPORT("Imaging report"),
    SIGNED_PLAN_OF_CARE("Signed plan of care"),
    PHYSICIAN_LETTER("Physician letter"),
    INSURANCE_CARD("Insurance card"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
