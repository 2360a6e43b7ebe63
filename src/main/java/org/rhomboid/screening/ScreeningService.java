package org.rhomboid.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.monitoring.BusinessCounters;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.screening.domain.Clearance;
import org.rhomboid.screening.domain.ClearedConcern;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.Presentation;
import org.rhomboid.screening.domain.RedFlagScreen;
import org.rhomboid.screening.domain.Sex;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens an episode whenever its findings change (intake submitted, exam findings recorded), keeps every
 * result, and records the therapist's acknowledgement of each concern.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ScreeningService {

    public static final String RESOURCE = "Screening";

    private final ScreeningRepository screenings;
    private final ClearanceRepository clearances;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final AuditLog audit;
    private final BusinessCounters counters;

    private final ClinicDates clinicDates;

    ScreeningService(ScreeningRepository screenings, ClearanceRepository clearances, EpisodeService episodes,
                     PatientService patients, AuditLog audit, BusinessCounters counters,
                     ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.screenings = screenings;
        this.clearances = clearances;
        this.episodes = episodes;
        this.patients = patients;
        this.audit = audit;
        this.counters = counters;
        counters.expect(BusinessCounters.SCREENINGS, "disposition", Disposition.values());
    }

    /** The patient's submitted intake reported these findings; screen again with them. */
    public ScreeningRecord recordIntakeFindings(UUID episodeId, Set<Finding> findings) {
        return record(episodeId, FindingSource.INTAKE, findings);
    }

    /** The therapist's examination findings, replacing the previous set; screen again with them. */
    public ScreeningRecord recordExamFindings(UUID episodeId, Set<Finding> findings) {
        return record(episodeId, FindingSource.EXAM, findings);
    }

    /** What the structured examination established, replacing its previous set; screen again with them. */
    public ScreeningRecord recordStructuredExamFindings(UUID episodeId, Set<Finding> findings) {
        return record(episodeId, FindingSource.STRUCTURED_EXAM, findings);
    }

    private ScreeningRecord record(UUID episodeId, FindingSource source, Set<Finding> findings) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        Patient patient = patients.get(episode.patientId());
        screenings.replaceFindings(clinic, episodeId, source, findings, StaffPrincipal.currentUserId());
        return rescreen(episode, patient, source, null);
    }

    /**
     * Screens the episode again on its findings, weighing every clearance recorded for it, and keeps the result;
     * {@code clearanceId} names the clearance that prompted it (trigger CLEARANCE), else null.
     */
    ScreeningRecord rescreen(Episode episode, Patient patient, FindingSource trigger, UUID clearanceId) {
        UUID clinic = ClinicScope.require();
        Map<FindingSource, Set<Finding>> all = screenings.findings(clinic, episode.id());
        Set<Finding> combined = new LinkedHashSet<>();
        all.values().forEach(combined::addAll);
        int age = Math.min(120, patient.ageOn(clinicDates.today()));
        Sex sex = switch (patient.sex()) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER, UNKNOWN -> Sex.OTHER;
        };
        List<Clearance> recorded = clearances.of(clinic, episode.id()).stream().map(ConcernClearance::rule).toList();
        ScreeningRecord record = new ScreeningRecord(UUID.randomUUID(), episode.id(), age, sex, List.copyOf(combined),
                RedFlagScreen.screen(new Presentation(age, sex, combined), recorded), trigger, null);
        screenings.insert(clinic, record, clearanceId, StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, RESOURCE, record.id(), patient.id(), AuditOutcome.SUCCESS);
        counters.screened(record.result().disposition());
        return record;
    }

    /**
     * The concerns of each episode's latest screening that no therapist has acknowledged yet, by episode (episodes
     * with none are left out): today's caseload shows them first. Not audited here: the caller audits the patients
     * it shows, once. Two queries, whatever the number of episodes.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Concern>> openConcerns(java.util.Collection<UUID> episodeIds) {
        UUID clinic = ClinicScope.require();
        Map<UUID, List<Concern>> open = new java.util.HashMap<>();
        if (episodeIds.isEmpty()) {
            return open;
        }
        Map<UUID, ScreeningRecord> latest = screenings.latestOf(clinic, episodeIds);
        Map<UUID, List<Acknowledgement>> acknowledged = screenings.acknowledgementsOf(clinic, latest.keySet());
        latest.forEach((episodeId, record) -> {
            List<Acknowledgement> acknowledgements = acknowledged.getOrDefault(episodeId, List.of());
            // As on the chart: an acknowledgement covers the same condition at the same or a lower level of concern.
            List<Concern> unacknowledged = record.result().concerns().stream()
                    .filter(c -> acknowledgements.stream().noneMatch(a -> a.condition() == c.condition()
                            && a.level().compareTo(c.level()) >= 0))
                    .toList();
            if (!unacknowledged.isEmpty()) {
                open.put(episodeId, unacknowledged);
            }
        });
        return open;
    }

    /** The episode's screening picture for the chart; the caller has already read the episode. */
    public EpisodeScreening of(Episode episode) {
        UUID clinic = ClinicScope.require();
        List<ScreeningRecord> history = screenings.history(clinic, episode.id());
        Map<FindingSource, Set<Finding>> findings = screenings.findings(clinic, episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        ScreeningRecord latest = history.isEmpty() ? null : history.get(0);
        List<ConcernClearance> recorded = clearances.of(clinic, episode.id());
        List<ConcernStatus> concerns = new ArrayList<>();
        List<ClearedStatus> cleared = new ArrayList<>();
        if (latest != null) {
            List<Acknowledgement> acknowledgements = screenings.acknowledgements(clinic, episode.id());
            for (Concern concern : latest.result().concerns()) {
                // An acknowledgement covers the same condition at the same or a lower level of concern.
                Acknowledgement covering = acknowledgements.stream()
                        .filter(a -> a.condition() == concern.condition() && a.level().compareTo(concern.level()) >= 0)
                        .max(Comparator.comparing(Acknowledgement::acknowledgedAt)).orElse(null);
                concerns.add(new ConcernStatus(concern, covering));
            }
            for (ClearedConcern settled : latest.result().cleared()) {
                recorded.stream().filter(c -> c.id().equals(settled.clearance().id())).findFirst()
                        .ifPresent(c -> cleared.add(new ClearedStatus(settled, c)));
            }
        }
        return new EpisodeScreening(latest, concerns, cleared, findings.get(FindingSource.INTAKE),
                findings.get(FindingSource.EXAM), findings.get(FindingSource.STRUCTURED_EXAM), history, recorded);
    }

    public void acknowledge(UUID screeningId, Condition condition, String note) {
        UUID clinic = ClinicScope.require();
        ScreeningRecord screening = screenings.find(clinic, screeningId).orElse(null);
        if (screening == null) {
            audit.record(AuditAction.UPDATE, RESOURCE, screeningId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(RESOURCE);
        }
        Concern concern = screening.result().concerns().stream().filter(c -> c.condition() == condition)
                .findFirst().orElseThrow(() -> new FieldProblemException("condition",
                        "This screening raised no " + condition.label().toLowerCase() + " concern"));
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw new FieldProblemException("note", "Write what you did about this concern");
        }
        if (trimmed.length() > 1000) {
            throw new FieldProblemException("note", "Use at most 1000 characters");
        }
        Episode episode = episodes.get(screening.episodeId());
        screenings.acknowledge(clinic, screening.episodeId(), screeningId, condition, concern.level(), trimmed,
                StaffPrincipal.currentUserId());
        audit.record(AuditAction.UPDATE, RESOURCE, screeningId, episode.patientId(), AuditOutcome.SUCCESS);
    }
}
