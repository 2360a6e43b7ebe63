package org.rhomboid.visit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.shared.domain.Plural;

/**
 * A signed daily note's claim lines: the note's services go through the coding engine (VisitLines: units by
 * CMS-8MIN or AMA-UNITS, NCCI-PT, MOD-GP, MOD-CQ, MOD-59, KX-THRESHOLD), and the note's own time is checked:
 * the average minutes per timed unit (UNIT-AVERAGE) and treatment time against timed time (TREATMENT-TIME).
 * The assistant's share of each service is explained, since it decides CQ for Medicare.
 */
public final class NoteCoding {

    /**
     * CMS expects timed units to average about 15 minutes; a pattern of much shorter units draws review (knowledge
     * base D4). Below this average the note is flagged. Product decision (UNIT-AVERAGE): 11 is "well under 15",
     * above the 8 minutes a lone unit needs.
     */
    public static final double LOW_AVERAGE_MINUTES_PER_UNIT = 11.0;

    /**
     * What the coding needs beyond the note. Fees: the expected allowed amount per unit of each code (the clinic's
     * fee schedule), for KX; a code without one counts as unknown.
     */
    public record Facts(Payer payer, LocalDate dateOfService, List<String> diagnoses, BigDecimal yearToDateAllowed,
                        Map<String, BigDecimal> fees, VisitLines.SameDay sameDay, PayerRules rules) {
        public Facts(Payer payer, LocalDate dateOfService, List<String> diagnoses, BigDecimal yearToDateAllowed,
                     Map<String, BigDecimal> fees, VisitLines.SameDay sameDay) {
            this(payer, dateOfService, diagnoses, yearToDateAllowed, fees, sameDay, null);
        }

        public Facts(Payer payer, LocalDate dateOfService, List<String> diagnoses, BigDecimal yearToDateAllowed,
                     Map<String, BigDecimal> fees) {
            this(payer, dateOfService, diagnoses, yearToDateAllowed, fees, VisitLines.SameDay.NONE);
        }

        /** The payer's rules: the clinic's directory's for the coverage billed, else the kind's built-in ones. */
        public PayerRules payerRules() {
            return rules != null ? rules : PayerRules.of(payer);
        }
    }

    public record Result(List<VisitLines.Line> lines, int totalTimedMinutes, int timedUnits,
                         Integer totalTreatmentMinutes, List<String> warnings, VisitLines.Result coding) {}

    private NoteCoding() {
    }

    public static Result code(DailyNote note, Facts facts, VisitLines.Rules rules) {
        if (note.treatments().isEmpty()) {
            throw new IllegalArgumentException("A note without services has nothing to code");
        }
        // First the units, then each line's allowed amount (the fee per unit × its units), which decides KX.
        VisitLines.Result units = VisitLines.build(visit(note, facts, null), rules);
        List<BigDecimal> allowed = new ArrayList<>();
        for (int i = 0; i < note.treatments().size(); i++) {
            BigDecimal perUnit = facts.fees() == null ? null : facts.fees().get(note.treatments().get(i).code());
            allowed.add(perUnit == null ? null : perUnit.multiply(BigDecimal.valueOf(units.lines().get(i).units())));
        }
        VisitLines.Result coding = VisitLines.build(visit(note, facts, allowed), rules);

        List<String> warnings = new ArrayList<>(coding.warnings());
        int timedMinutes = 0;
        int timedUnits = 0;
        for (VisitLines.Line line : coding.lines()) {
            if (rules.procedures().find(line.code()).map(ProcedureCode::timed).orElse(false)) {
                timedMinutes += line.minutes();
                timedUnits += line.units();
            }
        }
        if (timedUnits > 0 && (double) timedMinutes / timedUnits < LOW_AVERAGE_MINUTES_PER_UNIT) {
            warnings.add(String.format(java.util.Locale.ROOT, "Timed units average %.1f minutes (%d minutes, %d units), "
                    + "well under 15: check the minutes; a pattern of short units draws review.",
                    (double) timedMinutes / timedUnits, timedMinutes, timedUnits));
        }
        Integer treatment = note.totalTreatmentMinutes();
        if (treatment != null && treatment < timedMinutes) {
            warnings.add("Total treatment time (" + Plural.of(treatment, "minute") + ") is less than the timed minutes ("
                    + timedMinutes + "): correct the times.");
        }
        boolean medicare = facts.payerRules().medicareRules();
        for (int i = 0; i < note.treatments().size(); i++) {
            DailyNote.Treatment t = note.treatments().get(i);
            if (t.assistantMinutes() == 0) {
                continue;
            }
            VisitLines.Line line = coding.lines().get(i);
            String share = line.code() + ": the assistant furnished " + t.assistantMinutes() + " of "
                    + Plural.of(t.minutesOrZero(), "minute");
            if (!medicare) {
                warnings.add(share + ". CQ is a Medicare modifier; check this payer's policy on assistants' services.");
            } else if (line.modifiers().contains("CQ")) {
                warnings.add(share + " (more than 10%): CQ added; Medicare pays the line at 85%.");
            } else if (line.status() == VisitLines.Status.BILLABLE || line.status() == VisitLines.Status.BUNDLED) {
                warnings.add(share + " (10% or less, de minimis): no CQ.");
            }
        }
        return new Result(coding.lines(), timedMinutes, timedUnits, treatment, List.copyOf(warnings), coding);
    }

    private static VisitLines.Visit visit(DailyNote note, Facts facts, List<BigDecimal> allowed) {
        List<VisitLines.Service> services = new ArrayList<>();
        for (int i = 0; i < note.treatments().size(); i++) {
            DailyNote.Treatment t = note.treatments().get(i);
            services.add(new VisitLines.Service(t.code(), t.minutesOrZero(), t.assistantMinutes(), t.separateTimeBlock(),
                    allowed == null ? null : allowed.get(i)));
        }
        return new VisitLines.Visit(facts.payer(), facts.dateOfService(), facts.diagnoses(), services,
                facts.yearToDateAllowed(), facts.sameDay() == null ? VisitLines.SameDay.NONE : facts.sameDay(),
                facts.rules());
    }
}
