package org.rhomboid.exam.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reference values printed beside a measurement, with their source, so that a number is read against what is known
 * about it rather than called abnormal by a cut-off that has none (DNF-20S, KYPHOSIS-40, CVA-50):
 * <ul>
 *   <li>deep neck flexor endurance norms are sex-specific — men 38.9 ± 20.1 s, women 29.4 ± 13.7 s (Domenech 2011) —
 *       and depend on the method; "under 20 s" has no source;</li>
 *   <li>"over 40°" is a radiographic (Cobb angle) convention for hyperkyphosis that rises with age; an inclinometer
 *       reading is not a Cobb angle;</li>
 *   <li>a craniovertebral angle below 50° is a research convention (neck pain about 44°, controls about 51°: Lau
 *       2009), not a validated cut-off.</li>
 * </ul>
 */
public final class ReferenceValues {

    /** The radiographic Cobb-angle convention for hyperkyphosis (KYPHOSIS-40); not applied to inclinometer readings. */
    public static final double KYPHOSIS_COBB_CONVENTION = 40;

    private static final DecimalFormat NUMBER = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private ReferenceValues() {
    }

    /** "reference: mean about 39 s in men, 29 s in women (Domenech 2011; depends on the test method)". */
    public static String deepNeckFlexor() {
        return "reference: mean about 39 s in men, 29 s in women (Domenech 2011; depends on the test method)";
    }

    /** What an inclinometer angle is not: the Cobb-angle convention, said beside the reading. */
    public static String kyphosisInclinometer(double degrees) {
        return NUMBER.format(degrees) + "° inclinometer; the over-40° hyperkyphosis convention is for radiographic "
                + "Cobb angles, rises with age and does not transfer to inclinometer readings";
    }

    /** The 50° convention, said as a convention, for an angle below it (CVA-50). */
    public static String craniovertebralAngleBelowConvention() {
        return "below 50°, a research convention for forward head posture, not a validated cut-off: "
                + "neck pain about 44°, controls about 51° (Lau 2009)";
    }
}
