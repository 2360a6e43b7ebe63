package org.rhomboid.billing.domain;

import java.util.Map;
import org.rhomboid.patient.domain.Payer;

/**
 * A clinic's billing settings beyond its NPI and EIN: the billing provider's taxonomy and place of service, the
 * envelope agreed with the clearinghouse (sender and receiver IDs, receiver name, submitter and contact, usage
 * T(est) or P(roduction), the next interchange control number), and how each kind of payer is named on claims.
 * Any of the text settings may still be missing (null); {@code missing()} says which, for the claims page.
 */
public record ClearinghouseSettings(String taxonomy, String placeOfService, String senderId, String receiverId,
                                    String receiverName, String submitterName, String contactName,
                                    String contactPhone, char usage, int nextControlNumber,
                                    Map<Payer, PayerIdentity> payers) {

    public static final int MAX_CONTROL_NUMBER = 999_999_999;

    public ClearinghouseSettings {
        payers = Map.copyOf(payers);
    }

    /** Nothing set yet: office (11), test usage, control number 1. */
    public static ClearinghouseSettings empty() {
        return new ClearinghouseSettings(null, "11", null, null, null, null, null, null, 'T', 1, Map.of());
    }

    /** The control number after {@code n}: one more, starting again at 1 after the largest ISA13 allows. */
    public static int nextAfter(int n) {
        return n >= MAX_CONTROL_NUMBER ? 1 : n + 1;
    }
}
