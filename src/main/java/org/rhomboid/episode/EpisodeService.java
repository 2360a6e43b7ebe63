package org.rhomboid.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffDirectory;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.StartOfCare;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading and changing episodes of care; audited like every access to patient data. */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
public class EpisodeService {

    public static final String RESOURCE = "Episode";

    private final EpisodeRepository episodes;
    private final PatientService patients;
    private final StaffDirectory staff;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    EpisodeService(EpisodeRepository episodes, PatientService patients, StaffDirectory staff, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.episodes = episodes;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
    }

    public Episode open(UUID patientId, EpisodeDetails details) {
        UUID clinic = ClinicScope.require();
        Patient patient = patients.get(patientId);
        checkOnset(patient, details);
        checkTherapist(details.treatingTherapistId());
        UUID id = UUID.randomUUID();
        episodes.insert(clinic, id, patient.id(), details, clinicDates.today());
        audit.record(AuditAction.CREATE, RESOURCE, id, patient.id(), AuditOutcome.SUCCESS);
        return episodes.find(clinic, id).orElseThrow();
    }

    public Episode get(UUID id) {
        Episode episode = episodes.find(ClinicScope.require(), id).orElse(null);
        audit.record(AuditAction.READ, RESOURCE, id, episode == null ? null : episode.patientId(),
                episode == null ? AuditOutcome.NOT_FOUND : AuditOutcome.SUCCESS);
        if (episode == null) {
            throw new NotFoundException(RESOURCE);
        }
        // A restricted record's episodes are as closed as its chart.
        patients.requireAccess(episode.patientId());
        return episode;
    }

    /** The patient's episodes, current ones first; the caller has already read (and so audited) the patient. */
    public List<Episode> of(Patient patient) {
        List<Episode> found = episodes.forPatient(ClinicScope.require(), patient.id());
        audit.record(AuditAction.READ, RESOURCE, null, patient.id(), AuditOutcome.SUCCESS);
        return found;
    }

    public Episode change(UUID id, EpisodeDetails details) {
        UUID clinic = ClinicScope.require();
        Episode current = episodes.find(clinic, id).orElse(null);
        if (current == null) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(RESOURCE);
        }
        EpisodeStatus next = details.status() == null ? current.status() : details.status();
        if (!current.status().canBecome(next)) {
            throw new FieldProblemException("status", current.status() == EpisodeStatus.DISCHARGED
                    ? "A discharged episode can’t be reopened; open a new episode instead"
                    : "An episode can’t go from " + current.status().label() + " to " + next.label());
        }
        checkOnset(patients.get(current.patientId()), details);
        if (!details.treatingTherapistId().equals(current.treatingTherapistId())) {
            checkTherapist(details.treatingTherapistId());
        }
        LocalDate dischargedOn = next != EpisodeStatus.DISCHARGED ? null
                : current.dischargedOn() != null ? current.dischargedOn() : clinicDates.today();
        int version = details.version() == null ? current.version() : details.version();
        EpisodeDetails update = new EpisodeDetails(details.bodyRegion(), details.onsetDate(), details.mechanism(),
                next, details.treatingTherapistId(), version);
        if (!episodes.update(clinic, id, update, version, dischargedOn)) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("Someone else saved changes to this episode while you were editing. "
                    + "Reload to see their changes, then apply yours again.");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.SUCCESS);
        return episodes.find(clinic, id).orElseThrow();
    }

    /**
     * Corrects the start of care (VISIT-DATES): kept with the reason, who and when; returns the problems by field,
     * empty when changed.
     */
    public Map<String, String> changeStart(UUID id, LocalDate wanted, String reason, int version, LocalDate today) {
        UUID clinic = ClinicScope.require();
        Episode current = get(id);
        Map<String, String> errors = StartOfCare.check(current.startedOn(), wanted, reason, current.onsetDate(),
                episodes.firstDocumented(clinic, id), today, clinicDates.words());
        if (!errors.isEmpty()) {
            return errors;
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        if (!episodes.changeStart(clinic, id, version, new StartChange(current.startedOn(), wanted, reason.strip(),
                me.displayName(), null), me.userId())) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("Someone else saved changes to this episode while you were editing. "
                    + "Reload to see their changes, then apply yours again.");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    /** How the episode's start of care was corrected, oldest first; the caller has read the episode. */
    public List<StartChange> startChanges(Episode episode) {
        List<StartChange> changes = episodes.startChanges(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, episode.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return changes;
    }

    /** The discharge summary closes the episode on its date, with the reason; a discharged episode stays closed. */
    public void discharge(UUID id, LocalDate on, DischargeReason reason) {
        UUID clinic = ClinicScope.require();
        Episode current = get(id);
        if (current.status() == EpisodeStatus.DISCHARGED || !episodes.discharge(clinic, id, on, reason)) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("This episode is already discharged.");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, current.patientId(), AuditOutcome.SUCCESS);
    }

    private static void checkOnset(Patient patient, EpisodeDetails details) {
        if (details.onsetDate() != null && details.onsetDate().isBefore(patient.birthDate())) {
            throw new FieldProblemException("onsetDate", "Onset date is before the patient’s date of birth");
        }
    }

    private void checkTherapist(UUID therapistId) {
        if (!staff.isActiveTherapist(therapistId)) {
            throw new FieldProblemException("treatingTherapistId",
                    "Choose an active physical therapist of this clinic");
        }
    }
}
