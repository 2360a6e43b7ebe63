package org.rhomboid.screening;

/** Where a finding came from: the patient's intake, or the therapist's examination. */
public enum FindingSource { INTAKE, EXAM }
