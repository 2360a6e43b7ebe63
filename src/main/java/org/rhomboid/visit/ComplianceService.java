package org.rhomboid.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffUser;
import org.rhomboid.account.UserRepository;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.plan.CertificationRepository;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationRecord;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.visit.domain.ComplianceWorklist.Item;
import org.rhomboid.visit.domain.ComplianceWorklist.Severity;
import org.rhomboid.visit.domain.ComplianceWorklist;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.ProgressReportSchedule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance worklist of the clinic, or of one therapist: the stored notes, plans and documented days turned
 * into {@link ComplianceWorklist}'s facts. Reading it is audited once, like a search (how many items, no patient
 * named in the trail): one event per patient listed would drown the trail.
 */
@Service
@Transactional
public class ComplianceService {

    public static final String RESOURCE = "ComplianceWorklist";

    /** Someone whose documentation the worklist can show: a physical therapist or an assistant of the clinic. */
    public record Therapist(UUID id, String name, boolean active) {}

    /** An item with what the page shows beside it. */
    public record Entry(Item item, String patientName, String therapistName) {}

    /** @param therapistId whose items these are, or null for the whole clinic */
    public record Worklist(UUID therapistId, LocalDate today, List<Entry> entries) {

        /** The entries grouped by severity, most urgent group first, only the groups that have any. */
        public Map<Severity, List<Entry>> bySeverity() {
            Map<Severity, List<Entry>> groups = new EnumMap<>(Severity.class);
            for (Entry e : entries) {
                groups.computeIfAbsent(e.item().severity(), s -> new ArrayList<>()).add(e);
            }
            return new LinkedHashMap<>(groups);
        }
    }

    private final ComplianceRepository repository;
    private final CertificationRepository certifications;
    private final org.rhomboid.clinic.ClinicRepository clinics;
    private final UserRepository users;
    private final VisitLines.Rules codes;
    private final AuditLog audit;

    private final ClinicDates clinicDates;
    private final org.rhomboid.authorization.Authorizations authorizations;

    ComplianceService(ComplianceRepository repository, CertificationRepository certifications,
                      org.rhomboid.clinic.ClinicRepository clinics, UserRepository users, VisitLines.Rules codes,
                      AuditLog audit, ClinicDates clinicDates,
                      org.rhomboid.authorization.Authorizations authorizations) {
        this.clinicDates = clinicDates;
        this.authorizations = authorizations;
        this.repository = repository;
        this.certifications = certifications;
        this.clinics = clinics;
        this.users = users;
        this.codes = codes;
        this.audit = audit;
    }

    /** The clinic's physical therapists and assistants, active first then by name: the filter's choices. */
    @Transactional(readOnly = true)
    public List<Therapist> therapists() {
        return users.inClinic(ClinicScope.require()).stream()
                .filter(u -> u.has(Role.PT) || u.has(Role.PTA))
                .sorted(java.util.Comparator.comparing((StaffUser u) -> !u.active()))
                .map(u -> new Therapist(u.id(), u.displayName(), u.active()))
                .toList();
    }

    /**
     * @param therapistId one therapist's items (notes they wrote or must co-sign, episodes they treat), or null for
     *                    the whole clinic
     */
    public Worklist worklist(UUID therapistId, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Computed computed = compute(therapistId, null, now, zone);
        List<Item> items = computed.items();
        Map<UUID, String> patientOfEpisode = computed.patientOfEpisode();
        Map<UUID, UUID> patientIdOfEpisode = computed.patientIdOfEpisode();
        Map<UUID, String> patientNames = computed.patientNames();
        Map<UUID, String> names = new HashMap<>();
        for (Therapist t : therapists()) {
            names.put(t.id(), t.name());
        }
        List<Entry> entries = items.stream()
                // A note's item belongs to its author or its co-signer; a therapist's list shows only their own.
                .filter(i -> therapistId == null || therapistId.equals(i.therapist()))
                .map(i -> new Entry(i, i.patient() != null ? patientNames.getOrDefault(i.patient(), "")
                        : patientOfEpisode.getOrDefault(i.episodeId(), ""),
                        i.therapist() == null ? "" : names.getOrDefault(i.therapist(), "")))
                .toList();
        // Which patients the list showed, by id, once each (AUDIT-EVENTS).
        audit.recordShown(AuditAction.READ, RESOURCE, entries.stream().map(e -> e.item().patient() != null
                ? e.item().patient() : patientIdOfEpisode.get(e.item().episodeId()))
                .filter(java.util.Objects::nonNull).distinct().toList(), entries.size() + " items");
        return new Worklist(therapistId, today, entries);
    }

