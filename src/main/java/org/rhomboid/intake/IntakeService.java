package org.rhomboid.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.intake.domain.TakenBy;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.Sent;
import org.rhomboid.link.domain.LinkLife;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patient's intake: staff issue a one-time link for an episode; the patient fills it in on their phone,
 * progress saved as they go; submitting validates, locks it, retires the link, screens the episode and records the baseline pain and PSFS.
 * When the patient did not (paper, phone, an interpreter), a physical therapist takes the same intake for them,
 * with the same effect, and who took it and how is recorded.
 */
@Service
public class IntakeService {

    public static final String RESOURCE = "Intake";

    /** A freshly issued link: the token is shown once and never stored. */
    public record IssuedLink(String token, OffsetDateTime expiresAt) {}

    /** What the patient sees behind a link. */
    public record PatientView(Intake intake, String givenName) {}

    private final IntakeRepository intakes;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final ScreeningService screening;
    private final OutcomeService outcomes;
    private final AuditLog audit;
    private final LinkSettings links;
    private final TransactionTemplate transaction;

    IntakeService(IntakeRepository intakes, EpisodeService episodes, PatientService patients,
                  ScreeningService screening, OutcomeService outcomes, AuditLog audit, LinkSettings links,
                  TransactionTemplate transaction) {
        this.intakes = intakes;
        this.episodes = episodes;
        this.patients = patients;
        this.screening = screening;
        this.outcomes = outcomes;
        this.audit = audit;
        this.links = links;
        this.transaction = transaction;
    }

    /** Staff: a new link for the episode's intake, replacing any earlier link. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public IssuedLink issueLink(UUID episodeId) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            throw new ConflictException("This episode is discharged; open a new episode for a new intake.");
        }
        if (!LinkLife.inCare(episode.status())) {
            throw new ConflictException(LinkLife.ON_HOLD);
        }
        Intake intake = intakes.forEpisode(clinic, episodeId).orElse(null);
        if (intake != null && intake.submitted()) {
            throw new ConflictException("The patient has already submitted this episode's intake.");
        }
        UUID intakeId = intake == null ? UUID.randomUUID() : intake.id();
        OffsetDateTime expiresAt = links.policy().intakeExpiry(OffsetDateTime.now());
        if (intake == null) {
            intakes.insert(clinic, intakeId, episodeId, episode.patientId(), expiresAt);
        }
        String token = SecretTokens.generate("");
        intakes.replaceLink(clinic, intakeId, SecretTokens.hash(token), expiresAt);
        audit.record(intake == null ? AuditAction.CREATE : AuditAction.UPDATE, RESOURCE, intakeId,
                episode.patientId(), AuditOutcome.SUCCESS);
        return new IssuedLink(token, expiresAt);
    }

    /** Staff: the episode's intake, if one was issued; the caller has read the episode. */
    @Transactional
    public Optional<Intake> of(Episode episode) {
        Optional<Intake> intake = intakes.forEpisode(ClinicScope.require(), episode.id());
        intake.ifPresent(i -> audit.record(AuditAction.READ, RESOURCE, i.id(), i.patientId(), AuditOutcome.SUCCESS));
        return intake;
    }

