package org.rhomboid.screening.domain;

import java.util.Collection;
import java.util.Optional;

/** Looks for one condition in a presentation; findings are weighed in combination, not one by one. */
interface ConcernRule {

    Optional<Concern> assess(Presentation presentation);

    /** A concern citing the person's findings among {@code relevant}. */
    static Optional<Concern> concern(Condition condition, Disposition level, Presentation p,
                                     Collection<Finding> relevant, String rationale, String source) {
        return Optional.of(new Concern(condition, level, p.among(relevant), rationale, source));
    }
}
