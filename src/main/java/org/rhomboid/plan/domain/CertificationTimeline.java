package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.shared.domain.DateWords;

/**
 * The certification of a plan of care over time (POC-CERT): the initial period — from the plan's own certification
 * facts until a record is made for it — and each recertification period, each assessed on its own. Periods may
 * overlap (a recertification after a progress report starts before the last one ran out); the period in force on
 * a date is the one that started last on or before it. Recertification periods extend the plan beyond its first
 * duration.
 */
public final class CertificationTimeline {

    /**
     * One certified (or to-be-certified) period of the plan.
     *
     * @param current the record in force for the period, or null for an initial period known only from the plan
     * @param history every record of the period, oldest first
     */
    public record Period(LocalDate start, LocalDate end, CertificationReason reason, Integer frequencyPerWeek,
                         Certification.Method method, CertificationRecord current, Certification.Status status,
                         List<CertificationRecord> history) {

        public boolean certified() {
            return status.certified();
        }

        /** The date the certifying signature is due. */
        public LocalDate due() {
            return status.certifyBy();
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    private final PlanOfCare plan;
    private final List<Period> periods;

    private CertificationTimeline(PlanOfCare plan, List<Period> periods) {
        this.plan = plan;
        this.periods = List.copyOf(periods);
    }

    /**
     * @param firstTreatment the first treatment day (the signed initial evaluation's date), from which the initial
     *                       certification's 30 days run; null before the evaluation is signed (the plan's start then)
     * @param records        every certification record of the episode, in any order
     */
    public static CertificationTimeline of(PlanOfCare plan, LocalDate firstTreatment, List<CertificationRecord> records,
                                           LocalDate today, DateWords words) {
        LocalDate first = firstTreatment == null ? plan.startDate() : firstTreatment;
        List<CertificationRecord> sorted = records.stream()
                .sorted(Comparator.comparing(CertificationRecord::recordedAt)).toList();
        List<Period> periods = new ArrayList<>();

        List<CertificationRecord> initial = sorted.stream().filter(r -> !r.recertification()).toList();
        CertificationRecord current = initial.isEmpty() ? null : initial.get(initial.size() - 1);
        Certification.PeriodFacts facts = current == null
                ? new Certification.PeriodFacts(true, first, plan.startDate(), plan.endDate(), plan.certification(),
                        plan.signatureReceived(), plan.verbalOrderOn(), plan.planSentOn(), null)
                : new Certification.PeriodFacts(true, first, plan.startDate(), plan.endDate(), current.method(),
                        current.signedOn(), current.verbalOrderOn(), current.planSentOn(), current.note());
        Certification.Status status = Certification.assessPeriod(facts, today, words);
        periods.add(new Period(plan.startDate(), status.certifiedThrough(), CertificationReason.INITIAL,
                plan.frequencyPerWeek(), facts.method(), current, status, initial));

        Map<LocalDate, List<CertificationRecord>> recertifications = new LinkedHashMap<>();
        sorted.stream().filter(CertificationRecord::recertification)
                .forEach(r -> recertifications.computeIfAbsent(r.periodStart(), s -> new ArrayList<>()).add(r));
        recertifications.forEach((start, history) -> {
            CertificationRecord latest = history.get(history.size() - 1);
            Certification.Status assessed = Certification.assessPeriod(new Certification.PeriodFacts(false, first,
                    start, latest.periodEnd(), latest.method(), latest.signedOn(), latest.verbalOrderOn(),
                    latest.planSentOn(), latest.note()), today, words);
            periods.add(new Period(start, assessed.certifiedThrough(), latest.reason(), latest.frequencyPerWeek(),
                    latest.method(), latest, assessed, List.copyOf(history)));
        });
        periods.sort(Comparator.comparing(Period::start));
        return new CertificationTimeline(plan, periods);
    }

    /** Every period, earliest start first; the first is the initial certification. */
    public List<Period> periods() {
        return periods;
    }

    public Period initial() {
        return periods.get(0);
    }

    /** The period that started last on or before the date; empty before the plan starts. */
    public Optional<Period> inForce(LocalDate date) {
        Period found = null;
        for (Period p : periods) {
            if (!p.start().isAfter(date)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest-starting period: the one whose end is when the plan must next be recertified. */
    public Period latest() {
        return periods.get(periods.size() - 1);
    }

    /**
     * The certification that decides a visit on the date: the status of the period in force (its end as
     * certifiedThrough, so a visit after it is outside any certified period), or the initial one before the plan.
     */
    public Certification.Status statusOn(LocalDate date) {
        return inForce(date).orElse(initial()).status();
    }

    /** The plan's last day: its own duration, or later when recertified beyond it. */
    public LocalDate planEnd() {
        LocalDate end = plan.endDate();
        for (Period p : periods) {
            if (p.reason().recertification() && p.end().isAfter(end)) {
                end = p.end();
            }
        }
        return end;
    }

    /** The last day of the latest period: recertify by then if treatment continues. */
    public LocalDate certifiedThrough() {
        return latest().end();
    }
}
