package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rhomboid.shared.domain.Plural;

/**
 * A suggestion for the therapist, never a change to the programme. Thresholds are the clinic's ({@link Thresholds}).
 *
 * <p><b>REVIEW</b> (HEP-REVIEW in docs/clinical-sources.md) when any of, over the last 7 days (today included):
 * <ul>
 *   <li>mean pain ≥ the mean of the 7 days before + {@code reviewPainRise} (default 2 = NPRS MCID, knowledge
 *   base C), every score counting (diary, before, after; a day's highest of each kind);</li>
 *   <li>at least two sessions with painAfter − painBefore ≥ {@code reviewPainRise}: exercise is provoking pain
 *   (knowledge base E: stop if pain rises above an agreed level);</li>
 *   <li>at least two sessions marked too hard.</li>
 * </ul>
 *
 * <p><b>PROGRESS</b> (HEP-PROGRESSION; practice-based, weak: no guideline sets these numbers) when, over the last
 * {@code progressDays} days (today included):
 * <ul>
 *   <li>the version in force today has been in force for the whole window, so a programme just changed is given
 *   time before the next change is suggested;</li>
 *   <li>adherence over the window ({@link Adherence#percent}) ≥ {@code progressAdherencePercent};</li>
 *   <li>at least one pain score in each 7-day part of the window, counted back from today (the oldest part may be
 *   shorter): no news is not good news;</li>
 *   <li>every pain score in the window ≤ {@code progressMaxPain}.</li>
 * </ul>
 * REVIEW wins over PROGRESS: the safer reading.
 */
public final class HepAdvice {

    private HepAdvice() {
    }

    public enum Kind { PROGRESS, REVIEW }

    public record Advice(Kind kind, String reason) {
    }

    /** REVIEW wins over PROGRESS (the safer reading). */
    public static Optional<Advice> assess(List<ProgramVersion> versions, List<SessionLog> logs,
                                          List<DiaryEntry> diary, Thresholds t, LocalDate today) {
        Objects.requireNonNull(t, "thresholds");
        Objects.requireNonNull(today, "today");
        Optional<Advice> review = review(logs, diary, t, today);
        return review.isPresent() ? review : progress(versions, logs, diary, t, today);
    }

    private static Optional<Advice> review(List<SessionLog> logs, List<DiaryEntry> diary, Thresholds t,
                                           LocalDate today) {
        LocalDate weekFrom = today.minusDays(6);
        List<String> reasons = new ArrayList<>();

        List<PainTrend.Day> days = PainTrend.daily(logs, diary, today.minusDays(13), today);
        Double last = PainTrend.mean(days, weekFrom, today);
        Double before = PainTrend.mean(days, today.minusDays(13), today.minusDays(7));
        // A small tolerance: means are fractions, and a rise of exactly the threshold counts.
        if (last != null && before != null && last - before >= t.reviewPainRise() - 1e-9) {
            reasons.add("mean pain rose from " + oneDecimal(before) + "/10 to " + oneDecimal(last)
                    + "/10 (last 7 days against the 7 before)");
        }

        List<SessionLog> week = logs.stream().filter(l -> PainTrend.within(l.date(), weekFrom, today))
                .sorted(Comparator.comparing(SessionLog::date)).toList();
        List<String> rises = week.stream()
                .filter(l -> l.painBefore() != null && l.painAfter() != null
                        && l.painAfter() - l.painBefore() >= t.reviewPainRise())
                .map(l -> l.painBefore() + "→" + l.painAfter()).toList();
        if (rises.size() >= 2) {
            reasons.add("exercise is provoking pain: in " + Plural.of(rises.size(), "session") + " of the last 7 days pain rose by "
                    + t.reviewPainRise() + " points or more (" + String.join(", ", rises) + ")");
        }
        long tooHard = week.stream().filter(l -> l.difficulty() == Difficulty.TOO_HARD).count();
        if (tooHard >= 2) {
            reasons.add(Plural.of(tooHard, "session") + " of the last 7 days " + Plural.noun(tooHard, "was") + " marked too hard");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String reason = String.join("; ", reasons);
        return Optional.of(new Advice(Kind.REVIEW,
                Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ". Consider reviewing the program."));
    }

    private static Optional<Advice> progress(List<ProgramVersion> versions, List<SessionLog> logs,
                                             List<DiaryEntry> diary, Thresholds t, LocalDate today) {
        LocalDate from = today.minusDays(t.progressDays() - 1L);
        ProgramVersion current = new Programs(versions).on(today);
        if (current == null || current.exercises().isEmpty() || current.from().isAfter(from)) {
            return Optional.empty();
        }
        Integer adherence = Adherence.percent(versions, logs, from, today);
        if (adherence == null || adherence < t.progressAdherencePercent()) {
            return Optional.empty();
        }
        List<PainTrend.Day> days = PainTrend.daily(logs, diary, from, today);
        for (LocalDate partTo = today; !partTo.isBefore(from); partTo = partTo.minusDays(7)) {
            LocalDate partFrom = partTo.minusDays(6).isBefore(from) ? from : partTo.minusDays(6);
            LocalDate end = partTo;
            if (days.stream().noneMatch(d -> PainTrend.within(d.date(), partFrom, end))) {
                return Optional.empty();
            }
        }
        int highest = days.stream().mapToInt(PainTrend.Day::worst).max().orElseThrow();
        if (highest > t.progressMaxPain()) {
            return Optional.empty();
        }
        return Optional.of(new Advice(Kind.PROGRESS, "Adherence " + adherence + "% and pain at most " + highest
                + "/10 over the last " + Plural.of(t.progressDays(), "day") + ": consider progressing the program."));
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
