package org.rhomboid.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.billing.BillingSettings;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationRecord;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.visit.domain.DailyNoteForm;
import org.rhomboid.visit.domain.NoteCoding;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.PlanCoverage;
import org.rhomboid.visit.domain.PlanValidity;
import org.rhomboid.visit.domain.ProgressReportSchedule;
import org.springframework.stereotype.Component;

/**
 * Gathers what a visit's note is judged by: the plan in force (signed plan and amendments, checked for safety),
 * the payer's rules, the progress-report schedule, the plan's certification on the date, and for coding the day's
 * other billed services and the year's allowed amounts (KX). Every read goes through the audited services.
 */
@Component
class VisitFactsReader {

    private final NoteRepository notes;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final PlanService plans;
    private final EvaluationService evaluations;
    private final ScreeningService screening;
    private final IntakeService intakes;
    private final VisitLines.Rules codes;
    private final BillingSettings fees;

    private final ClinicDates clinicDates;

    VisitFactsReader(NoteRepository notes, EpisodeService episodes, PatientService patients, PlanService plans,
                     EvaluationService evaluations, ScreeningService screening, IntakeService intakes,
                     VisitLines.Rules codes, BillingSettings fees, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.notes = notes;
        this.episodes = episodes;
        this.patients = patients;
        this.plans = plans;
        this.evaluations = evaluations;
        this.screening = screening;
        this.intakes = intakes;
        this.codes = codes;
        this.fees = fees;
    }

    /** The plan, the payer and the episode's history, judged for a visit on {@code date}. */
    VisitFacts facts(Note note, LocalDate date) {
        return facts(note, date, notes.ofEpisode(ClinicScope.require(), note.episodeId()));
    }

    /** The same, from the episode's notes the caller has read already (without drafts is enough). */
    VisitFacts facts(Note note, LocalDate date, List<Note> episodeNotes) {
        Episode episode = episodes.get(note.episodeId());
        Patient patient = patients.get(episode.patientId());
        PlanOfCare plan = plans.plan(episode).orElseThrow(() -> new ConflictException("The episode has no plan of care."));
        SafetyContext safety = PlanService.safety(screening.of(episode), intakes.of(episode).orElse(null));
        // The signed plan and its amendments: a service the plan never contained needs an amendment first.
        Set<Intervention> inForce = plans.interventionsInForce(episode, plan).keySet();
        PlanCoverage coverage = PlanCoverage.fromPlan(inForce, safety.verdicts(inForce, plan.declaredConditions()),
                codes.procedures());
        PayerRules payer = notes.directoryRules(ClinicScope.require(), patient.id(), date)
                .map(d -> PayerRules.of(patient.primaryPayer()).withDirectory(d.unitMethod(), d.distinctModifier(),
                        d.medicareRules(), d.ncci()))
                .orElse(PayerRules.of(patient.primaryPayer()));
        LocalDate evaluatedOn = evaluations.signed(episode).map(EvaluationRecord::evaluatedOn).orElse(null);
        return on(new VisitFacts(episode, patient, plan, coverage, payer, null, null, null, evaluatedOn), note,
                date, episodeNotes);
    }

    /**
     * The same facts judged for a visit on another date: only the progress-report schedule and the certification
     * depend on it, so the plan, payer and coverage already read are kept.
     */
    VisitFacts on(VisitFacts facts, Note note, LocalDate date, List<Note> episodeNotes) {
        List<LocalDate> treatmentDays = new ArrayList<>();
        if (facts.evaluatedOn() != null) {
            treatmentDays.add(facts.evaluatedOn());
        }
        List<LocalDate> reports = new ArrayList<>();
        for (Note n : episodeNotes) {
            if (n.draftOpen() || n.id().equals(note.id())) {
                continue;
            }
            if (n.kind() == NoteKind.DAILY_NOTE) {
                treatmentDays.add(n.visitDate());
            } else if (n.kind().closesReportingPeriod()) {
                reports.add(n.visitDate());
            }
        }
        ProgressReportSchedule.Result schedule = ProgressReportSchedule.assess(treatmentDays, reports, date);
        CertificationTimeline certification = plans.certification(facts.episode(), facts.plan(), facts.evaluatedOn(),
                date);
        return new VisitFacts(facts.episode(), facts.patient(), facts.plan(), facts.coverage(), facts.payerRules(),
                schedule, PlanValidity.check(date, certification.planEnd(), certification.statusOn(date),
                        facts.medicareRules(), clinicDates.words()),
                certification, facts.evaluatedOn());
    }

    /** What the patient's other signed documents of the day already bill. */
    VisitLines.SameDay sameDay(Note note, LocalDate date, boolean separateSession) {
        return new VisitLines.SameDay(notes.sameDayServices(ClinicScope.require(), note.patientId(), date, note.id()),
                separateSession);
    }

    DailyNoteForm.Context context(VisitFacts facts, LocalDate today, boolean assistantAuthor) {
        return new DailyNoteForm.Context(today, facts.earliestVisit(), facts.coverage(), assistantAuthor,
                clinicDates.words());
    }

    /**
     * The payer, date and diagnoses; what the patient's other signed documents of the day already bill (NCCI and
     * units count the day); and for Medicare's KX threshold the fee schedule's expected allowed amounts and what
     * this patient has used so far this year.
     */
    NoteCoding.Facts codingFacts(Note note, VisitFacts facts, LocalDate date, boolean separateSession) {
        VisitLines.SameDay sameDay = sameDay(note, date, separateSession);
        if (!facts.medicareRules()) {
            return new NoteCoding.Facts(facts.patient().primaryPayer(), date, facts.plan().diagnoses(), null, Map.of(),
                    sameDay, facts.payerRules());
        }
        Map<String, BigDecimal> allowed = new HashMap<>();
        fees.fees().forEach((code, fee) -> {
            if (fee.allowed() != null) {
                allowed.put(code, fee.allowed());
            }
        });
        return new NoteCoding.Facts(facts.patient().primaryPayer(), date, facts.plan().diagnoses(),
                notes.allowedThisYear(ClinicScope.require(), note.patientId(), date.getYear(), note.id()), allowed,
                sameDay, facts.payerRules());
    }
}
