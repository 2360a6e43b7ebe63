package org.rhomboid.remittance;

import java.util.List;
import org.rhomboid.remittance.domain.RemittanceFileException;
import org.rhomboid.remittance.domain.Segment;
import org.rhomboid.billing.claim.X12Reader;

/**
 * Splits an X12 interchange (an 835, a stored 837P batch) into segments (StAEDI, the envelope checked:
 * {@link X12Reader}); any error stops the reading with the segment and its position.
 */
final class X12Segments {

    private X12Segments() {
    }

    static List<Segment> read(String x12) {
        return X12Reader.read(x12, Segment::new, RemittanceFileException::new);
    }
}
