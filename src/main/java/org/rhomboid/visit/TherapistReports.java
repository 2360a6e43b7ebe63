package org.rhomboid.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.chart.OutcomeCharts;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.domain.Change;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.Signing;
import org.rhomboid.visit.domain.TherapistReportForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The physical therapist's reports: the progress report, the re-evaluation (97164) and the discharge summary.
 * Each states goal by goal where the patient stands and each outcome measure's baseline against its latest result
 * (MCID reached or not). Signing a progress report or re-evaluation closes the Medicare reporting period
 * (PR-10-DAYS, PR-REEVAL); a re-evaluation is billed as 97164; a discharge summary closes the episode with its
 * reason.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class TherapistReports {

    public static final String RE_EVALUATION_CODE = "97164";

    /** A measure's baseline against its latest result. */
    public record Outcome(OutcomeInstrument instrument, OutcomeResult baseline, OutcomeResult latest, Change change) {}

    public record Facts(List<StoredGoal> goals, List<Outcome> outcomes) {}

    /** A measure's trend chart: its title, printed above it, and the SVG. */
    public record Chart(String title, String svg) {}

    private final VisitService visits;
    private final PlanService plans;
    private final OutcomeService outcomes;
    private final EpisodeService episodes;
    private final VisitLines.Rules codes;
    private final VisitFactsReader reader;

    private final ClinicDates clinicDates;

    TherapistReports(VisitService visits, PlanService plans, OutcomeService outcomes, EpisodeService episodes,
                     VisitLines.Rules codes, VisitFactsReader reader, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.reader = reader;
        this.visits = visits;
        this.plans = plans;
        this.outcomes = outcomes;
        this.episodes = episodes;
        this.codes = codes;
    }

    public Facts facts(VisitFacts visit) {
        List<OutcomeResult> results = outcomes.results(visit.episode());
        List<Outcome> rows = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<OutcomeResult> mine = measured(results, instrument);
            if (mine.isEmpty()) {
                continue;
            }
            OutcomeResult first = mine.get(0);
            OutcomeResult last = mine.get(mine.size() - 1);
            Change change = mine.size() < 2 || instrument.mcid().isEmpty() ? null
                    : Change.of(instrument, first.value(), last.value());
            rows.add(new Outcome(instrument, first, last, change));
        }
        return new Facts(plans.goals(visit.episode()), rows);
    }

    /**
     * Each measure's trend chart with its MCID band and the goals' targets, for the report's PDF and the progress
     * letter: the results measured up to {@code through} (the report's date), so the charts show what the report
     * judged, however much later they are printed.
     */
    public List<Chart> charts(VisitFacts visit, LocalDate through) {
        List<OutcomeResult> results = outcomes.results(visit.episode()).stream()
                .filter(r -> !r.measuredOn().isAfter(through)).toList();
        List<StoredGoal> goals = plans.goals(visit.episode());
        List<Chart> charts = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<OutcomeResult> mine = measured(results, instrument);
            if (!mine.isEmpty()) {
                charts.add(new Chart(instrument.title() + (instrument.reportsPercent() ? " (%)" : ""),
                        OutcomeCharts.captioned(instrument, mine, goals, clinicDates.words())));
            }
        }
        return charts;
    }

    public Map<String, String> saveDraft(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = report(noteId);
        visits.requireDraftByMe(note);
        VisitFacts visit = visits.facts(note, today);
        TherapistReportForm.Checked checked = new TherapistReportForm(note.kind(), form)
                .check(goalIds(visit), visit.earliestVisit(), today, false, clinicDates.words());
        visits.saveDraftRaw(note, checked.valid() ? checked.report().visitDate() : null, form);
        return checked.errors();
    }

    public Map<String, String> sign(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = report(noteId);
        visits.requireDraftByMe(note);
        VisitFacts draft = visits.facts(note, today);
        TherapistReportForm.Checked checked = new TherapistReportForm(note.kind(), form)
                .check(goalIds(draft), draft.earliestVisit(), today, true, clinicDates.words());
        visits.saveDraftRaw(note, checked.valid() ? checked.report().visitDate() : null, form);
        if (!checked.valid()) {
            return checked.errors();
        }
        Signing.Decision decision = visits.decide(note);
        if (!decision.allowed()) {
            return Map.of("form", decision.refusal());
        }
        TherapistReportForm.Report report = checked.report();
        LocalDate date = report.visitDate();
        VisitFacts visit = visits.facts(note, date);
        Map<String, Object> content = visits.header(note, visit, date);
        content.put("goals", goals(report, facts(visit)));
        content.put("outcomes", outcomes(facts(visit)));
        content.put("reason", report.reason());
        content.put("findings", report.findings());
        content.put("dischargeReason", report.dischargeReason() == null ? null : report.dischargeReason().name());
        content.put("homeProgram", report.homeProgram());
        content.put("assessment", report.assessment());
        content.put("plan", report.plan());
        if (note.kind() == NoteKind.RE_EVALUATION) {
            // Billed as one untimed unit, with the payer's modifiers, from the coding engine (LCD A53309: only for a
            // new condition or a significant change, which the report must state).
            // NCCI edits count the day's other billed services (97164 with 97530 or 97150 the same day).
            VisitLines.Result coding = VisitLines.build(new VisitLines.Visit(visit.patient().primaryPayer(), date,
                    visit.plan().diagnoses(), List.of(new VisitLines.Service(RE_EVALUATION_CODE, 0, 0, false, null)),
                    null, reader.sameDay(note, date, false), visit.payerRules()), codes);
            content.put("coding", CodedLines.of(coding));
            visits.lock(note, decision.status(), date, content);
            visits.recordServices(note, coding.lines());
        } else {
            visits.lock(note, decision.status(), date, content);
        }
        if (note.kind() == NoteKind.DISCHARGE_SUMMARY) {
            episodes.discharge(note.episodeId(), date, report.dischargeReason());
        }
        return Map.of();
    }

    private List<Object> goals(TherapistReportForm.Report report, Facts facts) {
        List<Object> goals = new ArrayList<>();
        for (TherapistReportForm.GoalProgress progress : report.goals()) {
            StoredGoal goal = facts.goals().stream().filter(g -> g.id().equals(progress.goalId())).findFirst()
                    .orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("goal", goal.goal().sentence(clinicDates.words()));
            row.put("status", progress.status().name());
            row.put("comment", progress.comment());
            goals.add(row);
        }
        return goals;
    }

    private static List<Object> outcomes(Facts facts) {
        List<Object> measures = new ArrayList<>();
        for (Outcome o : facts.outcomes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("instrument", o.instrument().name());
            row.put("title", o.instrument().title());
            row.put("baseline", o.baseline().value());
            row.put("baselineOn", o.baseline().measuredOn());
            row.put("latest", o.latest().value());
            row.put("latestOn", o.latest().measuredOn());
            row.put("unit", o.instrument().reportsPercent() ? "%" : "points");
            row.put("change", o.change() == null ? null : o.change().change());
            row.put("reachesMcid", o.change() == null ? null : o.change().reachesMcid());
            row.put("verdict", o.change() == null ? null : o.change().verdict().name());
            measures.add(row);
        }
        return measures;
    }

    private static List<OutcomeResult> measured(List<OutcomeResult> results, OutcomeInstrument instrument) {
        return results.stream().filter(r -> r.instrument() == instrument && r.value() != null).toList();
    }

    private Note report(UUID noteId) {
        Note note = visits.find(noteId);
        if (note.kind() == NoteKind.DAILY_NOTE || note.kind() == NoteKind.INITIAL_EVALUATION) {
            throw new ConflictException("This is a " + note.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + ", not a therapist's report.");
        }
        return note;
    }

    private List<UUID> goalIds(VisitFacts visit) {
        return plans.goals(visit.episode()).stream().map(StoredGoal::id).toList();
    }
}
