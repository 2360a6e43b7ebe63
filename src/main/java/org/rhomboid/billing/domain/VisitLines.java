package org.rhomboid.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rhomboid.patient.domain.Payer;

/**
 * Turns one visit's services into claim lines: units by the payer's method, Medicare's own rules (97010 bundled,
 * 97014 not accepted), NCCI pair edits, and the GP / CQ / 59 or XU / KX modifiers, each decision explained.
 * Sources: CMS-8MIN, AMA-UNITS, NCCI-PT, MOD-GP, MOD-CQ, MOD-59, KX-THRESHOLD, MEDICARE-97010-97014.
 */
public final class VisitLines {

    public record Service(String code, int minutes, int assistantMinutes, boolean separateTimeBlock,
                          BigDecimal allowed) {}

    /**
     * @param sameDay what the patient's other signed documents of the same day already bill (NCCI edits and units
     *                count the whole day)
     */
    /** A visit to code; {@code rules} the payer's from the clinic's directory, or null for its kind's built-in ones. */
    public record Visit(Payer payer, LocalDate dateOfService, List<String> diagnoses, List<Service> services,
                        BigDecimal yearToDateAllowed, SameDay sameDay, PayerRules rules) {
        public Visit(Payer payer, LocalDate dateOfService, List<String> diagnoses, List<Service> services,
                     BigDecimal yearToDateAllowed, SameDay sameDay) {
            this(payer, dateOfService, diagnoses, services, yearToDateAllowed, sameDay, null);
        }

        public Visit(Payer payer, LocalDate dateOfService, List<String> diagnoses, List<Service> services,
                     BigDecimal yearToDateAllowed) {
            this(payer, dateOfService, diagnoses, services, yearToDateAllowed, SameDay.NONE);
        }

        public PayerRules payerRules() {
            return rules != null ? rules : PayerRules.of(payer);
        }
    }

    /** A service already billed that day in another signed document (an evaluation, an earlier session). */
    public record EarlierService(String code, int minutes, int units) {}

    /**
     * The day's services billed before this document, and whether this document is a separate session (a second
     * visit that day) rather than part of the same visit (a daily note beside the evaluation).
     */
    public record SameDay(List<EarlierService> earlier, boolean separateSession) {
        public static final SameDay NONE = new SameDay(List.of(), false);

        public SameDay {
            earlier = List.copyOf(earlier);
        }
    }

    public enum Status { BILLABLE, BUNDLED, NOT_BILLED, DENIED }

    public record Line(String code, int minutes, int units, List<String> modifiers, Status status, String reason,
                       List<Integer> diagnosisPointers) {}

    public record Result(Payer payer, UnitMethod method, List<Line> lines, List<String> warnings,
                         IcdCheck.Result diagnoses) {}

    /** What the engine needs to know beyond the visit: code sets, edits and thresholds in force. */
    public record Rules(ProcedureCatalog procedures, IcdCodeSet icd, PtpEdits ptp, KxThresholds kx) {
        public static Rules builtIn() {
            return new Rules(ProcedureCatalog.builtIn(), IcdCodeSet.builtIn(), PtpEdits.builtIn(), KxThresholds.builtIn());
        }
    }

    private VisitLines() {
    }

