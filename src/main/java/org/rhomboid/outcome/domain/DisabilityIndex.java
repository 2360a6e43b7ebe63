package org.rhomboid.outcome.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * NDI, ODI and FRI: the sum of the answered items as a percentage of their maximum, so a blank item lowers the
 * maximum instead of counting as zero (NDI-SCORE, ODI-SCORE, FRI-SCORE). How many may be blank is the
 * instrument's rule ({@link OutcomeInstrument#maxMissing()}). Example from the issue: NDI 16 of 45 → 35.6%.
 */
final class DisabilityIndex {

    /** A severity band and its limit on the instrument's scale. */
    private record Band(int limit, String label, String range) {}

    /** Vernon & Mior 1991, on the raw 0–50 score; a band holds scores below its limit (NDI-BANDS). */
    private static final List<Band> NDI_BANDS = List.of(
            new Band(5, "No disability", "raw 0–4 of 50"),
            new Band(15, "Mild disability", "raw 5–14 of 50"),
            new Band(25, "Moderate disability", "raw 15–24 of 50"),
            new Band(35, "Severe disability", "raw 25–34 of 50"),
            new Band(51, "Complete disability", "raw 35–50 of 50"));

    /**
     * Fairbank bands on the percentage; a band holds percentages up to and including its limit (ODI-BANDS,
     * unconfirmed). Percentages here step by 2, 2.2 or 2.5, so none falls between 20 and 21, 40 and 41, and so on.
     */
    private static final List<Band> ODI_BANDS = List.of(
            new Band(20, "Minimal disability", "0–20%"),
            new Band(40, "Moderate disability", "21–40%"),
            new Band(60, "Severe disability", "41–60%"),
            new Band(80, "Crippled", "61–80%"),
            new Band(100, "Bed-bound or exaggerating symptoms", "81–100%"));

    private DisabilityIndex() {
    }

    static OutcomeScore score(Responses responses) {
        OutcomeInstrument instrument = responses.instrument();
        int sum = responses.sum();
        int answered = responses.answered();
        int max = instrument.highest() * answered;
        BigDecimal percent = Decimals.percent(sum, max);
        String interpretation = switch (instrument) {
            case NDI -> ndi(sum, max);
            case ODI -> odi(sum, max);
            default -> "FRI " + percent + "% (higher = more disability)";
        };
        return new OutcomeScore(instrument, BigDecimal.valueOf(sum), BigDecimal.valueOf(max), percent, answered,
                interpretation, null);
    }

    /**
     * The bands are defined on the full 0–50 raw score, so with blank items the raw score is first scaled to 50
     * (16 of 45 → 17.8) — a product decision, NDI-BANDS.
     */
    private static String ndi(int sum, int max) {
        // sum × 50 / max < limit, kept in integers so rounding never moves a score across a band edge
        Band band = NDI_BANDS.stream().filter(b -> sum * 50 < b.limit() * max).findFirst().orElseThrow();
        String text = band.label() + " (Vernon & Mior: " + band.range() + ")";
        if (max < 50) {
            text += "; raw " + sum + " of " + max + " scales to " + Decimals.scaled(sum, max, 50) + " of 50";
        }
        return text;
    }

    private static String odi(int sum, int max) {
        // sum × 100 / max ≤ limit, in integers as above
        Band band = ODI_BANDS.stream().filter(b -> sum * 100 <= b.limit() * max).findFirst().orElseThrow();
        return band.label() + " (Fairbank: " + band.range() + ")";
    }
}
