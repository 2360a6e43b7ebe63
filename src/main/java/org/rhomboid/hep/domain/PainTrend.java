package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The patient's pain (NPRS 0–10) day by day, from the diary and from pain before and after each session. Several
 * entries on one day keep the highest of each kind: the worse reading is the safer one for the rules that use it
 * (HEP-PROGRESSION, HEP-REVIEW).
 */
public final class PainTrend {

    private PainTrend() {
    }

    /** One day's pain; any of the three may be missing. */
    public record Day(LocalDate date, Integer diary, Integer before, Integer after) {

        /** The highest score recorded that day, or null when none. */
        public Integer worst() {
            return max(max(diary, before), after);
        }
    }

    /** Only days in [from, to] with at least one pain score, in date order. */
    public static List<Day> daily(List<SessionLog> logs, List<DiaryEntry> diary, LocalDate from, LocalDate to) {
        Map<LocalDate, Day> days = new TreeMap<>();
        for (DiaryEntry entry : diary) {
            if (within(entry.date(), from, to)) {
                days.merge(entry.date(), new Day(entry.date(), entry.pain(), null, null), PainTrend::higher);
            }
        }
        for (SessionLog log : logs) {
            if (within(log.date(), from, to) && (log.painBefore() != null || log.painAfter() != null)) {
                days.merge(log.date(), new Day(log.date(), null, log.painBefore(), log.painAfter()),
                        PainTrend::higher);
            }
        }
        return new ArrayList<>(days.values());
    }

    /**
     * The mean of every score recorded (diary, before, after) on the days in [from, to]; null when none. Each day
     * contributes its highest of each kind.
     */
    public static Double mean(List<Day> days, LocalDate from, LocalDate to) {
        int sum = 0;
        int count = 0;
        for (Day day : days) {
            if (!within(day.date(), from, to)) {
                continue;
            }
            for (Integer score : new Integer[] {day.diary(), day.before(), day.after()}) {
                if (score != null) {
                    sum += score;
                    count++;
                }
            }
        }
        return count == 0 ? null : (double) sum / count;
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static Day higher(Day a, Day b) {
        return new Day(a.date(), max(a.diary(), b.diary()), max(a.before(), b.before()), max(a.after(), b.after()));
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
