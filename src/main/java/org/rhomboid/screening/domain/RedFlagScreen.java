package org.rhomboid.screening.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Screens a thoracic presentation for serious pathology, weighing red flags in combination as the IFOMPT
 * framework asks: each condition's rule sets a level of concern, and the most urgent concern decides the
 * disposition. With no concern, treat.
 */
public final class RedFlagScreen {

    private static final List<ConcernRule> RULES = List.of(new CaudaEquinaRule(), new CordCompressionRule(),
            new MalignancyRule(), new FractureRule(), new InfectionRule(), new CardiacRule(), new AorticRule(),
            new PulmonaryRule(), new GastrointestinalRule(), new RenalRule());

    private RedFlagScreen() {
    }

    public static ScreeningResult screen(Presentation presentation) {
        List<Concern> concerns = RULES.stream()
                .map(rule -> rule.assess(presentation))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Concern::level).reversed().thenComparing(Concern::condition))
                .toList();
        Disposition disposition = concerns.stream().map(Concern::level)
                .reduce(Disposition.TREAT, Disposition::mostUrgent);
        return new ScreeningResult(disposition, concerns, PrecautionRules.derive(presentation, concerns));
    }
}
