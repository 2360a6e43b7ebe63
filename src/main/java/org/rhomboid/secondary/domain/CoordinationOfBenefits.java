package org.rhomboid.secondary.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a secondary claim says about the primary's adjudication (005010X222A1 loops 2320 and 2430), worked out from
 * the primary's posted remittance: the payer paid amount (2320 AMT*D), the claim-level adjustments (2320 CAS) and, when
 * the primary adjudicated line by line, each billed line's paid amount (SVD02), adjustments (2430 CAS) and remaining
 * patient liability (2430 AMT*EAF: the line's PR adjustments). When it adjudicated the claim only, the remaining
 * patient liability goes at claim level (2320 AMT*EAF: the patient responsibility it reported, CLP05).
 *
 * <p>It balances as the implementation guide requires or it is refused with the reason: each line's charge − paid −
 * adjustments = 0; the claim's charge − paid − claim-level − line-level adjustments = 0; the lines' paid amounts add
 * up to what the primary paid. Each billed line is found in the remittance by code, modifiers and units, once.
 */
public final class CoordinationOfBenefits {

    /** One CAS adjustment: group (CO, PR, OI, PI, CR), reason (CARC) and amount. */
    public record Adjustment(String group, String reason, BigDecimal amount) {}

    /** A line as billed to the primary. */
    public record BilledLine(String code, List<String> modifiers, int units, BigDecimal charge) {
        public BilledLine {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** A line as the primary reported it (835 SVC with its CAS). */
    public record PaidLine(String code, List<String> modifiers, int units, BigDecimal charged, BigDecimal paid,
                           List<Adjustment> adjustments) {
        public PaidLine {
            modifiers = List.copyOf(modifiers);
            adjustments = List.copyOf(adjustments);
        }
    }

    /** The primary's claim payment (835 CLP) with its claim-level adjustments and its lines (none when claim level). */
    public record Primary(BigDecimal paid, BigDecimal patientResponsibility, List<Adjustment> adjustments,
                          List<PaidLine> lines) {
        public Primary {
            adjustments = List.copyOf(adjustments);
            lines = List.copyOf(lines);
        }
    }

    /** One billed line's 2430: the billed line's number (1-based), what the primary paid and adjusted. */
    public record Line(int number, BilledLine billed, BigDecimal paid, List<Adjustment> adjustments,
                      BigDecimal remainingPatientLiability) {}

    /**
     * The 2320/2430 amounts, or the problem that keeps the secondary claim from being made.
     *
     * @param remainingPatientLiability claim-level AMT*EAF (claim-level adjudication only), else null
     */
    public record Result(BigDecimal paid, List<Adjustment> adjustments, BigDecimal remainingPatientLiability,
                         List<Line> lines, Optional<String> problem) {

        static Result refused(String problem) {
            return new Result(null, List.of(), null, List.of(), Optional.of(problem));
        }

        public boolean lineLevel() {
            return !lines.isEmpty();
        }
    }

    private CoordinationOfBenefits() {
    }

    public static Result of(List<BilledLine> billed, Primary primary) {
        if (billed.isEmpty()) {
            return Result.refused("The claim has no lines");
        }
        BigDecimal charge = sum(billed.stream().map(BilledLine::charge).toList());
        List<Adjustment> claimAdjustments = nonZero(primary.adjustments());
        BigDecimal lineAdjusted = BigDecimal.ZERO;
        List<Line> lines = new ArrayList<>();
        if (!primary.lines().isEmpty()) {
            List<PaidLine> unused = new ArrayList<>(primary.lines());
            BigDecimal linesPaid = BigDecimal.ZERO;
            for (int i = 0; i < billed.size(); i++) {
                BilledLine line = billed.get(i);
                Optional<PaidLine> found = unused.stream().filter(p -> p.code().equals(line.code())
                        && p.modifiers().equals(line.modifiers()) && p.units() == line.units()).findFirst();
                if (found.isEmpty()) {
                    return Result.refused("The primary's remittance does not report line " + (i + 1) + " ("
                            + describe(line) + ")");
                }
                PaidLine paid = found.get();
                unused.remove(paid);
                List<Adjustment> adjustments = nonZero(paid.adjustments());
                BigDecimal adjusted = sum(adjustments.stream().map(Adjustment::amount).toList());
                BigDecimal left = line.charge().subtract(paid.paid()).subtract(adjusted);
                if (left.signum() != 0) {
                    return Result.refused("Line " + (i + 1) + " (" + describe(line) + ") does not balance: charge "
                            + line.charge() + " − paid " + paid.paid() + " − adjustments " + adjusted + " leaves "
                            + left);
                }
                BigDecimal patient = sum(adjustments.stream().filter(a -> a.group().equals("PR"))
                        .map(Adjustment::amount).toList());
                lines.add(new Line(i + 1, line, paid.paid(), adjustments, patient));
                linesPaid = linesPaid.add(paid.paid());
                lineAdjusted = lineAdjusted.add(adjusted);
            }
            if (!unused.isEmpty()) {
                return Result.refused("The primary's remittance reports a line that was not billed ("
                        + unused.get(0).code() + ")");
            }
            if (linesPaid.compareTo(primary.paid()) != 0) {
                return Result.refused("The lines' paid amounts add up to " + linesPaid + " but the primary paid "
                        + primary.paid());
            }
        }
        BigDecimal claimAdjusted = sum(claimAdjustments.stream().map(Adjustment::amount).toList());
        BigDecimal left = charge.subtract(primary.paid()).subtract(claimAdjusted).subtract(lineAdjusted);
        if (left.signum() != 0) {
            return Result.refused("The claim does not balance: charge " + charge + " − paid " + primary.paid()
                    + " − adjustments " + claimAdjusted.add(lineAdjusted) + " leaves " + left);
        }
        return new Result(primary.paid(), claimAdjustments, lines.isEmpty() ? primary.patientResponsibility() : null,
                List.copyOf(lines), Optional.empty());
    }

    private static List<Adjustment> nonZero(List<Adjustment> adjustments) {
        return adjustments.stream().filter(a -> a.amount().signum() != 0).toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String describe(BilledLine line) {
        return line.code() + (line.modifiers().isEmpty() ? "" : "-" + String.join("-", line.modifiers())) + " × "
                + line.units();
    }
}
