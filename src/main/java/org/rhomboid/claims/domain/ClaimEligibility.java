package org.rhomboid.claims.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Npi;
import org.rhomboid.shared.domain.Sentences;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;

/**
 * Decides, visit by visit, whether a daily note can go on a claim, and if not, why not; and whether the clinic's
 * own settings let any claim be sent at all. Sources: CLAIM-SIGNED, CLAIM-ONCE, CLAIM-SELF-PAY, CLAIM-WC,
 * CLAIM-CERTIFIED, CLAIM-LINES, CLAIM-FEE, CLAIM-RENDERING, CLAIM-REFERRING, CLAIM-SETUP (docs/clinical-sources.md).
 */
public final class ClaimEligibility {

    /** Why a visit is held back. */
    public enum Reason {
        NOT_SIGNED, AWAITING_COSIGNATURE, ALREADY_BILLED, ALTERED, SELF_PAY, PAYER_NOT_SUPPORTED, NO_MEMBER_ID,
        PAYER_NOT_SET_UP, NO_COVERAGE, PATIENT_ADDRESS, NO_PLAN, PLAN_NOT_CERTIFIED, NO_DIAGNOSES, NO_BILLABLE_LINES, NO_FEE,
        NO_RENDERING_NPI, NO_REFERRING_PROVIDER, CLAIM_DATA, DUPLICATE_VISIT, DAY_INCOMPLETE, RENDERING_DIFFERS
    }

    public record Problem(Reason reason, String message) {}

    /** A person on the claim: a name as displayed and an NPI (either may be missing). */
    public record Person(String name, String npi) {
        boolean hasValidNpi() {
            return npi != null && Npi.isValid(npi.strip());
        }
    }

    /** A coded service of the signed note, as stored at signing. */
    public record Line(String code, int units, List<String> modifiers, VisitLines.Status status) {}

    /** The billing provider: the clinic as its details page holds it. */
    public record Clinic(String name, String npi, String taxId, String addressLine, String city, String state,
                         String postalCode) {}

    /** What holds for every claim of a batch: the clinic, its clearinghouse settings, its fees. */
    public record Setup(Clinic clinic, ClearinghouseSettings settings, Map<String, Fee> fees) {}

    /**
     * One billable document of a day in the range (the evaluation's visit, a daily note, a re-evaluation), with what
     * a claim needs to know about it.
     *
     * @param intact          the signed content still matches its SHA-256 (false: altered behind the application)
     * @param billedInBatch   number of the batch the note was sent in, or null
     * @param certification   the episode's plan certification over time, or null when there is no plan
     * @param cosigner        the PT who co-signed an assistant's note, or null
     * @param supervisingPt   the episode's treating physical therapist
     * @param duplicateOf     a second daily note of its day signed before duplicates were refused, else null
     * @param insurance       the coverage in force on the date when the patient has coverages on file, else null
     *                        (then {@code payer} and {@code memberId} from the patient's record decide)
     */
    public record Visit(UUID noteId, LocalDate date, NoteStatus status, boolean intact, Integer billedInBatch,
                        Payer payer, String memberId, boolean addressComplete, Person referrer,
                        CertificationTimeline certification, List<String> diagnoses, List<Line> lines,
                        Clinician authorRole, Person author, Person cosigner, Person supervisingPt, NoteKind kind,
                        UUID duplicateOf, Insurance insurance) {

        public Visit(UUID noteId, LocalDate date, NoteStatus status, boolean intact, Integer billedInBatch,
                     Payer payer, String memberId, boolean addressComplete, Person referrer,
                     CertificationTimeline certification, List<String> diagnoses, List<Line> lines,
                     Clinician authorRole, Person author, Person cosigner, Person supervisingPt, NoteKind kind,
                     UUID duplicateOf) {
            this(noteId, date, status, intact, billedInBatch, payer, memberId, addressComplete, referrer,
                    certification, diagnoses, lines, authorRole, author, cosigner, supervisingPt, kind, duplicateOf,
                    null);
        }

        /** The kind of payer billed on the date: the coverage's, or the one on the patient's record. */
        Payer billedKind() {
            return insurance != null && insurance.billable() ? insurance.kind() : payer;
        }

        String billedMemberId() {
            return insurance != null && insurance.billable() ? insurance.primary().memberId() : memberId;
        }

        public Visit(UUID noteId, LocalDate date, NoteStatus status, boolean intact, Integer billedInBatch,
                     Payer payer, String memberId, boolean addressComplete, Person referrer,
                     CertificationTimeline certification, List<String> diagnoses, List<Line> lines,
                     Clinician authorRole, Person author, Person cosigner, Person supervisingPt) {
            this(noteId, date, status, intact, billedInBatch, payer, memberId, addressComplete, referrer, certification,
                    diagnoses, lines, authorRole, author, cosigner, supervisingPt, NoteKind.DAILY_NOTE, null);
        }
    }