    /**
     * The worklist's items of some patients, whoever's they are, by patient (most urgent first): today's caseload
     * shows them beside each appointment. Not audited here: the caller audits the patients it shows, once.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Item>> dueForPatients(java.util.Collection<UUID> patients, Instant now, ZoneId zone) {
        Map<UUID, List<Item>> byPatient = new HashMap<>();
        if (patients.isEmpty()) {
            return byPatient;
        }
        java.util.Set<UUID> wanted = new java.util.HashSet<>(patients);
        Computed computed = compute(null, wanted, now, zone);
        for (Item i : computed.items()) {
            UUID patient = i.patient() != null ? i.patient() : computed.patientIdOfEpisode().get(i.episodeId());
            if (patient != null && wanted.contains(patient)) {
                byPatient.computeIfAbsent(patient, p -> new ArrayList<>()).add(i);
            }
        }
        return byPatient;
    }

    /** The items and the names the lists show beside them. */
    private record Computed(List<Item> items, Map<UUID, String> patientOfEpisode, Map<UUID, UUID> patientIdOfEpisode,
                            Map<UUID, String> patientNames) {}

    /** @param patients only these patients' notes and episodes, or null for all */
    private Computed compute(UUID therapistId, java.util.Collection<UUID> patients, Instant now, ZoneId zone) {
        UUID clinic = ClinicScope.require();
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<UUID, String> patientOfEpisode = new HashMap<>();
        Map<UUID, UUID> patientIdOfEpisode = new HashMap<>();

        List<ComplianceWorklist.NoteFacts> notes = new ArrayList<>();
        for (ComplianceRepository.OpenNote n : repository.openNotes(clinic, therapistId, patients)) {
            patientOfEpisode.put(n.episodeId(), n.patientName());
            patientIdOfEpisode.put(n.episodeId(), n.patientId());
            notes.add(new ComplianceWorklist.NoteFacts(n.id(), n.episodeId(), n.kind(), n.status(),
                    n.createdAt().toInstant(), n.authorId(), n.treatingTherapistId(), n.visitDate()));
        }

        Map<UUID, List<ComplianceRepository.DocumentedDays>> days = new HashMap<>();
        for (ComplianceRepository.DocumentedDays d : repository.documentedDays(clinic, therapistId, patients)) {
            days.computeIfAbsent(d.episodeId(), e -> new ArrayList<>()).add(d);
        }
        List<ComplianceWorklist.PlanFacts> plans = new ArrayList<>();
        List<ComplianceWorklist.ProgressFacts> progress = new ArrayList<>();
        List<ComplianceWorklist.KxFacts> kx = new ArrayList<>();
        java.util.Optional<Map<UUID, java.math.BigDecimal>> allowed = repository.allowedThisYear(clinic, today.getYear());
        List<ComplianceRepository.PlannedEpisode> planned = repository.plannedEpisodes(clinic, therapistId, patients);
        Map<UUID, List<CertificationRecord>> records = certifications.ofEpisodes(clinic,
                planned.stream().map(ComplianceRepository.PlannedEpisode::episodeId).toList());
        for (ComplianceRepository.PlannedEpisode e : planned) {
            patientOfEpisode.put(e.episodeId(), e.patientName());
            patientIdOfEpisode.put(e.episodeId(), e.patientId());
            CertificationTimeline timeline = CertificationTimeline.of(e.plan(), e.evaluatedOn(),
                    records.getOrDefault(e.episodeId(), List.of()), today, clinicDates.words());
            // The period that needs attention: the first one not certified, or else the latest.
            CertificationTimeline.Period period = timeline.periods().stream().filter(p -> !p.certified()).findFirst()
                    .orElse(timeline.latest());
            Certification.Status status = period.status();
            if (period.certified() && period != timeline.latest()) {
                status = timeline.latest().status();
            }
            plans.add(new ComplianceWorklist.PlanFacts(e.episodeId(), e.treatingTherapistId(), e.evaluatedOn(),
                    status, period.reason().recertification(), period.start()));
            progress.add(new ComplianceWorklist.ProgressFacts(e.episodeId(), e.treatingTherapistId(),
                    schedule(e, days.getOrDefault(e.episodeId(), List.of()), today, zone)));
            PayerRules payer = PayerRules.of(e.payer());
            if (payer != null && payer.medicareRules()) {
                // Without allowed amounts in the fee schedule the year's total is unknown (null): KX is left out.
                java.math.BigDecimal used = allowed.map(a -> a.getOrDefault(e.episodeId(), java.math.BigDecimal.ZERO))
                        .orElse(null);
                kx.add(new ComplianceWorklist.KxFacts(e.episodeId(), e.treatingTherapistId(), today.getYear(), used));
            }
        }

        // Prior authorizations running out or ended with visits booked: the patient's episode's therapist owns them.
        Map<UUID, UUID> therapistOfPatient = new HashMap<>();
        for (ComplianceRepository.PlannedEpisode e : planned) {
            therapistOfPatient.put(e.patientId(), e.treatingTherapistId());
        }
        Map<UUID, String> patientNames = new HashMap<>();
        List<ComplianceWorklist.AuthorizationFacts> authorizationFacts = new ArrayList<>();
        for (org.rhomboid.authorization.Authorizations.WorklistAlert w : authorizations.alerts()) {
            if (patients != null && !patients.contains(w.alert().patientId())) {
                continue;
            }
            patientNames.put(w.alert().patientId(), w.patientName());
            authorizationFacts.add(new ComplianceWorklist.AuthorizationFacts(w.alert().patientId(),
                    therapistOfPatient.get(w.alert().patientId()),
                    w.alert().kind() == org.rhomboid.authorization.domain.AuthorizationLedger.AlertKind.EXPIRED_WITH_BOOKINGS,
                    w.alert().due(), w.alert().sentence()));
        }

        int lateEntryDays = clinics.profile(clinic).map(org.rhomboid.clinic.ClinicProfile::lateEntryDays)
                .orElse(org.rhomboid.visit.domain.LateEntry.DEFAULT_DAYS);
        List<Item> items = ComplianceWorklist.build(new ComplianceWorklist.Facts(notes, plans, progress, kx,
                lateEntryDays, authorizationFacts), now, clinicDates.words(), codes.kx());
        return new Computed(items, patientOfEpisode, patientIdOfEpisode, patientNames);
    }

