package org.rhomboid.outcome.domain;

import static org.rhomboid.outcome.domain.Mcid.Kind.MCID;
import static org.rhomboid.outcome.domain.Mcid.Kind.MDC;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The outcome measures Rhomboid scores: how many responses each takes and on what scale, how many may be left
 * blank, which direction is better, the smallest change that counts and the LOINC code. Facts from knowledge
 * base C; each constant names its source keys (docs/clinical-sources.md). The MCIDs match
 * {@code goal.domain.Instrument}, which sets SMART-goal targets from the same sources.
 */
public enum OutcomeInstrument {

    /**
     * Either one 0–10 rating of the pain now (the most common form in practice; the score is the rating) or three —
     * current, best and worst pain over 24 h — scored as their mean (NPRS-SCORE); two ratings are neither form, see
     * {@link #accepts(int)}. LOINC 72514-3 codes a single 0–10 rating (OUTCOME-LOINC): whether the mean may be sent
     * under it is for the interface to decide.
     */
    NPRS("Numeric Pain Rating Scale", 1, 3, 0, 10, 0, false, 0, 10,
            Mcid.of("2", MCID, "points", "Ostelo 2008 (LBP consensus); 1.3 for mechanical neck pain (Cleland 2008): "
                    + "the larger, conservative value", Sources.NPRS_MCID),
            "72514-3", Sources.NPRS_SCORE),

    /** Mean of 1–5 patient-named activities, each 0 (unable) to 10 (pre-injury level) (PSFS-SCORE). */
    PSFS("Patient-Specific Functional Scale", 1, 5, 0, 10, 0, true, 0, 10,
            Mcid.of("2", MDC, "points", "Stratford 1995 (MDC90 of the mean; 3 points for a single activity)",
                    Sources.PSFS_MDC),
            null, Sources.PSFS_SCORE),

    /**
     * Vernon & Mior 1991: 10 items 0–5, percent of the maximum of the answered items (NDI-SCORE). At most 2 items
     * may be blank: the knowledge base shows scoring with one blank but gives no maximum, so this is the commonly
     * cited rule, UNCONFIRMED (NDI-MISSING).
     */
    NDI("Neck Disability Index", 10, 10, 0, 5, 2, false, 0, 100,
            Mcid.of("10", MCID, "%-points", "Vernon (5 raw points); form MDC90 5 points / 10 %-points. Cleland 2008 "
                    + "reports 19 %-points for mechanical neck pain", Sources.NDI_MCID),
            "82237-9", Sources.NDI_SCORE),

    /**
     * Oswestry v2.1a: 10 sections 0–5, percent of the maximum of the answered sections (ODI-SCORE). At most 2
     * sections may be blank: as for the NDI, the knowledge base shows one blank but gives no maximum, so this is
     * the commonly cited rule, UNCONFIRMED (ODI-MISSING).
     */
    ODI("Oswestry Disability Index", 10, 10, 0, 5, 2, false, 0, 100,
            Mcid.of("10", MCID, "%-points", "Ostelo 2008 (10 points or 30%); built for low back pain, of limited "
                    + "validity for pure thoracic pain", Sources.ODI_MCID),
            "97909-6", Sources.ODI_SCORE),

    /**
     * Waddell 1993: 16 items 0–6, scored only as two subscales and no total (FABQ-SCORE). Each subscale has its own
     * MCID (Monticone 2020: physical activity 4, work 7 points), so the instrument as a whole has none: see
     * {@link FabqSubscale} (FABQ-MCID).
     */
    FABQ("Fear-Avoidance Beliefs Questionnaire", 16, 16, 0, 6, 0, false, 0, 0, null, null, Sources.FABQ_SCORE),

    /**
     * Feise & Menke 2001: 10 items 0–4 for the whole spine; one missing item may be replaced by the mean of the
     * others, which is the same as taking the percent of the answered items' maximum (FRI-SCORE).
     */
    FRI("Functional Rating Index", 10, 10, 0, 4, 1, false, 0, 100,
            Mcid.of("9", MCID, "%-points", "Childs & Piva 2005 (15-point GROC anchor)", Sources.FRI_MCID),
            null, Sources.FRI_SCORE),