    /** A line as claimed: the fee times the units. */
    public record ClaimLine(String code, List<String> modifiers, int units, BigDecimal charge,
                            List<Integer> diagnosisPointers) {}

    /** The verdict on a visit: claimable with its lines, or held back with every reason found. */
    public record Decision(Visit visit, List<Problem> problems, List<ClaimLine> lines, BigDecimal total,
                           Person rendering, PayerIdentity payer, String claimFilingIndicator) {
        public boolean claimable() {
            return problems.isEmpty();
        }

        public boolean has(Reason reason) {
            return problems.stream().anyMatch(p -> p.reason() == reason);
        }
    }

    private ClaimEligibility() {
    }

    /** Problems that stop the whole batch: the billing provider's identifiers and the clearinghouse envelope. */
    public static List<String> checkSetup(Setup setup) {
        List<String> problems = new ArrayList<>();
        Clinic c = setup.clinic();
        if (c.npi() == null || !Npi.isValid(c.npi())) {
            problems.add("The clinic's group NPI is missing or not valid: enter it on the Clinic page.");
        }
        if (c.taxId() == null || !c.taxId().matches("\\d{9}")) {
            problems.add("The clinic's tax ID (EIN) is missing: enter it on the Clinic page.");
        }
        if (blank(c.addressLine()) || blank(c.city()) || c.state() == null || !c.state().matches("[A-Z]{2}")) {
            problems.add("The clinic's street address, city and state are needed: enter them on the Clinic page.");
        }
        if (c.postalCode() == null || !c.postalCode().matches("\\d{9}")) {
            problems.add("The clinic's ZIP code needs its +4 (9 digits, e.g. 04101-2345) on claims: enter it on the"
                    + " Clinic page.");
        }
        ClearinghouseSettings s = setup.settings();
        if (blank(s.taxonomy())) {
            problems.add("The billing taxonomy is missing: enter it in the billing settings.");
        }
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, s.senderId(), "sender ID");
        addIfBlank(missing, s.receiverId(), "receiver ID");
        addIfBlank(missing, s.receiverName(), "receiver name");
        addIfBlank(missing, s.submitterName(), "submitter name");
        addIfBlank(missing, s.contactName(), "submitter contact");
        addIfBlank(missing, s.contactPhone(), "contact phone");
        if (!missing.isEmpty()) {
            problems.add("The clearinghouse settings are incomplete (" + String.join(", ", missing)
                    + "): enter them in the billing settings.");
        }
        return problems;
    }

    /** The visit judged for a claim; its reasons' dates written the clinic's way ({@code words}). */
    public static Decision decide(Visit v, Setup setup, DateWords words) {
        // The states below end the judgement: nothing else about the visit matters until they change.
        if (v.status() == NoteStatus.DRAFT) {
            return held(v, Reason.NOT_SIGNED, "The " + v.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " is not signed yet.");
        }
        if (v.status() == NoteStatus.AWAITING_COSIGN) {
            return held(v, Reason.AWAITING_COSIGNATURE,
                    "The assistant's note is awaiting a physical therapist's co-signature.");
        }
        if (v.billedInBatch() != null) {
            return held(v, Reason.ALREADY_BILLED, "Already sent in batch " + v.billedInBatch() + ".");
        }
        if (v.duplicateOf() != null) {
            return held(v, Reason.DUPLICATE_VISIT, "A second daily note for this date, signed before Rhomboid refused"
                    + " duplicates: it is not billed. If it was a separate session, bill it by hand with the"
                    + " separate-encounter modifier.");
        }
        if (!v.intact()) {
            return held(v, Reason.ALTERED, "The signed note no longer matches its fingerprint: it was changed"
                    + " outside Rhomboid. Investigate before billing.");
        }
        if (v.insurance() != null && !v.insurance().billable()) {
            return held(v, Reason.NO_COVERAGE, v.insurance().problem() + ": enter or correct it on the patient's"
                    + " Coverage page.");
        }
        if (v.billedKind() == Payer.SELF_PAY) {
            return held(v, Reason.SELF_PAY, "Self-pay: no insurance claim is sent.");
        }
        if (v.billedKind() == Payer.WORKERS_COMP) {
            return held(v, Reason.PAYER_NOT_SUPPORTED, "Workers' compensation claims name the employer as the"
                    + " subscriber; Rhomboid does not send them yet. Bill the carrier directly.");
        }

        List<Problem> problems = new ArrayList<>();
        if (blank(v.billedMemberId())) {
            problems.add(new Problem(Reason.NO_MEMBER_ID, "The patient's member ID is missing."));
        }
        PayerIdentity payer = v.insurance() != null ? v.insurance().identity()
                : setup.settings().payers().get(v.payer());
        if (payer == null) {
            problems.add(new Problem(Reason.PAYER_NOT_SET_UP, "No payer name and payer ID are set for "
                    + v.payer().label() + " in the billing settings."));
        }
        if (!v.addressComplete()) {
            problems.add(new Problem(Reason.PATIENT_ADDRESS,
                    "The patient's address (street, city, state, ZIP) is incomplete."));
        }
        boolean medicare = v.insurance() != null ? v.insurance().payer().medicareRules()
                : PayerRules.of(v.payer()).medicareRules();
        if (v.certification() == null) {
            problems.add(new Problem(Reason.NO_PLAN, "The episode has no plan of care."));
        } else if (medicare) {
            // The period in force on the visit's date decides (CLAIM-CERTIFIED, POC-CERT).
            Certification.Status cert = v.certification().statusOn(v.date());
            LocalDate planStart = v.certification().initial().start();
            if (v.date().isBefore(planStart)) {
                problems.add(new Problem(Reason.PLAN_NOT_CERTIFIED, "The visit is before the plan of care starts ("
                        + words.day(planStart) + ")."));
            } else if (!cert.certified()) {
                problems.add(new Problem(Reason.PLAN_NOT_CERTIFIED, Sentences.listing("The plan of care is not certified",
                        cert.problems())));
            } else if (v.date().isAfter(cert.certifiedThrough())) {
                problems.add(new Problem(Reason.PLAN_NOT_CERTIFIED, "The visit is after the certified period"
                        + " (through " + words.day(cert.certifiedThrough()) + "): recertify the plan of care."));
            }
        }
        if (v.diagnoses().isEmpty()) {
            problems.add(new Problem(Reason.NO_DIAGNOSES, "The signed note carries no diagnoses."));
        }
        if (v.lines().stream().anyMatch(l -> l.status() == VisitLines.Status.BILLABLE && l.units() > 0)
                || v.kind() == NoteKind.DAILY_NOTE) {
            checkLines(v, setup, problems);
        }
        Person rendering = rendering(v);
        if (rendering == null) {
            problems.add(new Problem(Reason.NO_RENDERING_NPI,
                    "No physical therapist to bill the assistant's visit under (no co-signer or treating PT)."));
        } else if (!rendering.hasValidNpi()) {
            problems.add(new Problem(Reason.NO_RENDERING_NPI, "No valid NPI on " + rendering.name()
                    + "'s account (the rendering provider)."));
        }
        if (medicare && (v.referrer() == null || blank(v.referrer().name()) || !v.referrer().hasValidNpi())) {
            problems.add(new Problem(Reason.NO_REFERRING_PROVIDER, "Medicare: the referring provider's name and NPI"
                    + " are missing on the patient."));
        }
        if (!problems.isEmpty()) {
            return new Decision(v, List.copyOf(problems), List.of(), BigDecimal.ZERO, rendering, payer, null);
        }

        List<Line> billable = billable(v);
        List<Integer> pointers = IntStream.rangeClosed(1, Math.min(4, v.diagnoses().size())).boxed().toList();
        List<ClaimLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : billable) {
            BigDecimal charge = setup.fees().get(line.code()).charge().multiply(BigDecimal.valueOf(line.units()))
                    .setScale(2);
            lines.add(new ClaimLine(line.code(), line.modifiers(), line.units(), charge, pointers));
            total = total.add(charge);
        }
        return new Decision(v, List.of(), List.copyOf(lines), total, rendering, payer,
                v.insurance() != null ? v.insurance().filingIndicator() : filingIndicator(v.payer()));
    }

    private static void checkLines(Visit v, Setup setup, List<Problem> problems) {
        List<Line> billable = billable(v);
        if (billable.isEmpty()) {
            problems.add(new Problem(Reason.NO_BILLABLE_LINES, "The note has no billable services."));
        }
        List<String> noFee = billable.stream().map(Line::code).filter(code -> !setup.fees().containsKey(code))
                .distinct().toList();
        if (!noFee.isEmpty()) {
            problems.add(new Problem(Reason.NO_FEE, "No fee in the fee schedule for " + String.join(", ", noFee) + "."));
        }
    }

    private static List<Line> billable(Visit v) {
        return v.lines().stream().filter(l -> l.status() == VisitLines.Status.BILLABLE && l.units() > 0).toList();
    }

    /** Another reason a document is held back, decided by the day it belongs to (ClaimDay). */
    public static Decision heldFor(Decision decision, Reason reason, String why) {
        return new Decision(decision.visit(), List.of(new Problem(reason, why)), List.of(), BigDecimal.ZERO,
                decision.rendering(), decision.payer(), null);
    }

    /** A claimable visit whose data the claim file refuses (a value too long, an X12 delimiter in a name…). */
    public static Decision refused(Decision claimable, String why) {
        return new Decision(claimable.visit(), List.of(new Problem(Reason.CLAIM_DATA, "The claim file refuses this"
                + " visit's data: " + why + ".")), List.of(), BigDecimal.ZERO, claimable.rendering(), claimable.payer(),
                null);
    }

    /**
     * Whose NPI the visit is billed under: the physical therapist who wrote the note; for an assistant's note the
     * PT who co-signed it, or without a co-signature the episode's treating (supervising) PT. PTAs do not bill
     * under their own NPI (CLAIM-RENDERING).
     */
    static Person rendering(Visit v) {
        if (v.authorRole() == Clinician.PT) {
            return v.author();
        }
        return v.cosigner() != null ? v.cosigner() : v.supervisingPt();
    }

    /** SBR09: MB Medicare Part B, MC Medicaid, CI commercial insurance, WC workers' compensation. */
    public static String filingIndicator(Payer payer) {
        return switch (payer) {
            case MEDICARE -> "MB";
            case MEDICAID -> "MC";
            case COMMERCIAL -> "CI";
            case WORKERS_COMP -> "WC";
            case SELF_PAY -> throw new IllegalArgumentException("Self-pay visits are not claimed");
        };
    }

    /** DMG03: F, M or U. */
    public static String sexCode(Sex sex) {
        return sex == Sex.FEMALE ? "F" : sex == Sex.MALE ? "M" : "U";
    }

    private static Decision held(Visit v, Reason reason, String message) {
        return new Decision(v, List.of(new Problem(reason, message)), List.of(), BigDecimal.ZERO, null, null, null);
    }

    private static void addIfBlank(List<String> missing, String value, String label) {
        if (blank(value)) {
            missing.add(label);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
