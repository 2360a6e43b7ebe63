package org.rhomboid.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.chart.OutcomeCharts;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.domain.Change;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.ProgressReportForm;
import org.rhomboid.visit.domain.Signing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The physical therapist's progress report: goal by goal where the patient stands, each outcome measure's
 * baseline against its latest result (MCID reached or not), the assessment and the plan going forward. Signing
 * it closes the Medicare reporting period (PR-10-DAYS).
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ProgressReports {

    /** A measure's baseline against its latest result. */
    public record Outcome(OutcomeInstrument instrument, OutcomeResult baseline, OutcomeResult latest, Change change) {}

    public record Facts(List<StoredGoal> goals, List<Outcome> outcomes) {}

    /** A measure's trend chart: its title, printed above it, and the SVG. */
    public record Chart(String title, String svg) {}

    private final VisitService visits;
    private final PlanService plans;
    private final OutcomeService outcomes;

    ProgressReports(VisitService visits, PlanService plans, OutcomeService outcomes) {
        this.visits = visits;
        this.plans = plans;
        this.outcomes = outcomes;
    }

    public Facts facts(VisitService.VisitFacts visit) {
        List<OutcomeResult> results = outcomes.results(visit.episode());
        List<Outcome> rows = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<OutcomeResult> mine = results.stream()
                    .filter(r -> r.instrument() == instrument && r.value() != null).toList();
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
    public List<Chart> charts(VisitService.VisitFacts visit, LocalDate through) {
        List<OutcomeResult> results = outcomes.results(visit.episode()).stream()
                .filter(r -> !r.measuredOn().isAfter(through)).toList();
        List<StoredGoal> goals = plans.goals(visit.episode());
        List<Chart> charts = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<OutcomeResult> mine = results.stream()
                    .filter(r -> r.instrument() == instrument && r.value() != null).toList();
            if (!mine.isEmpty()) {
                charts.add(new Chart(instrument.title() + (instrument.reportsPercent() ? " (%)" : ""),
                        OutcomeCharts.svg(instrument, mine, goals)));
            }
        }
        return charts;
    }

    public Map<String, String> saveDraft(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = report(noteId);
        visits.requireDraftByMe(note);
        VisitService.VisitFacts visit = visits.facts(note, today);
        ProgressReportForm.Checked checked = new ProgressReportForm(form)
                .check(goalIds(visit), visits.context(visit, today).episodeStart(), today, false);
        LocalDate date = checked.valid() ? checked.report().visitDate() : null;
        visits.saveDraftRaw(note, date, form);
        return checked.errors();
    }

    public Map<String, String> sign(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = report(noteId);
        visits.requireDraftByMe(note);
        visits.saveDraftRaw(note, null, form);
        VisitService.VisitFacts draft = visits.facts(note, today);
        ProgressReportForm.Checked checked = new ProgressReportForm(form)
                .check(goalIds(draft), visits.context(draft, today).episodeStart(), today, true);
        if (!checked.valid()) {
            return checked.errors();
        }
        Signing.Decision decision = visits.decide(note);
        if (!decision.allowed()) {
            return Map.of("form", decision.refusal());
        }
        LocalDate date = checked.report().visitDate();
        VisitService.VisitFacts visit = visits.facts(note, date);
        Facts facts = facts(visit);
        Map<String, Object> content = visits.header(note, visit, date);
        List<Object> goals = new ArrayList<>();
        for (ProgressReportForm.GoalProgress progress : checked.report().goals()) {
            StoredGoal goal = facts.goals().stream().filter(g -> g.id().equals(progress.goalId())).findFirst()
                    .orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("goal", goal.goal().sentence());
            row.put("status", progress.status().name());
            row.put("comment", progress.comment());
            goals.add(row);
        }
        content.put("goals", goals);
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
        content.put("outcomes", measures);
        content.put("assessment", checked.report().assessment());
        content.put("plan", checked.report().plan());
        visits.lock(note, decision.status(), date, content);
        return Map.of();
    }

    private Note report(UUID noteId) {
        Note note = visits.find(noteId);
        if (note.kind() != NoteKind.PROGRESS_REPORT) {
            throw new ConflictException("This is not a progress report.");
        }
        return note;
    }

    private List<UUID> goalIds(VisitService.VisitFacts visit) {
        return plans.goals(visit.episode()).stream().map(StoredGoal::id).toList();
    }
}
