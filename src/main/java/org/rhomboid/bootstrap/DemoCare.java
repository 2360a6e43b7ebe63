package org.rhomboid.bootstrap;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.rhomboid.account.StaffUser;
import org.rhomboid.claims.ClaimsService;
import org.rhomboid.claims.domain.ClaimRange;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.evaluation.domain.AssessmentForm;
import org.rhomboid.exam.ExamService;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.goal.domain.GoalForm;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.hep.HomePrograms;
import org.rhomboid.hep.PatientPortal;
import org.rhomboid.hep.PortalAccess;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.plan.domain.PlanForm;
import org.rhomboid.screening.ConcernStatus;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.visit.DailyNotes;
import org.rhomboid.visit.Note;
import org.rhomboid.visit.TherapistReports;
import org.rhomboid.visit.VisitService;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.stereotype.Component;

/**
 * The steps of an episode of care as the demo seeding takes them, each through the service its page calls, with the
 * form its page posts: so every step is validated and audited as a clinician's would be. A refused step stops the
 * seeding with the service's own message. Staff steps run as whoever {@link ActingAs} has signed in; the clinic's
 * today is the real one (late documentation is flagged as the services flag it), the dates of service are the
 * forms' own fields.
 */
@Component
class DemoCare {

    private final EpisodeService episodes;
    private final IntakeService intakes;
    private final ScreeningService screening;
    private final ExamService exams;
    private final PlanService plans;
    private final EvaluationService evaluations;
    private final VisitService visits;
    private final DailyNotes dailyNotes;
    private final TherapistReports reports;
    private final OutcomeService outcomes;
    private final HomePrograms programs;
    private final PortalAccess portalAccess;
    private final PatientPortal portal;
    private final ClaimsService claims;
    private final ClinicDates dates;

    DemoCare(EpisodeService episodes, IntakeService intakes, ScreeningService screening, ExamService exams,
             PlanService plans, EvaluationService evaluations, VisitService visits, DailyNotes dailyNotes,
             TherapistReports reports, OutcomeService outcomes, HomePrograms programs, PortalAccess portalAccess,
             PatientPortal portal, ClaimsService claims, ClinicDates dates) {
        this.episodes = episodes;
        this.intakes = intakes;
        this.screening = screening;
        this.exams = exams;
        this.plans = plans;
        this.evaluations = evaluations;
        this.visits = visits;
        this.dailyNotes = dailyNotes;
        this.reports = reports;
        this.outcomes = outcomes;
        this.programs = programs;
        this.portalAccess = portalAccess;
        this.portal = portal;
        this.claims = claims;
        this.dates = dates;
    }

    LocalDate today() {
        return dates.today();
    }

    /** The start of care corrected back to the first visit (the episode was opened in Rhomboid today). */
    void startedOn(UUID episodeId, LocalDate day) {
        Episode episode = episodes.get(episodeId);
        refused("start of care", episodes.changeStart(episodeId, day, "Demo episode: care began before it was "
                + "entered in Rhomboid", episode.version(), today()));
    }

    /**
     * The front desk issues the intake link and the patient answers it on {@code answeredOn}: the patient's submit
     * screens the episode and records the baseline NPRS and PSFS on that day.
     */
    void intakeByLink(UUID episodeId, StaffUser frontDesk, Map<String, List<String>> answers, LocalDate answeredOn) {
        String token = ActingAs.staff(frontDesk, () -> intakes.issueLink(episodeId)).token();
        var sent = ActingAs.patient(() -> intakes.submit(token, new IntakeForm(answers), answeredOn))
                .orElseThrow(() -> new IllegalStateException("Demo intake: the link did not open"));
        if (sent.alreadySent()) {
            throw new IllegalStateException("Demo intake was already submitted");
        }
        refused("intake", sent.checked().errors());
    }

    /** Every concern of the latest screening acknowledged with the therapist's note. */
    void acknowledgeConcerns(UUID episodeId, String note) {
        EpisodeScreening screened = screening.of(episodes.get(episodeId));
        for (ConcernStatus concern : screened.concerns()) {
            if (!concern.acknowledged()) {
                screening.acknowledge(screened.latest().id(), concern.concern().condition(), note);
            }
        }
    }

