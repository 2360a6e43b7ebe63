package org.rhomboid.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.Sent;
import org.rhomboid.link.domain.LinkLife;
import org.rhomboid.outcome.domain.LicensedWording;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.outcome.domain.PatientAnswers;
import org.rhomboid.outcome.domain.Questionnaire;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outcome measures the patient completes on their own phone at progress visits: staff send a one-time link
 * naming the measures; the patient answers; every answer set is scored and stored as the patient's result.
 */
@Service
public class PatientMeasures {

    public static final String RESOURCE = "OutcomeRequest";

    /** A freshly issued link: the token is shown once and never stored. */
    public record IssuedLink(String token, OffsetDateTime expiresAt) {}

    /** What the patient sees behind a link. */
    public record PatientView(String givenName, List<Questionnaire> questionnaires) {}

    private final OutcomeRequestRepository requests;
    private final OutcomeService outcomes;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final AuditLog audit;
    private final LinkSettings links;
    private final TransactionTemplate transaction;
    private final LicensedWordings wordings;

    PatientMeasures(OutcomeRequestRepository requests, OutcomeService outcomes, EpisodeService episodes,
                    PatientService patients, AuditLog audit, LinkSettings links, TransactionTemplate transaction,
                    LicensedWordings wordings) {
        this.wordings = wordings;
        this.requests = requests;
        this.outcomes = outcomes;
        this.episodes = episodes;
        this.patients = patients;
        this.audit = audit;
        this.links = links;
        this.transaction = transaction;
    }

    /**
     * Staff: a link asking for the chosen measures; any earlier open request of the episode is withdrawn. The
     * PSFS activities are those the patient named at intake (the caller reads them from the intake).
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public IssuedLink request(UUID episodeId, List<OutcomeInstrument> chosen, List<String> psfsActivities) {
        Episode episode = episodes.get(episodeId);
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            throw new ConflictException("This episode is discharged: measures can't be requested any more.");
        }
        if (!LinkLife.inCare(episode.status())) {
            throw new ConflictException(LinkLife.ON_HOLD);
        }
        Set<OutcomeInstrument> instruments = new LinkedHashSet<>(chosen);
        if (instruments.isEmpty()) {
            throw new FieldProblemException("instruments", "Choose at least one measure for the patient");
        }
        if (!Questionnaire.askable(OutcomeInstrument.PSFS, psfsActivities) && instruments.contains(OutcomeInstrument.PSFS)) {
            throw new FieldProblemException("instruments", "The PSFS asks about the activities the patient named at "
                    + "intake, and there are none: record it yourself instead");
        }
        Map<OutcomeInstrument, String> unavailable = unavailable(psfsActivities);
        for (OutcomeInstrument instrument : instruments) {
            if (instrument != OutcomeInstrument.PSFS && unavailable.containsKey(instrument)) {
                throw new FieldProblemException("instruments", unavailable.get(instrument));
            }
        }
        String token = SecretTokens.generate("");
        OffsetDateTime now = OffsetDateTime.now();
        OutcomeRequest request = new OutcomeRequest(UUID.randomUUID(), episodeId, episode.patientId(),
                List.copyOf(instruments), instruments.contains(OutcomeInstrument.PSFS) ? psfsActivities : List.of(),
                OutcomeRequest.Status.OPEN, now, links.policy().measuresExpiry(now), null);
        requests.insert(ClinicScope.require(), request, StaffPrincipal.currentUserId(), SecretTokens.hash(token));
        audit.record(AuditAction.CREATE, RESOURCE, request.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return new IssuedLink(token, request.expiresAt());
    }

    /**
     * Staff: the measures that can't be sent to this patient now, each with the reason (the PSFS without the
     * intake's activities; a copyrighted instrument whose licensed wording the clinic has not loaded).
     */
    public Map<OutcomeInstrument, String> unavailable(List<String> psfsActivities) {
        Map<OutcomeInstrument, String> reasons = new java.util.EnumMap<>(OutcomeInstrument.class);
        if (psfsActivities.isEmpty()) {
            reasons.put(OutcomeInstrument.PSFS, "The PSFS needs the activities the patient names at intake; there are "
                    + "none yet.");
        }
        Map<OutcomeInstrument, LicensedWording> loaded = wordings.ofClinic();
        for (OutcomeInstrument instrument : LicensedWording.NEEDED_FOR) {
            if (!loaded.containsKey(instrument)) {
                reasons.put(instrument, "The " + instrument.name() + " is copyrighted: it can be sent once your "
                        + "clinic administrator loads its licensed wording (Questionnaires). Until then, record "
                        + "the patient's score yourself.");
            }
        }
        return reasons;
    }

