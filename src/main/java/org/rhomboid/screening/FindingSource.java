package org.rhomboid.screening;

/**
 * Where a finding came from: the patient's intake, the therapist's checklist of confirmed findings, or the
 * structured examination (upper-motor-neuron signs, a sensory level…). Each source is replaced on its own.
 */
public enum FindingSource { INTAKE, EXAM, STRUCTURED_EXAM }
