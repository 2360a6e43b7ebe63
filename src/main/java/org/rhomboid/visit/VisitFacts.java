package org.rhomboid.visit;

import java.time.LocalDate;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.episode.Episode;
import org.rhomboid.patient.Patient;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.domain.PlanCoverage;
import org.rhomboid.visit.domain.PlanValidity;
import org.rhomboid.visit.domain.ProgressReportSchedule;

/**
 * What the episode's plan and history say about a visit on a date.
 *
 * @param certification the plan's certification over time (its periods and records)
 * @param evaluatedOn   the date of the signed initial evaluation (treatment day 1)
 */
public record VisitFacts(Episode episode, Patient patient, PlanOfCare plan, PlanCoverage coverage,
                         PayerRules payerRules, ProgressReportSchedule.Result schedule, PlanValidity.Result validity,
                         CertificationTimeline certification, LocalDate evaluatedOn) {

    /** Whether Medicare's rules apply: the payer directory's setting for the primary coverage, else the kind's. */
    public boolean medicareRules() {
        return payerRules.medicareRules();
    }

    /** The first day a visit of the episode may be dated: its start (or its plan's, if earlier). */
    public LocalDate earliestVisit() {
        return plan.startDate().isBefore(episode.startedOn()) ? plan.startDate() : episode.startedOn();
    }
}
