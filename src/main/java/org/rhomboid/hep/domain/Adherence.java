package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Home-programme adherence: sessions credited against sessions prescribed (HEP-ADHERENCE in
 * docs/clinical-sources.md; a product rule, not a validated measure).
 *
 * <ul>
 *   <li>Prescribed: each exercise's {@code Dosage.sessionsPerWeek()} spread evenly over the 7 days, counted on the
 *   days its version is in force, so a mid-week change and the current partial week are prorated by days.</li>
 *   <li>Done: each logged exercise earns its status's credit (done 1, partly ½, skipped 0), only when the version
 *   in force on the log's date holds its code: logs before the programme or for other codes earn nothing.</li>
 *   <li>Credit per exercise per programme week is capped at what was prescribed for it that week, so extra
 *   sessions of one exercise neither pass 100 % nor make up for another exercise left undone.</li>
 *   <li>Percent is rounded down: 100 % only when everything was done, and a threshold is met only when
 *   reached.</li>
 * </ul>
 * Sums are kept in fourteenths of a session (a day's share of a weekly session is 1/7, a partly done session
 * ½), so the arithmetic is exact.
 */
public final class Adherence {

    private Adherence() {
    }

    /** One programme week; {@code end} is its seventh day even while it is the current, partial week. */
    public record Week(int number, LocalDate start, LocalDate end, double prescribed, double done, Integer percent) {
    }

    /**
     * Weeks counted from the first version's {@code from} (week 1 = its first 7 days) up to and including
     * {@code today}; the current partial week prorates what was prescribed by days elapsed. Empty before the
     * programme starts.
     */
    public static List<Week> byWeek(List<ProgramVersion> versions, List<SessionLog> logs, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Programs programs = new Programs(versions);
        Map<LocalDate, List<SessionLog>> byDate = byDate(logs);
        List<Week> weeks = new ArrayList<>();
        if (programs.isEmpty()) {
            return weeks;
        }
        LocalDate start = programs.start();
        for (int n = 1; !start.isAfter(today); n++, start = start.plusDays(7)) {
            LocalDate end = start.plusDays(6);
            Tally tally = tally(programs, byDate, start, end.isAfter(today) ? today : end);
            weeks.add(new Week(n, start, end, tally.prescribed / 14.0, tally.done / 14.0, tally.percent()));
        }
        return weeks;
    }

    /** Percent over a window [from, to] the same way (capped per programme week); null when nothing was prescribed. */
    public static Integer percent(List<ProgramVersion> versions, List<SessionLog> logs, LocalDate from,
                                  LocalDate to) {
        Programs programs = new Programs(versions);
        if (programs.isEmpty() || from.isAfter(to)) {
            return null;
        }
        Map<LocalDate, List<SessionLog>> byDate = byDate(logs);
        Tally total = new Tally(0, 0);
        LocalDate weekStart = programs.start();
        for (; !weekStart.isAfter(to); weekStart = weekStart.plusDays(7)) {
            LocalDate weekEnd = weekStart.plusDays(6);
            if (weekEnd.isBefore(from)) {
                continue;
            }
            Tally week = tally(programs, byDate, weekStart.isBefore(from) ? from : weekStart,
                    weekEnd.isAfter(to) ? to : weekEnd);
            total = new Tally(total.prescribed + week.prescribed, total.done + week.done);
        }
        return total.percent();
    }

    /** Prescribed and capped done, in fourteenths, over days [from, to] inside one programme week. */
    private static Tally tally(Programs programs, Map<LocalDate, List<SessionLog>> logs, LocalDate from,
                               LocalDate to) {
        Map<String, Long> prescribed = new HashMap<>();
        Map<String, Long> done = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ProgramVersion version = programs.on(day);
            if (version == null) {
                continue;
            }
            for (PrescribedExercise exercise : version.exercises()) {
                prescribed.merge(exercise.code(), 2L * exercise.dosage().sessionsPerWeek(), Long::sum);
            }
            for (SessionLog log : logs.getOrDefault(day, List.of())) {
                for (ExerciseDone exercise : log.exercises()) {
                    if (version.exercise(exercise.code()).isPresent()) {
                        done.merge(exercise.code(), 7L * exercise.status().halves(), Long::sum);
                    }
                }
            }
        }
        long prescribedTotal = 0;
        long doneTotal = 0;
        for (Map.Entry<String, Long> entry : prescribed.entrySet()) {
            prescribedTotal += entry.getValue();
            doneTotal += Math.min(entry.getValue(), done.getOrDefault(entry.getKey(), 0L));
        }
        return new Tally(prescribedTotal, doneTotal);
    }

    private static Map<LocalDate, List<SessionLog>> byDate(List<SessionLog> logs) {
        Map<LocalDate, List<SessionLog>> byDate = new HashMap<>();
        for (SessionLog log : logs) {
            byDate.computeIfAbsent(log.date(), d -> new ArrayList<>()).add(log);
        }
        return byDate;
    }

    private record Tally(long prescribed, long done) {
        Integer percent() {
            return prescribed == 0 ? null : (int) (100 * done / prescribed);
        }
    }
}
