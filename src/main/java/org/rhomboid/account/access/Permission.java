package org.rhomboid.account.access;

import static org.rhomboid.account.Role.BILLER;
import static org.rhomboid.account.Role.CLINIC_ADMIN;
import static org.rhomboid.account.Role.FRONT_DESK;
import static org.rhomboid.account.Role.PT;
import static org.rhomboid.account.Role.PTA;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.rhomboid.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may do what: the product's role rule, written once. Every route carries the annotation of one of these
 * (or {@link OpenWithoutSignIn}); pages ask {@code me.may(...)}, which reads the same table. The front desk keeps
 * demographics, insurance, episodes' administrative details and intake links, and never sees clinical content.
 */
public enum Permission {

    /** Anything any member of staff may do that reads no record: the home page, reference tools and calculators. */
    ANY_STAFF(PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN),
    /** Find, register and correct patients (demographics and insurance); episodes' dates, status and therapist. */
    KEEP_DEMOGRAPHICS(PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN),
    /** Open and change episodes of care, and send the patient's intake link. */
    MANAGE_EPISODES(PT, FRONT_DESK, CLINIC_ADMIN),
    /**
     * Read clinical content: screening and red flags, intake answers, examination, evaluation, plan, goals, notes,
     * outcomes, home exercise, letters and their PDFs. Billers need notes, evaluations and letters for claims.
     */
    READ_CLINICAL_RECORDS(PT, PTA, BILLER, CLINIC_ADMIN),
    /**
     * The physical therapist's own clinical writing: screening judgements, the patient's intake taken for them,
     * examination, assessment, plan of care and goals, and every signature (evaluation, co-signature, plan changes).
     */
    WRITE_CLINICAL_RECORDS(PT),
    /** Document treatment where the assistant may too: visit notes, outcome measures, home exercise programmes. */
    DOCUMENT_TREATMENT(PT, PTA),
    /**
     * The plan of care's certification status and the practitioner's returned signature: administrative as much as
     * clinical (the front desk files the signed plan that comes back by fax). A recertification, a new period of
     * the plan, stays the physical therapist's (checked by the certification service).
     */
    TRACK_CERTIFICATION(PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN),
    /**
     * File the documents that arrive from outside (referrals, imaging reports, signed plans, letters, insurance
     * cards) and read them: everyone files; the front desk reads only what it filed (the documents' service decides,
     * since it depends on the document).
     */
    FILE_OUTSIDE_DOCUMENTS(PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN),
    /** Send the patient a link to their outcome measures or their exercise portal. */
    SEND_PATIENT_LINKS(PT, PTA, CLINIC_ADMIN),
    /** The clinic's outcomes dashboard. */
    SEE_OUTCOMES_DASHBOARD(PT, CLINIC_ADMIN),
    /** Read the exercise library. */
    USE_EXERCISE_LIBRARY(PT, PTA, CLINIC_ADMIN),
    /** Add, change, hide and show the clinic's exercises. */
    KEEP_EXERCISE_LIBRARY(PT, CLINIC_ADMIN),
    /** The clinic's schedule: day and week views, appointments by API (billers read it, for the visits billed). */
    SEE_SCHEDULE(PT, PTA, FRONT_DESK, BILLER, CLINIC_ADMIN),
    /**
     * Today's caseload: who comes when, for one clinician or the whole clinic. Clinicians see what is due for each
     * patient beside it (that part needs {@link #READ_CLINICAL_RECORDS}); the front desk sees the day's list only.
     * Billers read the schedule, not the caseload.
     */
    SEE_CASELOAD(PT, PTA, FRONT_DESK, CLINIC_ADMIN),
    /** Book, reschedule and book series of appointments. */
    BOOK_APPOINTMENTS(PT, PTA, FRONT_DESK, CLINIC_ADMIN),
    /**
     * Check a patient in, cancel an appointment (by whom, with a reason) or mark it a no-show: the front desk's, and
     * the clinicians' too — a small clinic has no front desk, and the therapist greets the patient.
     */
    MARK_ATTENDANCE(PT, PTA, FRONT_DESK, CLINIC_ADMIN),
    /** Claims, the fee schedule and the clearinghouse settings. */
    /** Cancellation and no-show rates per therapist over a period (the clinic's attendance report). */
    SEE_ATTENDANCE_RATES(PT, CLINIC_ADMIN),
    BILL(BILLER, CLINIC_ADMIN),
    /**
     * A patient's balance: read it, take the patient's payments (cash, card, check) with their receipts, print the
     * statement. The front desk takes payments; it never writes balances off.
     */
    RECORD_PATIENT_PAYMENTS(FRONT_DESK, BILLER, CLINIC_ADMIN),
    /** Write off part of a claim's balance with a reason, and move an amount from the payer's side to the patient's. */
    WRITE_OFF_BALANCES(BILLER, CLINIC_ADMIN),
    /** Staff, the clinic's details and settings, the audit trail. */
    ADMINISTER_CLINIC(CLINIC_ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean grantedTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** For {@code @PreAuthorize}: whether the signed-in user (web session or API token) holds one of the roles. */
    public boolean grantedTo(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (roles.stream().anyMatch(role -> role.authority().equals(authority.getAuthority()))) {
                return true;
            }
        }
        return false;
    }

    /** The role names, for URL rules ({@code hasAnyRole}). */
    public String[] roleNames() {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }
}
