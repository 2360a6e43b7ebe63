package org.rhomboid.screening.domain;

import java.util.List;

/** The overall disposition, the concerns behind it (most urgent first), and the precautions to honour. */
public record ScreeningResult(Disposition disposition, List<Concern> concerns, List<Precaution> precautions) {

    public ScreeningResult {
        concerns = List.copyOf(concerns);
        precautions = List.copyOf(precautions);
    }
}
