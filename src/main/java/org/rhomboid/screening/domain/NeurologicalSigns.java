package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Set;

/** Findings that mean the spinal cord or cauda equina may be compromised. */
final class NeurologicalSigns {

    /** Signs of a failing cord below a thoracic lesion. */
    static final Set<Finding> CORD = EnumSet.of(Finding.LEG_WEAKNESS_OR_NUMBNESS, Finding.BILATERAL_LEG_SYMPTOMS,
            Finding.PROGRESSIVE_NEUROLOGICAL_DEFICIT, Finding.GAIT_DISTURBANCE, Finding.UPPER_MOTOR_NEURON_SIGNS,
            Finding.SENSORY_LEVEL_ON_TRUNK);

    /** Cord signs plus the sphincter and saddle signs of cauda equina. */
    static final Set<Finding> ANY;

    static {
        EnumSet<Finding> any = EnumSet.copyOf(CORD);
        any.add(Finding.BOWEL_OR_BLADDER_CHANGE);
        any.add(Finding.SADDLE_ANESTHESIA);
        ANY = any;
    }

    private NeurologicalSigns() {
    }
}
