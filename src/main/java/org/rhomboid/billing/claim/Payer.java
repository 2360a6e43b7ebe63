package org.rhomboid.billing.claim;

/**
 * The insurer the claim goes to. The claim filing indicator (SBR09) tells the payer which program pays,
 * e.g. MB for Medicare Part B, CI for commercial, MC for Medicaid. The address (2010BB N3/N4) is optional.
 */
public record Payer(String name, String payerId, String claimFilingIndicator, Address address) {

    /** A payer the clearinghouse routes by its ID alone (no claims address in 2010BB). */
    public Payer(String name, String payerId, String claimFilingIndicator) {
        this(name, payerId, claimFilingIndicator, null);
    }

    public Payer {
        name = Check.text(name, "payer name", 60);
        payerId = Check.text(payerId, "payer ID", 80);
        claimFilingIndicator = Check.matches(claimFilingIndicator, "claim filing indicator", "[0-9A-Z]{1,2}",
                "a 1–2 character code such as MB or CI");
    }
}
