package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Accounts receivable aged from each claim's date of service: what is still with each payer, and what each patient
 * owes, in the five buckets. What is with the payers plus what the patients owe is the whole outstanding amount,
 * which is also charges − payer payments − patient payments − adjustments off the books ({@link Totals}).
 */
public record Aging(LocalDate asOf, List<Row> byPayer, List<Row> byPatient, Row payerTotal, Row patientTotal,
                    Totals totals) {

    /** A payer's or a patient's amounts per bucket (in {@link AgingBucket} order) and their total. */
    public record Row(String key, String name, List<BigDecimal> buckets) {
        public BigDecimal total() {
            return Amounts.sum(buckets);
        }
    }

    /** The reconciliation: outstanding = charges − payer paid − patient paid − adjustments off. */
    public record Totals(BigDecimal charges, BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal adjustmentsOff,
                         BigDecimal outstanding) {
        public BigDecimal expected() {
            return charges.subtract(payerPaid).subtract(patientPaid).subtract(adjustmentsOff);
        }

        public boolean reconciles() {
            return expected().compareTo(outstanding) == 0;
        }
    }

    public static Aging of(List<ClaimBalance> claims, Map<UUID, String> patientNames, LocalDate asOf) {
        List<Row> byPayer = rows(claims, asOf, ClaimBalance::withPayer, ClaimBalance::payerName, k -> k);
        List<Row> byPatient = rows(claims, asOf, ClaimBalance::patientOwes, c -> c.patientId().toString(),
                k -> patientNames.getOrDefault(UUID.fromString(k), "Patient"));
        Totals totals = new Totals(sum(claims, ClaimBalance::charge), sum(claims, ClaimBalance::payerPaid),
                sum(claims, ClaimBalance::patientPaid), sum(claims, ClaimBalance::adjustmentsOff),
                sum(claims, ClaimBalance::outstanding));
        return new Aging(asOf, byPayer, byPatient, total("All payers", byPayer), total("All patients", byPatient),
                totals);
    }

    /** Payers and patients together, per bucket: the whole outstanding amount. */
    public Row total() {
        return total("Total outstanding", List.of(payerTotal, patientTotal));
    }

    private static List<Row> rows(List<ClaimBalance> claims, LocalDate asOf, Function<ClaimBalance, BigDecimal> amount,
                                  Function<ClaimBalance, String> key, Function<String, String> name) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (ClaimBalance claim : claims) {
            BigDecimal value = amount.apply(claim);
            if (value.signum() == 0) {
                continue;
            }
            BigDecimal[] buckets = sums.computeIfAbsent(key.apply(claim), k -> zeros());
            int i = AgingBucket.of(claim.serviceDate(), asOf).ordinal();
            buckets[i] = buckets[i].add(value);
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((k, b) -> rows.add(new Row(k, name.apply(k), List.of(b))));
        rows.sort(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::key));
        return List.copyOf(rows);
    }

    private static Row total(String name, List<Row> rows) {
        BigDecimal[] buckets = zeros();
        for (Row row : rows) {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = buckets[i].add(row.buckets().get(i));
            }
        }
        return new Row("", name, List.of(buckets));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] buckets = new BigDecimal[AgingBucket.values().length];
        Arrays.fill(buckets, Amounts.ZERO);
        return buckets;
    }

    private static BigDecimal sum(List<ClaimBalance> claims, Function<ClaimBalance, BigDecimal> amount) {
        return Amounts.sum(claims.stream().map(amount).toList());
    }
}
