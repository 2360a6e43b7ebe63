package org.rhomboid.authorization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed document that is a billed visit (initial evaluation, daily note, re-evaluation) with its billable lines.
 * Progress reports and discharge summaries are not visits of their own and are never counted.
 */
public record CountedVisit(UUID noteId, LocalDate date, List<Line> lines) {

    /** One billable line of the visit: a procedure code and its units. */
    public record Line(String code, int units) {}

    public CountedVisit {
        lines = List.copyOf(lines);
    }

    public List<String> codes() {
        return lines.stream().map(Line::code).toList();
    }

    /** The units billed under the authorization's codes (all units when it lists none). */
    public int unitsUnder(Authorization authorization) {
        return lines.stream().filter(l -> authorization.coversCode(l.code())).mapToInt(Line::units).sum();
    }
}