    /**
     * Patient: what a link opens, if it still does (unknown, used and expired links open nothing, nor does any link
     * while its episode is not in care).
     */
    public Optional<PatientView> open(String token) {
        return inScopeOf(token, (clinic, intake) -> {
            audit.record(AuditAction.READ, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
            Patient patient = patients.get(intake.patientId());
            return new PatientView(intake, patient.givenName());
        });
    }

    /** Patient: keeps the form exactly as typed; returns problems only for what has been filled in so far. */
    public Optional<Map<String, String>> saveDraft(String token, IntakeForm form, LocalDate today) {
        return inScopeOf(token, (clinic, intake) -> {
            intakes.saveDraft(clinic, intake.id(), form);
            audit.record(AuditAction.UPDATE, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
            Map<String, String> shown = new LinkedHashMap<>();
            form.check(today).errors().forEach((field, message) -> {
                if (!form.value(field).isEmpty()) {
                    shown.put(field, message);
                }
            });
            return shown;
        });
    }

    /**
     * Patient: validates everything; when valid, uses up the link and locks the intake, screens the episode and records
     * the baseline — all in one transaction, so of several sends at once exactly one is kept: the link is deleted by
     * the first, and the others, waiting on its row, find it gone and are told the answers are already in.
     */
    public Optional<Sent<IntakeForm.Checked>> submit(String token, IntakeForm form, LocalDate today) {
        return inScopeOf(token, (clinic, intake) -> {
            // Locks the intake's row first, as the clinician's submit does, so the two never wait on each other.
            intakes.saveDraft(clinic, intake.id(), form);
            IntakeForm.Checked checked = form.check(today);
            if (!checked.valid()) {
                return Sent.checked(checked);
            }
            if (!intakes.useLink(SecretTokens.hash(token), intake.id())
                    || !lock(clinic, intake, checked.answers(), null, today)) {
                audit.record(AuditAction.UPDATE, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.CONFLICT);
                boolean sentByAnother = intakes.find(clinic, intake.id()).map(Intake::submitted).orElse(false);
                return sentByAnother ? Sent.<IntakeForm.Checked>already() : null;
            }
            return Sent.checked(checked);
        });
    }

    /** What the clinician's intake form opens with: the patient's draft, if they had started one. */
    public record ClinicianView(Episode episode, Patient patient, IntakeForm draft) {}

    /**
     * Clinician: the intake to take for the patient (paper, phone, interpreter), when the patient has not sent it;
     * 409 once it is submitted (refusals are audited too).
     */
    @Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
    public ClinicianView toTakeForPatient(UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        Intake intake = openForClinician(episode);
        if (intake != null) {
            audit.record(AuditAction.READ, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
        }
        return new ClinicianView(episode, patients.get(episode.patientId()),
                intake == null ? IntakeForm.empty() : intake.draft());
    }

    /** Clinician: keeps the form as typed, like the patient's draft; problems only for what is filled in. */
    @Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
    public Map<String, String> saveDraftForPatient(UUID episodeId, IntakeForm form, LocalDate today) {
        Intake intake = draftForClinician(episodes.get(episodeId), form);
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>(form.check(today).errors());
        all.putAll(TakenBy.check(form).errors());
        all.forEach((field, message) -> {
            if (!form.value(field).isEmpty()) {
                shown.put(field, message);
            }
        });
        audit.record(AuditAction.UPDATE, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
        return shown;
    }

    /**
     * Clinician: validates the patient's answers and how they were taken; when both are complete, does exactly
     * what the patient's own submit does, and records who took the answers and how.
     */
    @Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
    public Map<String, String> submitForPatient(UUID episodeId, IntakeForm form, LocalDate today) {
        Intake intake = draftForClinician(episodes.get(episodeId), form);
        IntakeForm.Checked answers = form.check(today);
        TakenBy.Checked how = TakenBy.check(form);
        Map<String, String> errors = new LinkedHashMap<>(answers.errors());
        errors.putAll(how.errors());
        if (!errors.isEmpty()) {
            audit.record(AuditAction.UPDATE, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
            return errors;
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        if (!lock(ClinicScope.require(), intake, answers.answers(), how.by(me.displayName()), today)) {
            throw new ConflictException("The intake was submitted a moment ago; it can’t be entered again.");
        }
        return Map.of();
    }

    /** The clinician's intake, created without a link when there is none yet; 409 once submitted. */
    private Intake draftForClinician(Episode episode, IntakeForm form) {
        UUID clinic = ClinicScope.require();
        Intake intake = openForClinician(episode);
        if (intake == null) {
            // No link: nothing for the patient to open, so it is "expired" for them from the start.
            UUID id = UUID.randomUUID();
            intakes.insert(clinic, id, episode.id(), episode.patientId(), OffsetDateTime.now());
            audit.record(AuditAction.CREATE, RESOURCE, id, episode.patientId(), AuditOutcome.SUCCESS);
            intake = intakes.find(clinic, id).orElseThrow();
        }
        intakes.saveDraft(clinic, intake.id(), form);
        return intake;
    }

    private Intake openForClinician(Episode episode) {
        Intake intake = intakes.forEpisode(ClinicScope.require(), episode.id()).orElse(null);
        if (intake != null && intake.submitted()) {
            audit.record(AuditAction.READ, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("This episode’s intake is already submitted; it can’t be entered again.");
        }
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            throw new ConflictException("This episode is discharged; open a new episode for a new intake.");
        }
        return intake;
    }

    /**
     * What every submitted intake does, whoever entered it: lock it with its answers, retire the link, screen the
     * episode on the findings the answers imply, and record the baseline pain and PSFS. False when it was no longer
     * open (submitted by someone else a moment ago): then nothing is done.
     */
    private boolean lock(UUID clinic, Intake intake, IntakeAnswers answers, TakenBy takenBy, LocalDate today) {
        if (!intakes.submit(clinic, intake.id(), answers, takenBy == null ? null : StaffPrincipal.currentUserId(),
                takenBy)) {
            return false;
        }
        audit.record(AuditAction.UPDATE, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.SUCCESS);
        screening.recordIntakeFindings(intake.episodeId(), IntakeFindings.from(answers));
        outcomes.recordFromIntake(episodes.get(intake.episodeId()), List.of(answers.painNow(), answers.painBest(),
                answers.painWorst()), answers.psfs().stream().map(IntakeAnswers.PsfsItem::score).toList(), today);
        return true;
    }

    private interface IntakeWork<T> {
        T apply(UUID clinic, Intake intake);
    }

    /**
     * Finds the link's clinic, then works inside that clinic's scope, so row-level security applies; only while the
     * intake is open and its episode in care (a refusal then is audited as denied).
     */
    private <T> Optional<T> inScopeOf(String token, IntakeWork<T> work) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return intakes.link(SecretTokens.hash(token)).flatMap(link -> ClinicScope.callAs(link.clinicId(), () ->
                transaction.execute(status -> intakes.find(link.clinicId(), link.intakeId())
                        .filter(Intake::open)
                        .filter(this::episodeInCare)
                        .map(intake -> work.apply(link.clinicId(), intake)))));
    }

    private boolean episodeInCare(Intake intake) {
        if (LinkLife.inCare(episodes.get(intake.episodeId()).status())) {
            return true;
        }
        audit.record(AuditAction.READ, RESOURCE, intake.id(), intake.patientId(), AuditOutcome.DENIED);
        return false;
    }
}