    /** Staff: the episode's requests, newest first; the caller has read the episode. */
    @Transactional
    public List<OutcomeRequest> requests(Episode episode) {
        List<OutcomeRequest> found = requests.ofEpisode(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /**
     * Patient: the questionnaires a link opens, if it still does (unknown, used and expired links open nothing, nor
     * does any link while its episode is not in care).
     */
    public Optional<PatientView> open(String token) {
        return inScopeOf(token, request -> {
            audit.record(AuditAction.READ, RESOURCE, request.id(), request.patientId(), AuditOutcome.SUCCESS);
            List<Questionnaire> questionnaires = questionnaires(request);
            if (questionnaires.isEmpty()) {
                return null;
            }
            return new PatientView(patients.get(request.patientId()).givenName(), questionnaires);
        });
    }

    /**
     * Patient: scores every answer set; when all are complete, uses up the link first and then stores them, in one
     * transaction: of several sends at once, the first deletes the link and the others, waiting on its row, find it
     * gone and store nothing (the database also refuses a second result of a measure for one request).
     */
    public Optional<Sent<PatientAnswers.Checked>> submit(String token, Map<String, List<String>> form,
                                                         LocalDate today) {
        return inScopeOf(token, request -> {
            List<Questionnaire> questionnaires = questionnaires(request);
            if (questionnaires.isEmpty()) {
                return null;
            }
            PatientAnswers.Checked checked = PatientAnswers.read(questionnaires, form);
            if (!checked.valid()) {
                return Sent.checked(checked);
            }
            UUID clinic = ClinicScope.require();
            if (!requests.complete(clinic, SecretTokens.hash(token), request.id())) {
                audit.record(AuditAction.UPDATE, RESOURCE, request.id(), request.patientId(), AuditOutcome.CONFLICT);
                boolean sentByAnother = requests.find(clinic, request.id())
                        .map(r -> r.status() == OutcomeRequest.Status.COMPLETED).orElse(false);
                return sentByAnother ? Sent.<PatientAnswers.Checked>already() : null;
            }
            Episode episode = episodes.get(request.episodeId());
            checked.responses().forEach((instrument, responses) ->
                    outcomes.recordFromPatient(episode, request.id(), instrument, responses, today));
            audit.record(AuditAction.UPDATE, RESOURCE, request.id(), request.patientId(), AuditOutcome.SUCCESS);
            return Sent.checked(checked);
        });
    }

    /**
     * The forms the link asks for, in the clinic's loaded wording for the copyrighted instruments. One whose wording
     * is not loaded (a link sent before wording was required) is left out: the rest can still be answered.
     */
    private List<Questionnaire> questionnaires(OutcomeRequest request) {
        Map<OutcomeInstrument, LicensedWording> loaded = wordings.ofClinic();
        List<Questionnaire> forms = new java.util.ArrayList<>();
        for (OutcomeInstrument instrument : request.instruments()) {
            if (!LicensedWording.needed(instrument)) {
                forms.add(Questionnaire.of(instrument, request.psfsActivities()));
            } else if (loaded.containsKey(instrument)) {
                forms.add(loaded.get(instrument).questionnaire());
            }
        }
        return List.copyOf(forms);
    }

    private interface Work<T> {
        T apply(OutcomeRequest request);
    }

    /**
     * Finds the link's clinic, then works inside that clinic's scope, so row-level security applies; only while the
     * request is open and its episode in care (a refusal then is audited as denied).
     */
    private <T> Optional<T> inScopeOf(String token, Work<T> work) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return requests.link(SecretTokens.hash(token)).flatMap(link -> ClinicScope.callAs(link.clinicId(), () ->
                transaction.execute(status -> requests.find(link.clinicId(), link.requestId())
                        .filter(OutcomeRequest::open)
                        .filter(this::episodeInCare)
                        .map(work::apply))));
    }

    private boolean episodeInCare(OutcomeRequest request) {
        if (LinkLife.inCare(episodes.get(request.episodeId()).status())) {
            return true;
        }
        audit.record(AuditAction.READ, RESOURCE, request.id(), request.patientId(), AuditOutcome.DENIED);
        return false;
    }
}