    public static Result build(Visit visit, Rules rules) {
        if (visit.diagnoses().isEmpty()) {
            throw new IllegalArgumentException("A claim needs at least one diagnosis");
        }
        PayerRules payer = visit.payerRules();
        List<Service> services = visit.services();
        for (Service s : services) {
            if (s.assistantMinutes() < 0 || s.assistantMinutes() > s.minutes()) {
                throw new IllegalArgumentException("Assistant minutes for " + s.code() + " must be between 0 and its minutes");
            }
            if (s.allowed() != null && s.allowed().signum() < 0) {
                throw new IllegalArgumentException("The allowed amount for " + s.code() + " can't be negative");
            }
        }
        List<String> warnings = new ArrayList<>();
        IcdCheck.Result diagnoses = IcdCheck.check(visit.diagnoses(), IcdCheck.Context.NONE, rules.icd());
        if (!diagnoses.valid()) {
            warnings.add("The diagnoses have problems (see diagnoses): fix them before claiming.");
        }
        List<Integer> pointers = IntStream.rangeClosed(1, Math.min(4, visit.diagnoses().size())).boxed().toList();

        // Units: Medicare does not accept 97014 at all, so it takes no part in the day's minutes.
        List<TimedUnits.Service> unitInput = new ArrayList<>();
        for (Service s : services) {
            unitInput.add(new TimedUnits.Service(s.code(), rejectedByMedicare(s, payer, rules) ? 0 : s.minutes()));
        }
        TimedUnits.Result units = TimedUnits.calculate(payer.unitMethod(), unitInput, rules.procedures());
        warnings.addAll(units.notes());
        SameDay sameDay = visit.sameDay() == null ? SameDay.NONE : visit.sameDay();
        int[] unitsOf = units.lines().stream().mapToInt(TimedUnits.Line::units).toArray();
        if (sameDay.separateSession()) {
            int[] day = SameDayUnits.forSession(payer.unitMethod(), sameDay.earlier(), unitInput, unitsOf,
                    rules.procedures());
            for (int i = 0; i < day.length; i++) {
                if (day[i] < unitsOf[i]) {
                    warnings.add(services.get(i).code() + ": " + day[i] + " unit" + (day[i] == 1 ? "" : "s")
                            + " — the day's earlier sessions already billed most of the day's timed minutes"
                            + " (units count the whole day).");
                }
            }
            unitsOf = day;
        }
        java.util.Set<String> earlierCodes = new java.util.HashSet<>();
        sameDay.earlier().forEach(e -> earlierCodes.add(e.code()));

        Status[] status = new Status[services.size()];
        String[] reason = new String[services.size()];
        List<List<String>> modifiers = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            ProcedureCode code = rules.procedures().find(s.code()).orElseThrow();
            index.put(code.code(), i);
            modifiers.add(new ArrayList<>());
            int lineUnits = unitsOf[i];
            if (rejectedByMedicare(s, payer, rules)) {
                status[i] = Status.DENIED;
                reason[i] = code.medicareNote();
            } else if (lineUnits == 0) {
                status[i] = Status.NOT_BILLED;
                reason[i] = "No unit under the " + (payer.unitMethod() == UnitMethod.CMS ? "8-minute rule" : "per-code rule");
            } else if (payer.medicareRules() && code.medicare() == ProcedureCode.MedicareStatus.BUNDLED) {
                status[i] = Status.BUNDLED;
                reason[i] = code.medicareNote();
            } else {
                status[i] = Status.BILLABLE;
            }
        }

        if (payer.ncci()) {
            for (PtpEdits.Edit edit : rules.ptp().inForceOn(visit.dateOfService())) {
                if (edit.indicator() == PtpEdits.Indicator.NOT_APPLICABLE) {
                    continue;
                }
                Integer first = index.get(edit.column1());
                Integer second = index.get(edit.column2());
                if (second != null && status[second] == Status.BILLABLE && first == null
                        && earlierCodes.contains(edit.column1())) {
                    bypassOrDeny(edit, second, services, sameDay, payer, modifiers, status, reason, " (billed earlier today)");
                    continue;
                }
                if (first != null && status[first] == Status.BILLABLE && second == null
                        && earlierCodes.contains(edit.column2())) {
                    warnings.add("NCCI: " + edit.column2() + ", billed earlier today, is included in " + edit.column1()
                            + " unless it was a separate session or time block; the claim leaves it out without"
                            + " such a modifier.");
                    continue;
                }
                if (first == null || second == null || status[first] != Status.BILLABLE || status[second] != Status.BILLABLE) {
                    continue;
                }
                bypassOrDeny(edit, second, services, SameDay.NONE, payer, modifiers, status, reason, "");
            }
        }
        if (sameDay.separateSession()) {
            // The same code twice in a day is billed again only as a separate encounter (MOD-XE).
            for (int i = 0; i < services.size(); i++) {
                if (status[i] == Status.BILLABLE && earlierCodes.contains(rules.procedures().find(services.get(i).code())
                        .orElseThrow().code()) && !modifiers.get(i).contains(payer.encounterModifier())) {
                    modifiers.get(i).add(payer.encounterModifier());
                }
            }
        }

