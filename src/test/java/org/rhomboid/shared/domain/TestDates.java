package org.rhomboid.shared.domain;

import java.time.ZoneOffset;
import java.util.Locale;

/** The clinic calendar rule tests write their dates with: a US clinic ("Dec 7, 2026") on UTC. */
public final class TestDates {

    public static final DateWords US = DateWords.of(Locale.forLanguageTag("en-US"), ZoneOffset.UTC);

    private TestDates() {
    }
}