    /**
     * The 15-point Global Rating of Change, −7 (a very great deal worse) to +7 (a very great deal better). It
     * rates change itself, so it has no baseline; the "important change" threshold is not confirmed
     * (GROC-SCALE, GROC-THRESHOLD).
     */
    GROC("Global Rating of Change", 1, 1, -7, 7, 0, true, -7, 7, null, null, Sources.GROC_SCALE);

    private final String title;
    private final int minItems;
    private final int maxItems;
    private final int lowest;
    private final int highest;
    private final int maxMissing;
    private final boolean higherIsBetter;
    private final int scaleMin;
    private final int scaleMax;
    private final Mcid mcid;
    private final String loinc;
    private final String source;

    OutcomeInstrument(String title, int minItems, int maxItems, int lowest, int highest, int maxMissing,
                      boolean higherIsBetter, int scaleMin, int scaleMax, Mcid mcid, String loinc, String source) {
        this.title = title;
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.lowest = lowest;
        this.highest = highest;
        this.maxMissing = maxMissing;
        this.higherIsBetter = higherIsBetter;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.mcid = mcid;
        this.loinc = loinc;
        this.source = source;
    }

    /** What the response at zero-based {@code index} is called, e.g. "NDI item 4 (reading)". */
    public String itemLabel(int index) {
        return Items.label(this, index);
    }

    public String title() {
        return title;
    }

    /** Fewest responses accepted (blank ones included). */
    public int minItems() {
        return minItems;
    }

    /** Most responses accepted (blank ones included). */
    public int maxItems() {
        return maxItems;
    }

    /**
     * Whether {@code count} responses (blank ones included) is a form of this instrument: any count from
     * {@link #minItems()} to {@link #maxItems()}, except that the NPRS is one rating or three, never two
     * (NPRS-SCORE).
     */
    public boolean accepts(int count) {
        if (count < minItems || count > maxItems) {
            return false;
        }
        return this != NPRS || count != 2;
    }

    /** Lowest value a single response can take. */
    public int lowest() {
        return lowest;
    }

    /** Highest value a single response can take. */
    public int highest() {
        return highest;
    }

    /**
     * How many responses may be blank and the instrument still scored. FABQ is the exception: its unscored items
     * may be blank, its scored items may not (FABQ-MISSING).
     */
    public int maxMissing() {
        return maxMissing;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Whether the instrument is reported, and compared over time, as a percentage (NDI, ODI, FRI). */
    public boolean reportsPercent() {
        return switch (this) {
            case NDI, ODI, FRI -> true;
            default -> false;
        };
    }

    /**
     * Lowest value of the score compared over time: the mean, the percentage or the GROC rating. 0 for FABQ, whose
     * subscales aren't compared by {@link Change}.
     */
    public int scaleMin() {
        return scaleMin;
    }

    /** Highest value of the score compared over time. */
    public int scaleMax() {
        return scaleMax;
    }

    /**
     * Empty where the instrument as a whole has no MCID: the GROC (it rates change itself) and the FABQ, whose two
     * subscales each have their own ({@link FabqSubscale#mcid()}).
     */
    public Optional<Mcid> mcid() {
        return Optional.ofNullable(mcid);
    }

    /**
     * The LOINC code of the score — the value {@link OutcomeScore#comparable()} gives: the percentage for NDI
     * (82237-9) and ODI (97909-6 "Oswestry disability index score"), the rating for NPRS (72514-3, a single 0–10
     * rating; the mean of three is derived from it). Empty where none is known (PSFS, FABQ, FRI, GROC). Not the
     * questionnaire's panel code: see {@link #loincPanel()}. Source: OUTCOME-LOINC.
     */
    public Optional<String> loinc() {
        return Optional.ofNullable(loinc);
    }

    /**
     * The LOINC code of the questionnaire as a whole (the panel its items and score belong to): ODI 97908-8, NDI
     * 82226-2. Never a result's code — the score is {@link #loinc()}. Source: OUTCOME-LOINC.
     */
    public Optional<String> loincPanel() {
        return switch (this) {
            case ODI -> Optional.of("97908-8");
            case NDI -> Optional.of("82226-2");
            default -> Optional.empty();
        };
    }

    /** Key of the scoring rule in docs/clinical-sources.md. */
    public String source() {
        return source;
    }

    /** How much better {@code to} is than {@code from}, in the instrument's units (negative when worse). */
    public BigDecimal improvement(BigDecimal from, BigDecimal to) {
        return higherIsBetter ? to.subtract(from) : from.subtract(to);
    }
}