        BigDecimal running = visit.yearToDateAllowed() == null ? BigDecimal.ZERO : visit.yearToDateAllowed();
        BigDecimal threshold = payer.medicareRules()
                ? rules.kx().forYear(visit.dateOfService().getYear()).orElse(null) : null;
        if (payer.medicareRules() && threshold == null) {
            warnings.add("No KX threshold is configured for " + visit.dateOfService().getYear() + "; KX was not assessed.");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            List<String> mods = new ArrayList<>();
            if (status[i] == Status.BILLABLE || status[i] == Status.BUNDLED) {
                mods.add("GP");
                // An assistant furnished more than 10% of the service (the de minimis standard).
                if (payer.medicareRules() && s.assistantMinutes() * 10 > s.minutes()) {
                    mods.add("CQ");
                }
                mods.addAll(modifiers.get(i));
                if (status[i] == Status.BILLABLE && threshold != null) {
                    if (s.allowed() != null) {
                        running = running.add(s.allowed());
                    }
                    if (running.compareTo(threshold) > 0) {
                        mods.add("KX");
                    }
                }
            }
            lines.add(new Line(rules.procedures().find(s.code()).orElseThrow().code(), s.minutes(),
                    status[i] == Status.BILLABLE || status[i] == Status.BUNDLED ? unitsOf[i] : 0,
                    List.copyOf(mods), status[i], reason[i], status[i] == Status.DENIED ? List.of() : pointers));
        }
        if (threshold != null) {
            if (running.compareTo(threshold) > 0) {
                warnings.add("Year-to-date allowed amount ($" + running + ") is over the " + visit.dateOfService().getYear()
                        + " KX threshold ($" + threshold + "): KX attests the care is medically necessary and documented.");
            } else if (running.compareTo(threshold.multiply(new BigDecimal("0.9"))) >= 0) {
                warnings.add("Approaching the KX threshold: $" + running + " of $" + threshold + " used this year.");
            }
            if (running.compareTo(KxThresholds.MEDICAL_REVIEW) >= 0) {
                warnings.add("Year-to-date allowed amount has reached the $3,000 targeted medical review threshold.");
            }
        }
        if (payer.medicareRules()) {
            for (Service s : services) {
                if (s.code().startsWith("9716") && s.assistantMinutes() > 0) {
                    warnings.add(s.code() + ": evaluations and re-evaluations are performed by the physical therapist, "
                            + "not an assistant.");
                }
            }
        }
        return new Result(visit.payer(), payer.unitMethod(), lines, warnings, diagnoses);
    }

    /**
     * An NCCI pair whose column-2 service is on this document: bypassed with the separate-encounter modifier for a
     * separate session, with 59/XU for a separate time block when the edit allows a modifier; denied otherwise.
     */
    private static void bypassOrDeny(PtpEdits.Edit edit, int second, List<Service> services, SameDay sameDay,
                                     PayerRules payer, List<List<String>> modifiers, Status[] status, String[] reason,
                                     String where) {
        boolean allowed = edit.indicator() == PtpEdits.Indicator.ALLOWED;
        if (allowed && sameDay.separateSession()) {
            if (!modifiers.get(second).contains(payer.encounterModifier())) {
                modifiers.get(second).add(payer.encounterModifier());
            }
        } else if (allowed && services.get(second).separateTimeBlock()) {
            modifiers.get(second).add(payer.distinctModifier());
        } else {
            status[second] = Status.DENIED;
            reason[second] = "NCCI edit: " + edit.column2() + " is included in " + edit.column1() + where
                    + (allowed ? " unless performed in a separate time block (then modifier " + payer.distinctModifier() + ")"
                               : "; no modifier can bypass this edit");
        }
    }

    private static boolean rejectedByMedicare(Service s, PayerRules payer, Rules rules) {
        return payer.medicareRules() && rules.procedures().find(s.code())
                .map(c -> c.medicare() == ProcedureCode.MedicareStatus.NOT_ACCEPTED).orElse(false);
    }
}
