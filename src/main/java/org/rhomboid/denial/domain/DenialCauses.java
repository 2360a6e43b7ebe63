package org.rhomboid.denial.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rhomboid.remittance.domain.Adjustment;

/**
 * Which claims and lines of an 835 are denials, and their likely cause in Rhomboid's terms.
 *
 * <p>A line (or a claim without lines) is <em>denied</em> when the payer paid nothing of a charge and
 * <em>partly denied</em> when it paid something but less than it allowed; either way because of an adjustment the
 * clinic bears (group CO, PI or OI) that is not the contractual write-down (CO-45), sequestration (CO-253) or the
 * prior payer's share (23): those leave the allowed amount paid. A claim the payer denied whole (CLP02 = 4) is a
 * denial whatever its lines say. Reversals (CLP02 = 22) are not denials. Patient-responsibility (PR) amounts are
 * the patient's to pay, not denials.
 *
 * <p>The cause is the first rule that fits, in the order below (authorization first: an N54 remark explains a CO-16
 * or CO-96 better than the CARC alone). The CARC and RARC meanings are X12 code lists 139 and 411; mapping them to a
 * cause is Rhomboid's reading, sourced in docs/clinical-sources.md (billing sources), and a heuristic where it says
 * so: the KX rule guesses from a therapy code billed without KX, since the payer does not say "KX missing".
 */
public final class DenialCauses {

    /** Adjustments the clinic bears that still leave the allowed amount paid. */
    static final Set<String> NOT_DENIALS = Set.of("45", "253", "23");
    static final Set<String> CLINIC_GROUPS = Set.of("CO", "PI", "OI");

    /** Physical medicine and rehabilitation (97010–97799) and the evaluations, plus G0283 unattended e-stim. */
    private static final Pattern THERAPY = Pattern.compile("97[0-7][0-9]{2}|G0283");

    private DenialCauses() {
    }

    /** Whether a line or claim is denied in part or whole: a clinic-borne adjustment that is not a write-down. */
    public static boolean denies(Collection<Adjustment> adjustments) {
        return adjustments.stream().anyMatch(DenialCauses::denial);
    }

    /** An adjustment that takes away what the payer would otherwise have paid. */
    public static boolean denial(Adjustment a) {
        return CLINIC_GROUPS.contains(a.group()) && !NOT_DENIALS.contains(a.reason())
                && a.amount().signum() > 0;
    }

    /** Whether a claim payment belongs on the worklist: denied whole (CLP02 = 4) or with a denial adjustment. */
    public static boolean onWorklist(String status, Collection<Adjustment> allAdjustments) {
        if (status.equals("22")) {
            return false;
        }
        return status.equals("4") || denies(allAdjustments);
    }

    /** Denied (nothing paid of a charge) or partly denied (paid, less than allowed). */
    public static String extent(BigDecimal charged, BigDecimal paid) {
        return paid.signum() == 0 && charged.signum() > 0 ? "Denied" : "Partly denied";
    }

    /**
     * The likely cause of a denied line (or claim).
     *
     * @param reasons   the CARCs of the denial adjustments (see {@link #denial})
     * @param remarks   the line's and the claim's RARCs
     * @param code      the procedure billed ("" for a claim-level denial)
     * @param modifiers its modifiers as billed
     */
    public static LikelyCause cause(Collection<String> reasons, Collection<String> remarks, String code,
                                    List<String> modifiers) {
        if (any(reasons, "197", "198", "15") || any(remarks, "N54")) {
            return LikelyCause.AUTHORIZATION;
        }
        if (any(reasons, "29")) {
            return LikelyCause.TIMELY_FILING;
        }
        if (any(reasons, "18") || any(remarks, "M86")) {
            return LikelyCause.DUPLICATE;
        }
        if (any(reasons, "22", "109") || any(remarks, "MA04")) {
            return LikelyCause.OTHER_PAYER_PRIMARY;
        }
        if (any(reasons, "27")) {
            return LikelyCause.COVERAGE_ENDED;
        }
        if (any(reasons, "97", "234", "236", "B15") || any(remarks, "M80", "N20", "M15")) {
            return LikelyCause.NCCI_BUNDLED;
        }
        boolean limit = any(reasons, "119") || any(remarks, "N640", "N362");
        if ((limit || any(reasons, "96")) && THERAPY.matcher(code).matches()) {
            if (!modifiers.contains("KX")) {
                return LikelyCause.THERAPY_THRESHOLD; // heuristic: the payer never says "KX missing"
            }
            if (limit) {
                return LikelyCause.BENEFIT_LIMIT;
            }
        }
        if (limit) {
            return LikelyCause.BENEFIT_LIMIT;
        }
        if (any(reasons, "4")) {
            return LikelyCause.MODIFIER;
        }
        if (any(reasons, "16") || any(remarks, "MA130")) {
            return LikelyCause.MISSING_INFORMATION;
        }
        if (any(reasons, "50", "151") || any(remarks, "N115", "N386", "N180")) {
            return LikelyCause.MEDICAL_NECESSITY;
        }
        if (any(reasons, "167")) {
            return LikelyCause.DIAGNOSIS;
        }
        if (any(reasons, "170")) {
            return LikelyCause.PROVIDER_TYPE;
        }
        if (any(reasons, "96", "204") || any(remarks, "N130")) {
            return LikelyCause.NOT_COVERED;
        }
        if (any(reasons, "242")) {
            return LikelyCause.OUT_OF_NETWORK;
        }
        return LikelyCause.UNKNOWN;
    }

    private static boolean any(Collection<String> codes, String... wanted) {
        for (String w : wanted) {
            if (codes.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
