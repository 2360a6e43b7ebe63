package org.rhomboid.screening.domain;

/** Sex as screening weighs it (osteoporotic fracture risk, pregnancy). */
public enum Sex { FEMALE, MALE, OTHER }
