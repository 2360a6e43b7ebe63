package org.rhomboid.claims;

import java.util.List;
import org.rhomboid.claims.domain.X12FileException;
import org.rhomboid.claims.domain.X12Segment;
import org.rhomboid.billing.claim.X12Reader;

/**
 * Splits an uploaded X12 interchange (a 999) or a stored batch file into segments (StAEDI, the envelope checked:
 * {@link X12Reader}); any error stops the reading with the segment and its position.
 */
final class X12Files {

    private X12Files() {
    }

    static List<X12Segment> read(String x12) {
        return X12Reader.read(x12, X12Segment::new, X12FileException::new);
    }
}
