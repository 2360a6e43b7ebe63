package org.rhomboid.outcome.domain;

/**
 * Keys of the entries in docs/clinical-sources.md that outcome instruments cite as data. The *-MCID and PSFS-MDC
 * keys are shared with {@code goal.domain.Instrument}, which uses the same thresholds for SMART goals. Rules
 * without data of their own (…-MISSING, …-BANDS, FABQ-W-CUTOFF, GROC-THRESHOLD, OUTCOME-*) cite their key in the
 * comment where they live.
 */
final class Sources {
    static final String NPRS_SCORE = "NPRS-SCORE";
    static final String NPRS_MCID = "NPRS-MCID";
    static final String PSFS_SCORE = "PSFS-SCORE";
    static final String PSFS_MDC = "PSFS-MDC";
    static final String NDI_SCORE = "NDI-SCORE";
    static final String NDI_MCID = "NDI-MCID";
    static final String ODI_SCORE = "ODI-SCORE";
    static final String ODI_MCID = "ODI-MCID";
    static final String FABQ_SCORE = "FABQ-SCORE";
    static final String FABQ_MCID = "FABQ-MCID";
    static final String FRI_SCORE = "FRI-SCORE";
    static final String FRI_MCID = "FRI-MCID";
    static final String GROC_SCALE = "GROC-SCALE";

    private Sources() {
    }
}
