package org.rhomboid.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.outcome.domain.OutcomeScore;
import org.rhomboid.outcome.domain.Scores;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome measures recorded over an episode: the intake's pain and PSFS as the baseline, then whatever the
 * therapist records at visits. Every result is scored by the outcome rules before it is stored.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class OutcomeService {

    public static final String RESOURCE = "OutcomeResult";

    private final OutcomeRepository outcomes;
    private final EpisodeService episodes;
    private final AuditLog audit;

    OutcomeService(OutcomeRepository outcomes, EpisodeService episodes, AuditLog audit) {
        this.outcomes = outcomes;
        this.episodes = episodes;
        this.audit = audit;
    }

    /** Scores and stores a result; a ScoringException (bad responses) leaves nothing stored. */
    public OutcomeResult record(UUID episodeId, OutcomeInstrument instrument, List<Integer> responses,
                                LocalDate measuredOn) {
        Episode episode = episodes.get(episodeId);
        return store(episode, instrument, responses, measuredOn, OutcomeResult.Source.THERAPIST, null);
    }

    /** The patient's intake answers become the episode's first NPRS and PSFS; the caller has read the episode. */
    public void recordFromIntake(Episode episode, List<Integer> painNowBestWorst, List<Integer> psfs, LocalDate on) {
        store(episode, OutcomeInstrument.NPRS, painNowBestWorst, on, OutcomeResult.Source.INTAKE, null);
        store(episode, OutcomeInstrument.PSFS, psfs, on, OutcomeResult.Source.INTAKE, null);
    }

    /**
     * A measure the patient completed by link, kept with the request it answers (once per measure); the caller has
     * used up the link and read the episode.
     */
    void recordFromPatient(Episode episode, UUID requestId, OutcomeInstrument instrument, List<Integer> responses,
                           LocalDate on) {
        store(episode, instrument, responses, on, OutcomeResult.Source.PATIENT, requestId);
    }

    public List<OutcomeResult> results(Episode episode) {
        List<OutcomeResult> results = outcomes.ofEpisode(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return results;
    }

    private OutcomeResult store(Episode episode, OutcomeInstrument instrument, List<Integer> responses,
                                LocalDate measuredOn, OutcomeResult.Source source, UUID requestId) {
        OutcomeScore score = Scores.score(instrument, responses);
        OutcomeResult result = new OutcomeResult(UUID.randomUUID(), episode.id(), instrument,
                new ArrayList<>(responses), score.score(), score.percent(), score.comparable(), score.answered(),
                measuredOn, source);
        outcomes.insert(ClinicScope.require(), result, StaffPrincipal.currentUserId(), requestId);
        if (result.value() != null) {
            outcomes.summarise(ClinicScope.require(), result);
        }
        audit.record(AuditAction.CREATE, RESOURCE, result.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return result;
    }
}
