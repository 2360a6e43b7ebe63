package org.rhomboid.screening.domain;

import java.util.List;

/**
 * The overall disposition, the open concerns behind it (most urgent first), the precautions to honour, and the
 * concerns the screen found again but a recorded clearance settles ({@code cleared}; they drive nothing).
 * Results stored before clearances existed have no {@code cleared} and read back with none.
 */
public record ScreeningResult(Disposition disposition, List<Concern> concerns, List<Precaution> precautions,
                              List<ClearedConcern> cleared) {

    public ScreeningResult {
        concerns = List.copyOf(concerns);
        precautions = List.copyOf(precautions);
        cleared = cleared == null ? List.of() : List.copyOf(cleared);
    }

    public ScreeningResult(Disposition disposition, List<Concern> concerns, List<Precaution> precautions) {
        this(disposition, concerns, precautions, List.of());
    }
}
