package org.rhomboid.screening.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screens a thoracic presentation for serious pathology, weighing red flags in combination as the IFOMPT
 * framework asks: each condition's rule sets a level of concern, and the most urgent concern decides the
 * disposition. With no concern, treat. A concern a recorded clearance covers (CLEARANCE) is listed as cleared:
 * it no longer decides the disposition nor the precautions it alone gave, while precautions from the patient's
 * own findings (osteoporosis, corticosteroids…) stay.
 */
public final class RedFlagScreen {

    private static final List<ConcernRule> RULES = List.of(new CaudaEquinaRule(), new CordCompressionRule(),
            new MalignancyRule(), new FractureRule(), new InfectionRule(), new CardiacRule(), new AorticRule(),
            new PulmonaryRule(), new GastrointestinalRule(), new RenalRule());

    private RedFlagScreen() {
    }

    public static ScreeningResult screen(Presentation presentation) {
        return screen(presentation, List.of());
    }

    public static ScreeningResult screen(Presentation presentation, Collection<Clearance> clearances) {
        List<Concern> found = RULES.stream()
                .map(rule -> rule.assess(presentation))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Concern::level).reversed().thenComparing(Concern::condition))
                .toList();
        List<Concern> open = new ArrayList<>();
        List<ClearedConcern> cleared = new ArrayList<>();
        for (Concern concern : found) {
            // The latest result wins when several clearances cover the concern.
            Optional<Clearance> covering = clearances.stream().filter(c -> c.covers(concern))
                    .max(Comparator.comparing(Clearance::resultDate));
            covering.ifPresentOrElse(c -> cleared.add(new ClearedConcern(concern, c)), () -> open.add(concern));
        }
        Disposition disposition = open.stream().map(Concern::level).reduce(Disposition.TREAT, Disposition::mostUrgent);
        Set<Condition> excluded = EnumSet.noneOf(Condition.class);
        cleared.forEach(c -> excluded.add(c.concern().condition()));
        return new ScreeningResult(disposition, open, PrecautionRules.derive(presentation, open, excluded), cleared);
    }
}
