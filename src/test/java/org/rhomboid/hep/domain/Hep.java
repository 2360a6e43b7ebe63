package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rhomboid.exercise.domain.Dosage;

/** Test fixtures: a programme starting on a Monday and helpers to log sessions. */
final class Hep {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private Hep() {
    }

    static LocalDate day(int n) {
        return START.plusDays(n);
    }

    /** An exercise done {@code perWeek} times a week (once a day on that many days). */
    static PrescribedExercise exercise(String code, int perWeek) {
        return new PrescribedExercise(code, "Exercise " + code, new Dosage(2, 10, null, null, 1, perWeek));
    }

    static ProgramVersion version(int number, LocalDate from, PrescribedExercise... exercises) {
        return new ProgramVersion(number, from, List.of(exercises));
    }

    static SessionLog session(LocalDate date, SessionStatus status, String... codes) {
        return session(date, status, 1, 1, null, codes);
    }

    static SessionLog session(LocalDate date, SessionStatus status, Integer before, Integer after,
                              Difficulty difficulty, String... codes) {
        List<ExerciseDone> done = new ArrayList<>();
        for (String code : codes) {
            done.add(new ExerciseDone(code, status, null, null));
        }
        return new SessionLog(date, done, before, after, difficulty, null);
    }

    /** One DONE session of the codes on each day in [from, to] (day numbers from START). */
    static List<SessionLog> daily(int from, int to, Integer before, Integer after, String... codes) {
        List<SessionLog> logs = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            logs.add(session(day(d), SessionStatus.DONE, before, after, null, codes));
        }
        return logs;
    }
}
