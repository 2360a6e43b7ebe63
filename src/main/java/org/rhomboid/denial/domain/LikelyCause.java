package org.rhomboid.denial.domain;

/**
 * Why a claim or line was likely denied, in Rhomboid's terms: what to look at in the clinic's own records, the action
 * that usually fixes it, and the paragraph an appeal letter makes of it. {@link DenialCauses} chooses one from the
 * adjustment reason codes (CARC), the remark codes (RARC) and the billed procedure.
 */
public enum LikelyCause {

    AUTHORIZATION("Authorization missing or exceeded",
            "The payer found no prior authorization for this visit, or the authorized visits or units were used up."
                    + " Check the patient's authorizations: the number on the claim (REF*G1), its dates and its"
                    + " visit count.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The services were rendered under the authorization on file for this patient. We ask that the claim be"
                    + " reprocessed against that authorization; its number, dates and the visits it covers are"
                    + " enclosed. Where the authorization was obtained after the visit, we ask that it be honored"
                    + " retroactively, as the care was medically necessary and could not be deferred."),
    TIMELY_FILING("Filed after the payer's time limit",
            "The claim reached the payer after its timely-filing limit. Check the date the batch was sent against"
                    + " the payer's limit in the payer directory.",
            SuggestedAction.APPEAL,
            "This claim was first submitted within the payer's filing limit. Proof of timely filing — the date the"
                    + " original claim batch was sent and its acknowledgment — is enclosed. We ask that the claim be"
                    + " processed as timely."),
    THERAPY_THRESHOLD("Missing KX modifier past the therapy threshold",
            "The line is a therapy service denied as over a benefit limit and was billed without the KX modifier."
                    + " Medicare pays therapy above the yearly KX threshold only when KX attests that the care is"
                    + " medically necessary and documented: add KX to the lines and resubmit as a corrected claim.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The patient's therapy this year has passed the Medicare KX threshold. The services remain medically"
                    + " necessary, as the enclosed plan of care and daily notes document (functional limitations,"
                    + " skilled interventions and measured progress toward goals); the KX modifier applies to these"
                    + " services. We ask that the line be paid as billed with the KX modifier."),
    BENEFIT_LIMIT("Visit or benefit limit reached",
            "The plan's visit or benefit maximum for the period was reached. Check the patient's coverage; bill the"
                    + " patient if they were told beforehand, or appeal with the documentation.",
            SuggestedAction.BILL_PATIENT,
            "The patient's plan limits the number of therapy visits. The enclosed documentation shows that further"
                    + " skilled therapy was medically necessary; we ask for an exception to the visit limit for this"
                    + " date of service."),
    NCCI_BUNDLED("NCCI edit: bundled, no distinct-service modifier",
            "The code was paid as part of another code on the same day (a National Correct Coding Initiative"
                    + " procedure-to-procedure edit). When the services were distinct — separate time, a separate"
                    + " body region — add 59 or XE/XS/XP/XU to the column-two code and resubmit as a corrected"
                    + " claim; otherwise write it off.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The services billed on this date were distinct: they were performed in separate, documented time"
                    + " intervals and address different impairments, as the enclosed daily note shows. The"
                    + " distinct-service modifier applies, and we ask that each service be paid separately."),
    MODIFIER("Missing or wrong modifier",
            "The procedure does not fit its modifiers: the GP therapy modifier, a distinct-service modifier"
                    + " (59/XE/XS/XP/XU) or KX is missing or wrong. Correct the lines and resubmit.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The service was billed with the modifiers that describe it: physical therapy under a therapy plan of"
                    + " care. We ask that the claim be reprocessed with the modifiers shown on the enclosed claim."),
    MISSING_INFORMATION("Missing or invalid claim information",
            "The claim lacked information or had a billing error; the remark code says what (an NPI, the referring"
                    + " provider, the member ID, a diagnosis). Correct it and resubmit as a corrected claim.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The information the payer found missing is enclosed. We ask that the claim be reprocessed with it."),
    MEDICAL_NECESSITY("Not deemed medically necessary",
            "The payer did not find the care medically necessary. The documentation must show skilled care:"
                    + " measurable functional goals, objective progress and why a therapist's skill was needed.",
            SuggestedAction.APPEAL,
            "The services were medically necessary. The enclosed evaluation, plan of care and daily notes document"
                    + " the patient's functional limitations, the skilled interventions that only a therapist could"
                    + " provide, and measured progress toward the goals of the plan of care."),
    COVERAGE_ENDED("Coverage ended before the visit",
            "The patient's coverage had ended on the date of service. Check the coverage dates; bill the new payer"
                    + " or the patient.",
            SuggestedAction.BILL_PATIENT,
            "Our records show the patient's coverage in force on the date of service. We ask that eligibility be"
                    + " verified again and the claim reprocessed."),
    OTHER_PAYER_PRIMARY("Another payer is primary",
            "The payer says another plan pays first (coordination of benefits), or that it is the wrong payer."
                    + " Fix the order of the patient's coverages and bill the primary payer.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "Our records show this plan as the patient's primary coverage on the date of service, with no other"
                    + " coverage on file. We ask that the coordination of benefits be reviewed and the claim paid."),
    DUPLICATE("Duplicate of a claim already processed",
            "The same visit was billed twice: in a second batch, or resubmitted as an original instead of a"
                    + " corrected claim (frequency 7). Check the first claim's payment; write this one off if it"
                    + " was paid.",
            SuggestedAction.WRITE_OFF,
            "This claim is not a duplicate: it is for a separate visit (or a corrected claim replacing the one"
                    + " paid), as the enclosed note and claim show."),
    DIAGNOSIS("Diagnosis not covered",
            "The diagnosis does not support the service: the treating diagnosis is not first, or the code is"
                    + " unspecified. Correct the diagnoses and resubmit as a corrected claim.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The diagnoses on the claim are those of the enclosed evaluation and plan of care, and they support the"
                    + " services billed."),
    PROVIDER_TYPE("Not payable for this provider type",
            "The rendering provider's type is not paid for the service (e.g. an assistant's visit without the"
                    + " supervision the payer requires). Correct the rendering provider and resubmit.",
            SuggestedAction.CORRECT_AND_RESUBMIT,
            "The services were rendered by a licensed provider under the supervision the payer requires, as the"
                    + " enclosed note shows."),
    NOT_COVERED("Not covered by the plan",
            "The plan does not cover the service. Bill the patient if they signed a notice beforehand (an ABN for"
                    + " Medicare), else write it off.",
            SuggestedAction.BILL_PATIENT,
            "We ask that the coverage decision be reviewed: the service falls within the plan's therapy benefit, as"
                    + " the enclosed documentation shows."),
    OUT_OF_NETWORK("Out of network or referral missing",
            "The payer pays only network providers or needs a referral. Check the clinic's network status and the"
                    + " referral on file.",
            SuggestedAction.APPEAL,
            "The patient was referred for this care, and the referral is enclosed; we ask that the services be paid"
                    + " at the in-network level."),
    UNKNOWN("See the reason code",
            "Rhomboid has no rule for these codes: read the reason and remark codes and the payer's explanation.",
            SuggestedAction.APPEAL,
            "We believe the claim was denied in error and ask that it be reviewed with the enclosed documentation.");

    private final String title;
    private final String explanation;
    private final SuggestedAction action;
    private final String appeal;

    LikelyCause(String title, String explanation, SuggestedAction action, String appeal) {
        this.title = title;
        this.explanation = explanation;
        this.action = action;
        this.appeal = appeal;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public SuggestedAction action() {
        return action;
    }

    /** The paragraph of an appeal letter that answers this cause. */
    public String appeal() {
        return appeal;
    }
}
