package org.rhomboid.tenancy;

import static java.util.Map.entry;
import static org.rhomboid.account.Role.BILLER;
import static org.rhomboid.account.Role.CLINIC_ADMIN;
import static org.rhomboid.account.Role.FRONT_DESK;
import static org.rhomboid.account.Role.PT;
import static org.rhomboid.account.Role.PTA;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.rhomboid.account.Role;

/**
 * The role rule as the tests know it, written apart from the code's (account.access.Permission): who may use each
 * route the application maps. {@link RoleAccessIT} tries every role on every route against it.
 */
final class WhoMay {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CLINICAL = EnumSet.of(PT, PTA, BILLER, CLINIC_ADMIN);
    private static final Set<Role> EPISODES = EnumSet.of(PT, FRONT_DESK, CLINIC_ADMIN);
    private static final Set<Role> THERAPIST = EnumSet.of(PT);
    private static final Set<Role> TREATING = EnumSet.of(PT, PTA);
    private static final Set<Role> LINKS = EnumSet.of(PT, PTA, CLINIC_ADMIN);
    private static final Set<Role> DASHBOARD = EnumSet.of(PT, CLINIC_ADMIN);
    private static final Set<Role> LIBRARY = EnumSet.of(PT, PTA, CLINIC_ADMIN);
    private static final Set<Role> LIBRARIANS = EnumSet.of(PT, CLINIC_ADMIN);
    private static final Set<Role> BILLING = EnumSet.of(BILLER, CLINIC_ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(CLINIC_ADMIN);
    private static final Set<Role> BOOKING = EnumSet.of(PT, PTA, FRONT_DESK, CLINIC_ADMIN);
    private static final Set<Role> ATTENDANCE = EnumSet.of(PT, PTA, FRONT_DESK, CLINIC_ADMIN);
    /** Today's caseload: clinicians (their own day, a colleague's, the clinic's), the desk and administrators; not billers. */
    private static final Set<Role> CASELOAD = EnumSet.of(PT, PTA, FRONT_DESK, CLINIC_ADMIN);
    private static final Set<Role> ATTENDANCE_RATES = EnumSet.of(PT, CLINIC_ADMIN);
    /** A patient's balance, payments, receipts and statement: the desk takes payments; it never writes off. */
    private static final Set<Role> PAYMENTS = EnumSet.of(FRONT_DESK, BILLER, CLINIC_ADMIN);
    private static final Set<Role> WRITE_OFFS = EnumSet.of(BILLER, CLINIC_ADMIN);
    /** Reached without signing in (the patient's links check their token themselves); not tried here. */
    static final Set<Role> OPEN = Set.of();

    /** Who may use each route ("METHOD /pattern"). Teach it every new route: one line. */
    static final Map<String, Set<Role>> ROUTES = Map.ofEntries(
            entry("GET /", EVERYONE),
            entry("GET /today", CASELOAD),
            // The schedule: everyone sees it (billers read only); front desk, PTs, PTAs and administrators book;
            // the front desk, administrators and clinicians mark attendance (check-in, cancellation, no-show).
            entry("GET /schedule", EVERYONE),
            entry("GET /schedule/appointments/{appointmentId}", EVERYONE),
            entry("GET /api/v1/staff", EVERYONE),
            entry("GET /api/v1/appointments", EVERYONE),
            entry("GET /api/v1/appointments/{appointmentId}", EVERYONE),
            entry("GET /schedule/book", BOOKING),
            entry("POST /schedule/book", BOOKING),
            entry("POST /schedule/patients", BOOKING),
            entry("POST /schedule/appointments/{appointmentId}", BOOKING),
            entry("GET /episodes/{episodeId}/series", BOOKING),
            entry("POST /episodes/{episodeId}/series/preview", BOOKING),
            entry("POST /episodes/{episodeId}/series", BOOKING),
            entry("POST /api/v1/appointments", BOOKING),
            entry("POST /api/v1/appointments/series", BOOKING),
            entry("POST /api/v1/appointments/{appointmentId}/reschedule", BOOKING),
            entry("POST /schedule/appointments/{appointmentId}/move", BOOKING),
            entry("POST /schedule/appointments/{appointmentId}/status", ATTENDANCE),
            entry("GET /schedule/attendance", ATTENDANCE_RATES),
            entry("POST /schedule/appointments/{appointmentId}/note", TREATING),
            entry("POST /schedule/appointments/{appointmentId}/reminder", BOOKING),
            entry("POST /api/v1/appointments/{appointmentId}/status", ATTENDANCE),
            entry("GET /admin/schedule", ADMIN),
            entry("POST /admin/schedule", ADMIN),
            entry("GET /login", OPEN),
            entry("GET /error", OPEN),
            // Demographics, insurance and episodes' administrative details: everyone, front desk included.
            entry("GET /patients", EVERYONE),
            entry("POST /patients/search", EVERYONE),
            // The referral inbox: referrals received by FHIR, filed or declined by whoever keeps demographics.
            entry("GET /referrals", EVERYONE),
            entry("GET /referrals/{referralId}", EVERYONE),
            entry("POST /referrals/{referralId}/search", EVERYONE),
            entry("POST /referrals/{referralId}/file", EVERYONE),
            entry("POST /referrals/{referralId}/register", EVERYONE),
            entry("POST /referrals/{referralId}/decline", EVERYONE),
            entry("GET /patients/new", EVERYONE),
            entry("POST /patients", EVERYONE),
            entry("GET /patients/{patientId}", EVERYONE),
            entry("GET /patients/{patientId}/edit", EVERYONE),
            // Prior authorizations and visit limits: administrative like insurance (KEEP_DEMOGRAPHICS).
            entry("GET /patients/{patientId}/authorizations", EVERYONE),
            // Insurance coverages: administrative like the rest of the patient's insurance (KEEP_DEMOGRAPHICS).
            entry("GET /patients/{patientId}/coverages", EVERYONE),
            entry("POST /patients/{patientId}/coverages", EVERYONE),
            entry("GET /coverages/{coverageId}", EVERYONE),
            entry("POST /coverages/{coverageId}", EVERYONE),
            entry("POST /patients/{patientId}/authorizations", EVERYONE),
            entry("POST /patients/{patientId}/visit-limits", EVERYONE),
            entry("GET /authorizations/{authorizationId}/correct", EVERYONE),
            entry("POST /authorizations/{authorizationId}/correct", EVERYONE),
            entry("GET /visit-limits/{limitId}/correct", EVERYONE),
            entry("POST /visit-limits/{limitId}/correct", EVERYONE),
            entry("GET /api/v1/patients/{patientId}/authorizations", EVERYONE),
            entry("POST /api/v1/patients/{patientId}/authorizations", EVERYONE),
            entry("POST /patients/{patientId}", EVERYONE),
            entry("GET /episodes/{episodeId}", EVERYONE),
            entry("POST /api/v1/patients", EVERYONE),
            entry("GET /api/v1/patients/{patientId}", EVERYONE),
            entry("PUT /api/v1/patients/{patientId}", EVERYONE),
            entry("POST /api/v1/patients/search", EVERYONE),
            entry("GET /api/v1/patients/{patientId}/episodes", EVERYONE),
            entry("GET /api/v1/episodes/{episodeId}", EVERYONE),
            // Opening and changing episodes, and the patient's intake link.
            entry("GET /patients/{patientId}/episodes/new", EPISODES),
            entry("POST /patients/{patientId}/episodes", EPISODES),
            entry("GET /episodes/{episodeId}/edit", EPISODES),
            entry("POST /episodes/{episodeId}", EPISODES),
            entry("POST /api/v1/patients/{patientId}/episodes", EPISODES),
            entry("PUT /api/v1/episodes/{episodeId}", EPISODES),
            entry("POST /episodes/{episodeId}/intake-link", EPISODES),
            entry("POST /episodes/{episodeId}/start-date", EPISODES),
            // Documents from outside: everyone files them; the front desk reads only what it filed (decided per document).
            entry("POST /patients/{patientId}/documents", EVERYONE),
            entry("GET /documents/{documentId}", EVERYONE),
            entry("GET /documents/{documentId}/download", EVERYONE),
            // Marking the therapist's imaging report entered in error: PTs and administrators (and whoever filed it);
            // the front desk, which can't see that document, gets 404 — decided per document, not refused per route.
            entry("POST /documents/{documentId}/error", EnumSet.of(PT, CLINIC_ADMIN, FRONT_DESK)),
            // The plan's certification status and the returned signature: letters' status, front desk included.
            entry("GET /episodes/{episodeId}/certification", EVERYONE),
            entry("POST /episodes/{episodeId}/certification", EVERYONE),
            // Clinical records: read by therapists, assistants, billers and administrators, never the front desk.
            entry("GET /episodes/{episodeId}/referral-letter", CLINICAL),
            entry("GET /episodes/{episodeId}/referral-letter/pdf", CLINICAL),
            entry("GET /episodes/{episodeId}/evaluation", CLINICAL),
            entry("GET /episodes/{episodeId}/evaluation/pdf", CLINICAL),
            entry("GET /episodes/{episodeId}/plan/amend", CLINICAL),
            entry("GET /episodes/{episodeId}/outcomes", CLINICAL),
            entry("GET /episodes/{episodeId}/notes", CLINICAL),
            entry("GET /notes/{noteId}", CLINICAL),
            entry("GET /notes/{noteId}/pdf", CLINICAL),
            entry("GET /episodes/{episodeId}/letters/{kind}", CLINICAL),
            entry("GET /episodes/{episodeId}/letters/{kind}/pdf", CLINICAL),
            entry("GET /episodes/{episodeId}/hep", CLINICAL),
            entry("GET /episodes/{episodeId}/hep/handout", CLINICAL),
            entry("GET /photos/{photoId}", CLINICAL),
            entry("GET /compliance", CLINICAL),
            // The physical therapist's own clinical writing and signatures.
            entry("GET /episodes/{episodeId}/intake", THERAPIST),
            entry("POST /episodes/{episodeId}/intake", THERAPIST),
            entry("POST /episodes/{episodeId}/intake/draft", THERAPIST),
            entry("POST /episodes/{episodeId}/exam-findings", THERAPIST),
            entry("POST /screenings/{screeningId}/acknowledgements", THERAPIST),
            entry("POST /episodes/{episodeId}/clearances", THERAPIST),
            entry("GET /episodes/{episodeId}/exam", THERAPIST),
            entry("POST /episodes/{episodeId}/exam", THERAPIST),
            entry("POST /episodes/{episodeId}/assessment", THERAPIST),
            entry("POST /episodes/{episodeId}/plan", THERAPIST),
            entry("POST /episodes/{episodeId}/goals", THERAPIST),
            entry("POST /goals/{goalId}/delete", THERAPIST),
            entry("POST /goals/preview", THERAPIST),
            entry("POST /episodes/{episodeId}/evaluation/sign", THERAPIST),
            entry("POST /episodes/{episodeId}/plan/amend", THERAPIST),
            entry("POST /notes/{noteId}/cosign", THERAPIST),
            // Treatment documented by therapists and assistants.
            entry("POST /episodes/{episodeId}/notes", TREATING),
            entry("POST /notes/{noteId}", TREATING),
            entry("POST /notes/{noteId}/coding", TREATING),
            entry("POST /notes/{noteId}/addenda", TREATING),
            entry("POST /notes/{noteId}/discard", TREATING),
            entry("POST /episodes/{episodeId}/outcomes", TREATING),
            entry("POST /episodes/{episodeId}/hep", TREATING),
            // Links for the patient's measures and exercise portal.
            entry("POST /episodes/{episodeId}/measures-link", LINKS),
            entry("POST /episodes/{episodeId}/portal-link", LINKS),
            entry("POST /episodes/{episodeId}/portal-link/revoke", LINKS),
            // Sending a link just issued by e-mail: whoever may issue it.
            entry("POST /episodes/{episodeId}/intake-link/mail", EPISODES),
            entry("POST /episodes/{episodeId}/measures-link/mail", LINKS),
            entry("POST /episodes/{episodeId}/portal-link/mail", LINKS),
            entry("POST /episodes/{episodeId}/hep/handout", LINKS),
            // The clinic's outcomes and exercises.
            entry("GET /dashboard/outcomes", DASHBOARD),
            entry("GET /dashboard/outcomes.csv", DASHBOARD),
            entry("GET /exercises", LIBRARY),
            entry("GET /exercises/{code}", LIBRARY),
            entry("POST /exercises/preview", LIBRARY),
            entry("GET /exercises/new", LIBRARIANS),
            entry("GET /exercises/{code}/edit", LIBRARIANS),
            entry("POST /exercises", LIBRARIANS),
            entry("POST /exercises/{code}", LIBRARIANS),
            entry("POST /exercises/{code}/hide", LIBRARIANS),
            entry("POST /exercises/{code}/show", LIBRARIANS),
            // Billing.
            entry("GET /billing/claims", BILLING),
            entry("POST /billing/claims/batches", BILLING),
            entry("GET /billing/claims/batches/{batchId}/file", BILLING),
            entry("GET /billing/fees", BILLING),
            entry("POST /billing/fees", BILLING),
            entry("GET /billing/settings", BILLING),
            entry("POST /billing/settings", BILLING),
            entry("GET /billing/payers", BILLING),
            entry("GET /billing/payers/new", BILLING),
            entry("POST /billing/payers", BILLING),
            entry("GET /billing/payers/{payerId}", BILLING),
            entry("POST /billing/payers/{payerId}", BILLING),
            entry("GET /billing/payers/export", BILLING),
            entry("POST /billing/payers/import", BILLING),
            entry("POST /api/v1/billing/claims/837p", BILLING),
            entry("POST /api/v1/billing/claims/summary", BILLING),
            // Remittance (835) posting and the posted remittances with the queue to match by hand.
            entry("POST /api/v1/billing/remittances", BILLING),
            entry("GET /billing/remittances", BILLING),
            entry("POST /billing/remittances", BILLING),
            // A claim's history, its corrected (7) and void (8) claims, and 999 acknowledgments.
            entry("GET /billing/claims/{claimId}", BILLING),
            entry("POST /billing/claims/{claimId}/correct", BILLING),
            entry("POST /billing/claims/{claimId}/void", BILLING),
            entry("GET /billing/acknowledgments", BILLING),
            entry("POST /billing/acknowledgments", BILLING),
            entry("POST /api/v1/billing/acknowledgments", BILLING),
            // Secondary claims from the primary's posted remittance.
            entry("GET /billing/secondary", BILLING),
            entry("POST /billing/secondary/batches", BILLING),
            entry("GET /billing/secondary/batches/{batchId}/file", BILLING),
            // Matching a payment by hand, and the denials worklist with its appeal letters.
            entry("GET /billing/remittances/unmatched/{itemId}", BILLING),
            entry("POST /billing/remittances/unmatched/{itemId}", BILLING),
            entry("POST /billing/remittances/unmatched/{itemId}/match", BILLING),
            entry("GET /billing/denials", BILLING),
            entry("POST /billing/denials/{denialId}/worked", BILLING),
            entry("GET /billing/denials/{denialId}/appeal.pdf", BILLING),
            // Patient balances: payments (the desk too), write-offs and billing the patient, A/R aging.
            entry("GET /patients/{patientId}/balance", PAYMENTS),
            entry("POST /patients/{patientId}/payments", PAYMENTS),
            entry("POST /patients/{patientId}/payments/{paymentId}/reversal", PAYMENTS),
            entry("GET /patients/{patientId}/payments/{paymentId}/receipt", PAYMENTS),
            entry("GET /patients/{patientId}/statement", PAYMENTS),
            entry("GET /billing/claims/{claimId}/write-off", WRITE_OFFS),
            entry("POST /billing/claims/{claimId}/write-off", WRITE_OFFS),
            entry("GET /billing/claims/{claimId}/bill-patient", WRITE_OFFS),
            entry("POST /billing/claims/{claimId}/bill-patient", WRITE_OFFS),
            entry("GET /billing/aging", BILLING),
            // The clinic's administration.
            entry("GET /admin/staff", ADMIN),
            entry("POST /admin/staff", ADMIN),
            entry("POST /admin/staff/{userId}/active", ADMIN),
            entry("POST /admin/staff/{userId}/npi", ADMIN),
            entry("GET /admin/staff/{userId}", ADMIN),
            entry("POST /admin/staff/{userId}/roles", ADMIN),
            entry("POST /admin/staff/{userId}/password", ADMIN),
            entry("POST /admin/staff/{userId}/second-factor/reset", ADMIN),
            entry("POST /admin/staff/sign-in-policy", ADMIN),
            // One's own password: every member of staff.
            entry("GET /account/password", EVERYONE),
            entry("POST /account/password", EVERYONE),
            entry("GET /account/second-factor", EVERYONE),
            entry("POST /account/second-factor", EVERYONE),
            entry("GET /account/sign-in-security", EVERYONE),
            entry("POST /account/sign-in-security/app", EVERYONE),
            entry("POST /account/sign-in-security/app/confirm", EVERYONE),
            entry("POST /account/sign-in-security/app/remove", EVERYONE),
            entry("POST /account/sign-in-security/passkeys/remove", EVERYONE),
            entry("POST /account/sign-in-security/recovery-codes", EVERYONE),
            entry("GET /admin/clinic", ADMIN),
            entry("POST /admin/clinic", ADMIN),
            entry("GET /admin/audit", ADMIN),
            entry("GET /admin/audit/export", ADMIN),
            entry("GET /api/v1/audit/verify", ADMIN),
            entry("GET /admin/emergency-access", ADMIN),
            entry("POST /patients/{patientId}/restriction", ADMIN),
            entry("GET /patients/{patientId}/disclosures", ADMIN),
            // Breaking the glass of a restricted record: anyone who reads clinical records, with a reason.
            entry("POST /patients/{patientId}/emergency-access", CLINICAL),
            entry("GET /admin/home-exercise", ADMIN),
            entry("POST /admin/home-exercise", ADMIN),
            entry("GET /admin/mail", ADMIN),
            entry("POST /admin/mail", ADMIN),
            entry("POST /admin/mail/test", ADMIN),
            // A therapist's own calendar feed.
            entry("GET /account/calendar", TREATING),
            entry("POST /account/calendar", TREATING),
            entry("POST /account/calendar/revoke", TREATING),
            entry("GET /admin/questionnaires", ADMIN),
            entry("POST /admin/questionnaires", ADMIN),
            // Reference tools and calculators: no record read.
            entry("GET /api/v1/codes/icd10/{code}", EVERYONE),
            entry("POST /api/v1/codes/icd10/validate", EVERYONE),
            entry("POST /api/v1/billing/units", EVERYONE),
            entry("POST /api/v1/billing/evaluation-complexity", EVERYONE),
            entry("POST /api/v1/billing/visit-lines", EVERYONE),
            entry("GET /api/v1/interventions", EVERYONE),
            entry("POST /api/v1/interventions/check", EVERYONE),
            entry("GET /api/v1/outcomes/instruments", EVERYONE),
            entry("POST /api/v1/outcomes/score", EVERYONE),
            entry("POST /api/v1/outcomes/change", EVERYONE),
            entry("POST /api/v1/screening/triage", EVERYONE),
            // The API token: issued to anyone with a password, revoked by whoever holds it.
            entry("POST /api/v1/auth/token", OPEN),
            entry("DELETE /api/v1/auth/token", EVERYONE),
            // The patient's own pages, behind a secret link.
            entry("GET /intake/{token}", OPEN),
            entry("POST /intake/{token}", OPEN),
            entry("POST /intake/{token}/draft", OPEN),
            entry("GET /measures/{token}", OPEN),
            entry("POST /measures/{token}", OPEN),
            entry("GET /portal/{token}", OPEN),
            entry("POST /portal/{token}/sessions", OPEN),
            entry("POST /portal/{token}/diary", OPEN),
            entry("GET /calendar/{token}.ics", OPEN));

    private WhoMay() {
    }
}
