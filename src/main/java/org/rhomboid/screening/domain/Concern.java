package org.rhomboid.screening.domain;

import java.util.List;

/**
 * One suspected condition: how urgent, which of the person's findings raised it, why, and on whose authority
 * ({@code source} is a key in docs/clinical-sources.md).
 */
public record Concern(Condition condition, Disposition level, List<Finding> findings, String rationale,
                      String source) {

    public Concern {
        findings = List.copyOf(findings);
    }
}
