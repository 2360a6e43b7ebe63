package org.rhomboid.authorization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.authorization.domain.Authorization;
import org.rhomboid.authorization.domain.AuthorizationForm;
import org.rhomboid.authorization.domain.AuthorizationLedger;
import org.rhomboid.authorization.domain.CountedVisit;
import org.rhomboid.authorization.domain.VisitLimit;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A patient's prior authorizations and yearly visit limits: entered, corrected with a reason (the values replaced
 * are kept) and listed with what each has left; and the Java API other features call — the warning a visit on a
 * date deserves when its note is signed (recorded with the note), the warning for booking one more visit, the
 * authorization number in force for a claim's date of service, and the worklist's alerts. Every read and write of
 * a patient's authorizations is audited. Warnings never block: the payer decides what it pays.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class Authorizations {

    public static final String RESOURCE = "PriorAuthorization";
    static final String LIMIT = "VisitLimit";
    static final String FLAG = "AuthorizationFlag";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A patient's authorizations and limits with what each has left, and the corrections made. */
    public record Overview(Patient patient, List<AuthorizationLedger.Use> authorizations,
                           List<AuthorizationLedger.LimitUse> limits,
                           List<Correction> corrections, LocalDate today) {}

    /** A correction as the page lists it: which record, why, who and when. */
    public record Correction(UUID recordId, String reason, String changedByName, java.time.OffsetDateTime changedAt) {}

    /** A saved form, or the messages beside its fields. */
    public record Saved(UUID id, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** One worklist alert, with the patient's name. */
    public record WorklistAlert(AuthorizationLedger.Alert alert, String patientName) {}

    /** The authorizations that meet a range of dates, to find the one in force on a claim's date of service. */
    public static final class InForce {
        private final Map<UUID, List<Authorization>> byPatient;

        InForce(Map<UUID, List<Authorization>> byPatient) {
            this.byPatient = byPatient;
        }

        /** The number of the authorization in force on the date for a visit billing these codes, or null. */
        public String numberFor(UUID patientId, LocalDate date, List<String> codes) {
            return AuthorizationLedger.inForce(byPatient.getOrDefault(patientId, List.of()), date, codes)
                    .map(Authorization::number).orElse(null);
        }
    }

    private final AuthorizationRepository repository;
    private final PatientService patients;
    private final AuditLog audit;
    private final ClinicDates clinicDates;

    Authorizations(AuthorizationRepository repository, PatientService patients, AuditLog audit,
                   ClinicDates clinicDates) {
        this.repository = repository;
        this.patients = patients;
        this.audit = audit;
        this.clinicDates = clinicDates;
    }

    public Overview overview(UUID patientId) {
        Patient patient = patients.get(patientId);
        UUID clinic = ClinicScope.require();
        LocalDate today = clinicDates.today();
        List<CountedVisit> visits = visits(clinic, patientId);
        List<LocalDate> bookings = bookings(clinic, patientId);
        List<AuthorizationLedger.Use> uses = repository.ofPatient(clinic, patientId).stream()
                .map(a -> AuthorizationLedger.use(a, visits, bookings, today, clinicDates.words())).toList();
        List<AuthorizationLedger.LimitUse> limits = repository.limitsOf(clinic, patientId).stream()
                .map(l -> AuthorizationLedger.use(l, visits, bookings, today)).toList();
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        return new Overview(patient, uses, limits, repository.corrections(clinic, patientId), today);
    }

    public Saved add(UUID patientId, Map<String, List<String>> form) {
        patients.get(patientId);
        AuthorizationForm.Checked checked = AuthorizationForm.check(form, UUID.randomUUID(), patientId, false);
        if (!checked.valid()) {
            return new Saved(null, checked.errors());
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        repository.insert(ClinicScope.require(), checked.authorization(), me.userId());
        audit.record(AuditAction.CREATE, RESOURCE, checked.authorization().id(), patientId, AuditOutcome.SUCCESS);
        return new Saved(checked.authorization().id(), Map.of());
    }

    public Authorization find(UUID authorizationId) {
        UUID clinic = ClinicScope.require();
        Authorization a = repository.find(clinic, authorizationId).orElseThrow(() -> {
            audit.record(AuditAction.READ, RESOURCE, authorizationId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException(RESOURCE);
        });
        patients.requireAccess(a.patientId());
        audit.record(AuditAction.READ, RESOURCE, authorizationId, a.patientId(), AuditOutcome.SUCCESS);
        return a;
    }

    public Saved correct(UUID authorizationId, Map<String, List<String>> form) {
        Authorization before = find(authorizationId);
        AuthorizationForm.Checked checked = AuthorizationForm.check(form, authorizationId, before.patientId(), true);
        if (!checked.valid()) {
            return new Saved(authorizationId, checked.errors());
        }
        UUID clinic = ClinicScope.require();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        repository.insertCorrection(clinic, before.patientId(), "AUTHORIZATION", authorizationId,
                JSON.writeValueAsString(before), checked.reason(), me.userId(), me.displayName());
        repository.update(clinic, checked.authorization());
        audit.record(AuditAction.UPDATE, RESOURCE, authorizationId, before.patientId(), AuditOutcome.SUCCESS);
        return new Saved(authorizationId, Map.of());
    }

    public Saved addLimit(UUID patientId, Map<String, List<String>> form) {
        patients.get(patientId);
        AuthorizationForm.CheckedLimit checked = AuthorizationForm.checkLimit(form, UUID.randomUUID(), patientId, false);
        if (!checked.valid()) {
            return new Saved(null, checked.errors());
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        repository.insertLimit(ClinicScope.require(), checked.limit(), me.userId());
        audit.record(AuditAction.CREATE, LIMIT, checked.limit().id(), patientId, AuditOutcome.SUCCESS);
        return new Saved(checked.limit().id(), Map.of());
    }

    public VisitLimit findLimit(UUID limitId) {
        VisitLimit limit = repository.findLimit(ClinicScope.require(), limitId).orElseThrow(() -> {
            audit.record(AuditAction.READ, LIMIT, limitId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException(LIMIT);
        });
        patients.requireAccess(limit.patientId());
        audit.record(AuditAction.READ, LIMIT, limitId, limit.patientId(), AuditOutcome.SUCCESS);
        return limit;
    }

    public Saved correctLimit(UUID limitId, Map<String, List<String>> form) {
        VisitLimit before = findLimit(limitId);
        AuthorizationForm.CheckedLimit checked = AuthorizationForm.checkLimit(form, limitId, before.patientId(), true);
        if (!checked.valid()) {
            return new Saved(limitId, checked.errors());
        }
        UUID clinic = ClinicScope.require();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        repository.insertCorrection(clinic, before.patientId(), "VISIT_LIMIT", limitId, JSON.writeValueAsString(before),
                checked.reason(), me.userId(), me.displayName());
        repository.updateLimit(clinic, checked.limit());
        audit.record(AuditAction.UPDATE, LIMIT, limitId, before.patientId(), AuditOutcome.SUCCESS);
        return new Saved(limitId, Map.of());
    }

    /**
     * The warning a visit on a date, billing these lines, deserves if its note is signed now, or empty (no
     * authorization or limit on file, or the visit within them). For the note page, before signing.
     *
     * @param noteId the note being written (left out of the count if it was counted already), or null
     */
    @Transactional(readOnly = true)
    public Optional<String> signingWarning(UUID patientId, UUID noteId, LocalDate date, List<CountedVisit.Line> lines) {
        UUID clinic = ClinicScope.require();
        List<Authorization> authorizations = repository.ofPatient(clinic, patientId);
        List<VisitLimit> limits = repository.limitsOf(clinic, patientId);
        if (authorizations.isEmpty() && limits.isEmpty()) {
            return Optional.empty();
        }
        List<CountedVisit> others = visits(clinic, patientId).stream()
                .filter(v -> !v.noteId().equals(noteId)).toList();
        return AuthorizationLedger.flag(authorizations, limits, others,
                new CountedVisit(noteId == null ? UUID.randomUUID() : noteId, date, lines), clinicDates.words());
    }

    /**
     * Records, with a note just signed (its billed lines stored), the warning it carried — as {@link #signingWarning}
     * judges it — and returns it. Called inside the signing transaction.
     */
    @Transactional
    public Optional<String> recordSigned(UUID patientId, UUID noteId, LocalDate date) {
        UUID clinic = ClinicScope.require();
        List<CountedVisit> visits = visits(clinic, patientId);
        List<CountedVisit.Line> lines = visits.stream().filter(v -> v.noteId().equals(noteId))
                .findFirst().map(CountedVisit::lines).orElse(List.of());
        Optional<String> flag = signingWarning(patientId, noteId, date, lines);
        flag.ifPresent(text -> {
            repository.insertFlag(clinic, noteId, patientId, text);
            audit.record(AuditAction.CREATE, FLAG, noteId, patientId, AuditOutcome.SUCCESS);
        });
        return flag;
    }

    /** The authorization warning the note carried when it was signed, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> recordedFlag(UUID noteId) {
        return repository.flag(ClinicScope.require(), noteId);
    }

    /**
     * The warning to show when booking one more visit for the patient on a date, or empty: no authorization covers
     * the date, or its visits (signed and booked) or the year's limit are used up. For the scheduler.
     */
    public Optional<String> bookingWarning(UUID patientId, LocalDate date) {
        UUID clinic = ClinicScope.require();
        List<Authorization> authorizations = repository.ofPatient(clinic, patientId);
        List<VisitLimit> limits = repository.limitsOf(clinic, patientId);
        if (authorizations.isEmpty() && limits.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        return AuthorizationLedger.bookingWarning(authorizations, limits, visits(clinic, patientId),
                bookings(clinic, patientId), date, clinicDates.today(), clinicDates.words());
    }

    /**
     * The same warning for a visit just booked on that date: asked once the booking stands, so a refused booking
     * reads (and audits) nothing; the new booking is taken out of the count, being the "one more" asked about.
     */
    public Optional<String> bookedWarning(UUID patientId, LocalDate date) {
        UUID clinic = ClinicScope.require();
        List<Authorization> authorizations = repository.ofPatient(clinic, patientId);
        List<VisitLimit> limits = repository.limitsOf(clinic, patientId);
        if (authorizations.isEmpty() && limits.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        List<LocalDate> others = new ArrayList<>(bookings(clinic, patientId));
        others.remove(date);
        return AuthorizationLedger.bookingWarning(authorizations, limits, visits(clinic, patientId), others, date,
                clinicDates.today(), clinicDates.words());
    }

    /**
     * Which dates of a series go past the patient's authorizations or visit limit, date → warning (none when the
     * patient has neither). The dates may be booked already (the API books first): each is taken out of the bookings
     * once, and the series judged in date order on top of the rest.
     */
    public Map<LocalDate, String> seriesWarnings(UUID patientId, List<LocalDate> dates) {
        UUID clinic = ClinicScope.require();
        List<Authorization> authorizations = repository.ofPatient(clinic, patientId);
        List<VisitLimit> limits = repository.limitsOf(clinic, patientId);
        if (dates.isEmpty() || (authorizations.isEmpty() && limits.isEmpty())) {
            return Map.of();
        }
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        List<LocalDate> others = new ArrayList<>(bookings(clinic, patientId));
        dates.forEach(others::remove);
        return AuthorizationLedger.seriesWarnings(authorizations, limits, visits(clinic, patientId), others, dates,
                clinicDates.today(), clinicDates.words());
    }

    /** The authorizations meeting a range of dates of service, one query (claims). */
    @Transactional(readOnly = true)
    public InForce inForceBetween(LocalDate from, LocalDate to) {
        return new InForce(repository.meeting(ClinicScope.require(), from, to));
    }

    /**
     * The worklist's alerts for the whole clinic: authorizations running out (by count or by date) and visits booked
     * after the last authorization ended. Set-based: four queries whatever the number of patients. The caller audits
     * which patients it shows.
     */
    @Transactional(readOnly = true)
    public List<WorklistAlert> alerts() {
        UUID clinic = ClinicScope.require();
        LocalDate today = clinicDates.today();
        java.time.Instant startOfToday = today.atStartOfDay(clinicDates.zone()).toInstant();
        Map<UUID, List<Authorization>> byPatient = new LinkedHashMap<>(repository.endingFrom(clinic, today));
        repository.ofPatientsBookedFrom(clinic, startOfToday).forEach((patient, all) -> {
            // Patients with bookings: all their authorizations (an ended one explains the uncovered bookings).
            byPatient.put(patient, all);
        });
        Set<UUID> patients = new HashSet<>(byPatient.keySet());
        Map<UUID, List<CountedVisit>> visits = repository.visits(clinic, patients);
        Map<UUID, List<LocalDate>> bookings = repository.bookings(clinic, patients, startOfToday, clinicDates.zone());
        List<AuthorizationLedger.Alert> alerts = new ArrayList<>();
        byPatient.forEach((patient, authorizations) -> alerts.addAll(AuthorizationLedger.alerts(patient,
                authorizations, visits.getOrDefault(patient, List.of()), bookings.getOrDefault(patient, List.of()),
                today, clinicDates.words())));
        Map<UUID, String> names = repository.names(clinic,
                alerts.stream().map(AuthorizationLedger.Alert::patientId).distinct().toList());
        return alerts.stream().map(a -> new WorklistAlert(a, names.getOrDefault(a.patientId(), ""))).toList();
    }

    private List<CountedVisit> visits(UUID clinic, UUID patientId) {
        return repository.visits(clinic, List.of(patientId)).getOrDefault(patientId, List.of());
    }

    private List<LocalDate> bookings(UUID clinic, UUID patientId) {
        java.time.Instant startOfToday = clinicDates.today().atStartOfDay(clinicDates.zone()).toInstant();
        return repository.bookings(clinic, List.<UUID>of(patientId), startOfToday, clinicDates.zone())
                .getOrDefault(patientId, List.of());
    }
}
