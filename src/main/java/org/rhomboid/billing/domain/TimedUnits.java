package org.rhomboid.billing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rhomboid.shared.domain.Plural;

/**
 * Units for one day's services. CMS 8-minute rule (Claims Processing Manual 100-04 ch. 5 §20.2): the total of
 * timed minutes sets the maximum units; each code first gets a unit per full 15 minutes; the remaining units
 * go to the codes with the most minutes left over. AMA per-code rule: each timed code's own minutes through
 * the same table. Untimed codes are one unit. Sources: CMS-8MIN, AMA-UNITS (docs/clinical-sources.md).
 */
public final class TimedUnits {

    public static final int MAX_MINUTES = 480;

    public record Service(String code, int minutes) {}

    public record Line(String code, int minutes, int units) {}

    public record Result(UnitMethod method, int totalTimedMinutes, int totalUnits, List<Line> lines,
                         List<String> notes) {}

    private TimedUnits() {
    }

    /** Units that a number of timed minutes supports: 8–22 → 1, 23–37 → 2, and on every 15 minutes. */
    public static int unitsFor(int minutes) {
        return minutes < 8 ? 0 : (minutes - 8) / 15 + 1;
    }

    public static Result calculate(UnitMethod method, List<Service> services, ProcedureCatalog catalog) {
        Set<String> seen = new HashSet<>();
        for (Service service : services) {
            ProcedureCode code = catalog.find(service.code())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown procedure code " + service.code()));
            if (!seen.add(code.code())) {
                throw new IllegalArgumentException("Code " + code.code() + " appears twice; report its minutes once");
            }
            if (service.minutes() < 0 || service.minutes() > MAX_MINUTES) {
                throw new IllegalArgumentException("Minutes for " + code.code() + " must be between 0 and " + MAX_MINUTES);
            }
        }
        List<String> notes = new ArrayList<>();
        int[] units = new int[services.size()];
        int totalTimed = 0;
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            if (timed(s, catalog)) {
                totalTimed += s.minutes();
            } else {
                units[i] = 1;
            }
        }
        if (method == UnitMethod.AMA) {
            for (int i = 0; i < services.size(); i++) {
                Service s = services.get(i);
                if (timed(s, catalog)) {
                    units[i] = unitsFor(s.minutes());
                    if (units[i] == 0 && s.minutes() > 0) {
                        notes.add(s.code() + ": " + Plural.of(s.minutes(), "minute") + " is under 8, so it is not billed under the per-code rule.");
                    }
                }
            }
        } else {
            distributeCms(services, catalog, units, totalTimed, notes);
        }
        List<Line> lines = new ArrayList<>();
        int totalUnits = 0;
        for (int i = 0; i < services.size(); i++) {
            lines.add(new Line(catalog.find(services.get(i).code()).orElseThrow().code(), services.get(i).minutes(), units[i]));
            totalUnits += units[i];
        }
        return new Result(method, totalTimed, totalUnits, lines, notes);
    }

    private static void distributeCms(List<Service> services, ProcedureCatalog catalog, int[] units, int totalTimed,
                                      List<String> notes) {
        int allowed = unitsFor(totalTimed);
        int assigned = 0;
        List<Integer> timed = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (timed(services.get(i), catalog)) {
                units[i] = services.get(i).minutes() / 15;
                assigned += units[i];
                timed.add(i);
            }
        }
        int remaining = allowed - assigned;
        // Most leftover minutes first; then the longer service; then the order given (deterministic).
        List<Integer> order = new ArrayList<>(timed);
        order.sort(Comparator.<Integer>comparingInt(i -> services.get(i).minutes() % 15).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(i -> services.get(i).minutes()).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; k < remaining && k < order.size(); k++) {
            units[order.get(k)]++;
        }
        // A tie is when the last code given a unit and the first left out had the same minutes left over.
        if (remaining > 0 && remaining < order.size()) {
            int leftover = services.get(order.get(remaining - 1)).minutes() % 15;
            List<String> tied = order.stream().filter(i -> services.get(i).minutes() % 15 == leftover)
                    .map(i -> services.get(i).code()).toList();
            if (services.get(order.get(remaining)).minutes() % 15 == leftover) {
                notes.add("Tie: " + String.join(", ", tied) + " had the same minutes left over; the extra unit went to "
                        + services.get(order.get(remaining - 1)).code() + " (the longer service, or listed first)."
                        + " The clinician may assign it to another of these codes.");
            }
        }
        if (totalTimed > 0 && totalTimed < 8) {
            notes.add("Total timed minutes (" + totalTimed + ") are under 8: no timed unit can be billed.");
        }
    }

    private static boolean timed(Service service, ProcedureCatalog catalog) {
        return catalog.find(service.code()).map(ProcedureCode::timed).orElse(false);
    }
}
