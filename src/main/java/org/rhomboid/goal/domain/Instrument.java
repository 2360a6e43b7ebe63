package org.rhomboid.goal.domain;

/**
 * How a goal is measured: the scale's range, which direction is better, and the minimal clinically important
 * change (MCIC) a goal should aim for. Sources: knowledge base C (keys NPRS-MCID, PSFS-MDC, NDI-MCID,
 * ODI-MCID, FRI-MCID in docs/clinical-sources.md).
 */
public enum Instrument {
    NPRS("NPRS", "/10", 0, 10, false, 2),
    PSFS("PSFS mean", "/10", 0, 10, true, 2),
    NDI("NDI", "%", 0, 100, false, 10),
    ODI("ODI", "%", 0, 100, false, 10),
    FRI("FRI", "%", 0, 100, false, 9),
    /** Range of motion in degrees: no published MCIC for the thoracic spine. */
    ROM("range of motion", "°", 0, 180, true, 0),
    /** A timed hold or task in seconds (e.g. deep neck flexor endurance): no published MCIC. */
    TIME("time", " s", 0, 3600, true, 0);

    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean higherIsBetter;
    private final double mcic;

    Instrument(String label, String unit, double min, double max, boolean higherIsBetter, double mcic) {
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.higherIsBetter = higherIsBetter;
        this.mcic = mcic;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean inRange(double value) {
        return value >= min && value <= max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Zero when no MCIC is published for this instrument. */
    public double mcic() {
        return mcic;
    }

    /** How much better {@code to} is than {@code from} (negative when worse). */
    public double improvement(double from, double to) {
        return higherIsBetter ? to - from : from - to;
    }
}
