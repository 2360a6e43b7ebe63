package org.rhomboid.claims.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.PtpEdits;
import org.rhomboid.claims.domain.ClaimEligibility.ClaimLine;
import org.rhomboid.claims.domain.ClaimEligibility.Decision;
import org.rhomboid.claims.domain.ClaimEligibility.Person;
import org.rhomboid.claims.domain.ClaimEligibility.Reason;

/**
 * One claim per patient and day (CLAIM-DAY): the day's billable documents — the evaluation's visit, the daily note
 * or notes, a re-evaluation — go on one claim, each with its own lines. The day waits while any of its documents is
 * held back, so a date of service is not split over two claims. NCCI edits apply between the documents as within
 * one (EVAL-BILLED, NCCI-PT): a column-2 line without a modifier saying it was distinct is left off, with the
 * reason. Documents already billed, duplicates and documents with nothing to bill stay out of the day's claim.
 */
public final class ClaimDay {

    /** Reasons that concern only their own document: they don't hold the rest of the day back. */
    private static final Set<Reason> OWN_ONLY = EnumSet.of(Reason.ALREADY_BILLED, Reason.DUPLICATE_VISIT,
            Reason.NO_BILLABLE_LINES);

    /**
     * The claim of a day.
     *
     * @param documents the documents it bills, in the order they were documented
     * @param lines     the claim's lines, each with the document it came from
     * @param leftOut   lines left off by an NCCI edit between documents, in words
     */
    public record Claim(LocalDate date, List<Decision> documents, List<String> diagnoses, List<Sourced> lines,
                        BigDecimal total, Person rendering, PayerIdentity payer, String claimFilingIndicator,
                        List<String> leftOut) {

        public List<UUID> noteIds() {
            return documents.stream().map(d -> d.visit().noteId()).toList();
        }

        public List<ClaimLine> claimLines() {
            return lines.stream().map(Sourced::line).toList();
        }

        /** The charge of the lines that came from one document (what the batch records against it). */
        public BigDecimal chargeOf(UUID noteId) {
            return lines.stream().filter(s -> s.noteId().equals(noteId)).map(s -> s.line().charge())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A claim line with the document it came from. */
    public record Sourced(UUID noteId, ClaimLine line) {}

    /** The day judged: its claim (or none), and every document held back with its reasons. */
    public record Outcome(Claim claim, List<Decision> held) {}

    private ClaimDay() {
    }

    /** @param documents the decisions on one patient's documents of one day, in the order they were documented */
    public static Outcome judge(List<Decision> documents, PtpEdits edits) {
        List<Decision> held = new ArrayList<>();
        List<Decision> rest = new ArrayList<>();
        for (Decision d : documents) {
            if (!d.claimable() && d.problems().stream().allMatch(p -> OWN_ONLY.contains(p.reason()))) {
                held.add(d);
            } else {
                rest.add(d);
            }
        }
        if (rest.isEmpty()) {
            return new Outcome(null, held);
        }
        Decision blocking = rest.stream().filter(d -> !d.claimable()).findFirst().orElse(null);
        if (blocking != null) {
            for (Decision d : rest) {
                held.add(d.claimable() ? ClaimEligibility.heldFor(d, Reason.DAY_INCOMPLETE, "Waits for the day’s "
                        + blocking.visit().kind().label().toLowerCase(Locale.ROOT) + " ("
                        + blocking.problems().get(0).message().replaceAll("\\.$", "")
                        + "): a day goes on one claim.") : d);
            }
            return new Outcome(null, held);
        }
        Set<String> npis = new LinkedHashSet<>();
        rest.forEach(d -> npis.add(d.rendering().npi().strip()));
        if (npis.size() > 1) {
            for (Decision d : rest) {
                held.add(ClaimEligibility.heldFor(d, Reason.RENDERING_DIFFERS, "The day’s documents are rendered by"
                        + " different therapists; a claim names one rendering provider. Bill this day by hand."));
            }
            return new Outcome(null, held);
        }
        return new Outcome(merge(rest, edits), held);
    }

    private static Claim merge(List<Decision> documents, PtpEdits edits) {
        Decision first = documents.get(0);
        LocalDate date = first.visit().date();
        Set<String> diagnoses = new LinkedHashSet<>();
        documents.forEach(d -> diagnoses.addAll(d.visit().diagnoses()));
        List<Integer> pointers = IntStream.rangeClosed(1, Math.min(4, diagnoses.size())).boxed().toList();
        List<String> leftOut = new ArrayList<>();
        List<Sourced> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Sourced s : sourcesAndLeftOut(documents, edits, leftOut)) {
            ClaimLine l = s.line();
            lines.add(new Sourced(s.noteId(), new ClaimLine(l.code(), l.modifiers(), l.units(), l.charge(), pointers)));
            total = total.add(l.charge());
        }
        return new Claim(date, List.copyOf(documents), List.copyOf(diagnoses), List.copyOf(lines), total,
                first.rendering(), first.payer(), first.claimFilingIndicator(), List.copyOf(leftOut));
    }

    /**
     * Every claimable line with its document, less the column-2 lines of an NCCI pair split over two documents that
     * carry none of the modifiers saying the service was distinct (a separate session or time block).
     */
    private static List<Sourced> sourcesAndLeftOut(List<Decision> documents, PtpEdits edits, List<String> leftOut) {
        List<Sourced> all = new ArrayList<>();
        documents.forEach(d -> d.lines().forEach(l -> all.add(new Sourced(d.visit().noteId(), l))));
        LocalDate date = documents.get(0).visit().date();
        List<Sourced> kept = new ArrayList<>(all);
        for (PtpEdits.Edit edit : edits.inForceOn(date)) {
            if (edit.indicator() == PtpEdits.Indicator.NOT_APPLICABLE) {
                continue;
            }
            for (Sourced column1 : all) {
                if (!column1.line().code().equals(edit.column1())) {
                    continue;
                }
                for (Sourced column2 : all) {
                    boolean split = !column2.noteId().equals(column1.noteId());
                    boolean distinct = edit.indicator() == PtpEdits.Indicator.ALLOWED && column2.line().modifiers()
                            .stream().anyMatch(PayerRules.DISTINCT_MODIFIERS::contains);
                    if (split && column2.line().code().equals(edit.column2()) && !distinct && kept.remove(column2)) {
                        leftOut.add(edit.column2() + " (" + kind(documents, column2.noteId()) + ") left off: NCCI"
                                + " includes it in " + edit.column1() + " (" + kind(documents, column1.noteId())
                                + ") unless documented as a separate session or time block.");
                    }
                }
            }
        }
        return kept;
    }

    private static String kind(List<Decision> documents, UUID noteId) {
        return documents.stream().filter(d -> d.visit().noteId().equals(noteId)).findFirst()
                .map(d -> d.visit().kind().label().toLowerCase(Locale.ROOT)).orElse("");
    }
}