    /**
     * The progress-report schedule for the episode's next visit: today, or the day after the last documented day
     * if the episode was already documented today. Treatment days are the signed evaluation's date and the daily
     * notes' dates; progress reports and re-evaluations close a reporting period (as the note-signing checks count).
     */
    private static ProgressReportSchedule.Result schedule(ComplianceRepository.PlannedEpisode e,
                                                          List<ComplianceRepository.DocumentedDays> documented,
                                                          LocalDate today, ZoneId zone) {
        List<LocalDate> treatmentDays = new ArrayList<>();
        treatmentDays.add(e.evaluatedOn());
        List<LocalDate> reports = new ArrayList<>();
        for (ComplianceRepository.DocumentedDays d : documented) {
            if (d.kind() == NoteKind.DAILY_NOTE) {
                treatmentDays.addAll(d.dates());
            } else if (d.kind().closesReportingPeriod()) {
                reports.addAll(d.dates());
            }
        }
        LocalDate last = treatmentDays.stream().max(LocalDate::compareTo).orElse(today);
        for (LocalDate report : reports) {
            last = report.isAfter(last) ? report : last;
        }
        LocalDate nextVisit = last.isBefore(today) ? today : last.plusDays(1);
        return ProgressReportSchedule.assess(treatmentDays, reports, nextVisit);
    }
}
