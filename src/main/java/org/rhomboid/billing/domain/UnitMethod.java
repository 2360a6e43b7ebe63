package org.rhomboid.billing.domain;

/**
 * How timed minutes become units. CMS pools the day's timed minutes (Medicare, and payers that follow it);
 * AMA takes each timed code on its own minutes (many commercial payers). A per-payer setting.
 */
public enum UnitMethod { CMS, AMA }
