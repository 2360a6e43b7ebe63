package org.rhomboid.billing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Timed units of a separate session on a day whose earlier sessions already billed timed services. Units are
 * counted per calendar day (CMS-8MIN: the day's timed minutes; AMA-UNITS: each code's minutes that day), so this
 * session gets what the day's total adds to what the earlier sessions billed — two sessions never bill more than
 * the same minutes in one session would have.
 */
final class SameDayUnits {

    private SameDayUnits() {
    }

    /**
     * @param earlier the day's services already billed, with their units
     * @param session this session's services (minutes as they count for units)
     * @param units   this session's units counted on its own; timed ones are replaced
     */
    static int[] forSession(UnitMethod method, List<VisitLines.EarlierService> earlier, List<TimedUnits.Service> session,
                            int[] units, ProcedureCatalog catalog) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        Map<String, Integer> earlierUnits = new LinkedHashMap<>();
        int earlierTotal = 0;
        for (VisitLines.EarlierService e : earlier) {
            if (timed(e.code(), catalog)) {
                minutes.merge(e.code(), e.minutes(), Integer::sum);
                earlierUnits.merge(e.code(), e.units(), Integer::sum);
                earlierTotal += e.units();
            }
        }
        if (earlierUnits.isEmpty()) {
            return units;
        }
        for (TimedUnits.Service s : session) {
            if (timed(s.code(), catalog)) {
                minutes.merge(s.code(), s.minutes(), Integer::sum);
            }
        }
        List<TimedUnits.Service> day = new ArrayList<>();
        minutes.forEach((code, m) -> day.add(new TimedUnits.Service(code, Math.min(m, TimedUnits.MAX_MINUTES))));
        TimedUnits.Result whole = TimedUnits.calculate(method, day, catalog);
        Map<String, Integer> dayUnits = new LinkedHashMap<>();
        int dayTotal = 0;
        for (TimedUnits.Line line : whole.lines()) {
            dayUnits.put(line.code(), line.units());
            dayTotal += line.units();
        }
        int[] result = units.clone();
        List<Integer> timed = new ArrayList<>();
        int sessionTotal = 0;
        for (int i = 0; i < session.size(); i++) {
            String code = session.get(i).code();
            if (timed(code, catalog)) {
                result[i] = Math.max(0, dayUnits.getOrDefault(code, 0) - earlierUnits.getOrDefault(code, 0));
                sessionTotal += result[i];
                timed.add(i);
            }
        }
        // The day may give fewer units than the code-by-code differences add up to: take them from the shortest.
        int excess = sessionTotal - Math.max(0, dayTotal - earlierTotal);
        timed.sort(Comparator.comparingInt(i -> session.get(i).minutes()));
        for (int i : timed) {
            while (excess > 0 && result[i] > 0) {
                result[i]--;
                excess--;
            }
        }
        return result;
    }

    private static boolean timed(String code, ProcedureCatalog catalog) {
        return catalog.find(code).map(ProcedureCode::timed).orElse(false);
    }
}