    /** The structured examination, with a side-view posture photo and its tragus and C7 marked when one is given. */
    void examine(UUID episodeId, Map<String, List<String>> findings, byte[] photo, double[] tragus, double[] c7) {
        Map<String, List<String>> form = new HashMap<>(findings);
        if (photo != null) {
            UUID photoId = exams.uploadPhoto(episodeId, photo);
            form.put("photo", List.of(photoId.toString()));
            form.put("tragusX", List.of(String.valueOf(tragus[0])));
            form.put("tragusY", List.of(String.valueOf(tragus[1])));
            form.put("c7X", List.of(String.valueOf(c7[0])));
            form.put("c7Y", List.of(String.valueOf(c7[1])));
        }
        refused("examination", exams.record(episodeId, new ExamForm(form)).errors());
    }

    void plan(UUID episodeId, Map<String, List<String>> form) {
        refused("plan of care", plans.save(episodeId, new PlanForm(form), today()));
    }

    void goal(UUID episodeId, Map<String, List<String>> form) {
        refused("goal", plans.addGoal(episodeId, new GoalForm(form)).errors());
    }

    void assessment(UUID episodeId, Map<String, List<String>> form) {
        refused("assessment", evaluations.saveAssessment(episodeId, new AssessmentForm(form)));
    }

    /** Signs the initial evaluation as the record of the visit on {@code evaluatedOn}. */
    void signEvaluation(UUID episodeId, LocalDate evaluatedOn) {
        List<String> blockers = evaluations.sign(episodeId, evaluatedOn.toString(), today());
        if (!blockers.isEmpty()) {
            throw new IllegalStateException("Demo evaluation not signed: " + blockers);
        }
    }

    /** A daily note written and signed; its date of service is the form's {@code visitDate}. */
    void dailyNote(UUID episodeId, Map<String, List<String>> form) {
        Note note = visits.start(episodeId, NoteKind.DAILY_NOTE, today());
        VisitService.SignResult signed = dailyNotes.sign(visits.view(note.id()), form, today());
        refused("daily note of " + form.get("visitDate"), signed.errors());
    }

    /** Where one goal stands at a report, and the therapist's comment. */
    record GoalReview(GoalStatus status, String comment) {}

    /** A progress report or discharge summary written and signed, every goal of the plan reviewed. */
    void report(UUID episodeId, NoteKind kind, Map<String, List<String>> form,
                Function<StoredGoal, GoalReview> review) {
        Map<String, List<String>> typed = new HashMap<>(form);
        for (StoredGoal goal : plans.goals(episodes.get(episodeId))) {
            GoalReview reviewed = review.apply(goal);
            typed.put("goal." + goal.id() + ".status", List.of(reviewed.status().name()));
            typed.put("goal." + goal.id() + ".comment", List.of(reviewed.comment()));
        }
        Note note = visits.start(episodeId, kind, today());
        refused(kind.label(), reports.sign(note.id(), typed, today()));
    }

    void measure(UUID episodeId, OutcomeInstrument instrument, List<Integer> responses, LocalDate on) {
        outcomes.record(episodeId, instrument, responses, on);
    }

    void prescribe(UUID episodeId, Map<String, List<String>> form) {
        refused("home programme", programs.prescribe(episodeId, form, today()).errors());
    }

    /** The patient's portal link, as the therapist hands it out: the token, shown once. */
    String portalLink(UUID episodeId) {
        return portalAccess.issue(episodeId);
    }

    /** The patient logs a session of the programme in force on {@code day}, through their portal link. */
    void logSession(String token, Map<String, List<String>> form, LocalDate day) {
        var logged = ActingAs.patient(() -> portal.logSession(token, form, day))
                .orElseThrow(() -> new IllegalStateException("Demo portal link did not open on " + day));
        refused("session log of " + day, logged.errors());
    }

    void logDiary(String token, Map<String, List<String>> form, LocalDate day) {
        var logged = ActingAs.patient(() -> portal.logDiary(token, form, day))
                .orElseThrow(() -> new IllegalStateException("Demo portal link did not open on " + day));
        refused("pain diary of " + day, logged.errors());
    }

    /** The biller's claims batch of every signed document in the range that can be claimed. */
    void claimsBatch(StaffUser biller, LocalDate from, LocalDate to) {
        ClaimsService.Created created = ActingAs.staff(biller, () -> claims.create(new ClaimRange(from, to)));
        if (created.refusal() != null) {
            throw new IllegalStateException("Demo claims batch refused: " + created.refusal());
        }
    }

    private static void refused(String what, Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Demo " + what + " refused: " + errors);
        }
    }
}
