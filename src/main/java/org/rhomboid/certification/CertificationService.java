package org.rhomboid.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationRecord;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.domain.CertificationForm;
import org.rhomboid.plan.domain.CertificationRecord;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification of a signed plan of care: the returned signature (or verbal order, or the plan sent under the
 * 2025 referral rule) recorded for the initial period, and recertification periods after a progress report, a
 * re-evaluation or an amended plan. The signed plan itself never changes: each record is inserted, never updated.
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
public class CertificationService {

    /** What the certification page shows. */
    public record Page(Episode episode, Patient patient, PlanOfCare plan, EvaluationRecord evaluation,
                       CertificationTimeline timeline) {}

    /** The outcome of recording: the problems by field, or the record stored. */
    public record Recorded(Map<String, String> errors, CertificationRecord record) {
        public boolean stored() {
            return errors.isEmpty();
        }
    }

    private final EpisodeService episodes;
    private final PatientService patients;
    private final EvaluationService evaluations;
    private final PlanService plans;

    CertificationService(EpisodeService episodes, PatientService patients, EvaluationService evaluations,
                         PlanService plans) {
        this.episodes = episodes;
        this.patients = patients;
        this.evaluations = evaluations;
        this.plans = plans;
    }

    public Page page(UUID episodeId, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        EvaluationRecord evaluation = evaluations.signed(episode).orElseThrow(() -> new ConflictException(
                "The initial evaluation is not signed yet: its plan of care is certified once it is signed."));
        PlanOfCare plan = plans.plan(episode).orElseThrow(() -> new ConflictException("The episode has no plan of care."));
        return new Page(episode, patients.get(episode.patientId()), plan, evaluation,
                plans.certification(episode, plan, evaluation.evaluatedOn(), today));
    }

    /**
     * Checks and stores a record. A recertification (a new period of the plan) is the physical therapist's
     * decision; the returned signature of a period may be recorded by whoever receives it.
     *
     * @param documentId the scanned signed plan among the patient's documents, or null
     */
    public Recorded record(UUID episodeId, CertificationForm form, UUID documentId, LocalDate today) {
        Page page = page(episodeId, today);
        CertificationForm.Checked checked = form.check(new CertificationForm.Context(today, page.plan(),
                page.evaluation().evaluatedOn()));
        if (!checked.valid()) {
            return new Recorded(checked.errors(), null);
        }
        CertificationForm.Draft d = checked.draft();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        if (d.reason().recertification() && !me.has(Role.PT)) {
            return new Recorded(Map.of("reason", "A recertification is the physical therapist’s plan: ask the"
                    + " treating therapist to record it."), null);
        }
        CertificationRecord record = new CertificationRecord(UUID.randomUUID(), d.periodStart(), d.periodEnd(),
                d.reason(), d.frequencyPerWeek(), d.method(), d.practitionerName(), d.practitionerNpi(), d.signedOn(),
                d.receivedOn(), d.verbalOrderOn(), d.planSentOn(), documentId, d.note(), me.displayName(),
                OffsetDateTime.now());
        plans.recordCertification(page.episode(), record);
        return new Recorded(Map.of(), record);
    }
}
