package org.rhomboid.billing.claim;

import java.time.LocalDateTime;

/**
 * Envelope settings agreed with the clearinghouse: sender and receiver IDs (ISA06/ISA08, GS02/GS03), the receiver's
 * name (1000B), the submitter, a control number unique per file, and T(est) or P(roduction) usage.
 */
public record Interchange(String senderId, String receiverId, String receiverName, Submitter submitter,
        int controlNumber, char usage, LocalDateTime createdAt) {

    public Interchange {
        senderId = Check.text(senderId, "sender ID", 15);
        receiverId = Check.text(receiverId, "receiver ID", 15);
        receiverName = Check.text(receiverName, "receiver name", 60);
        Check.present(submitter, "submitter");
        if (controlNumber < 1 || controlNumber > 999_999_999) {
            throw new IllegalArgumentException("interchange control number must be 1–999999999: " + controlNumber);
        }
        if (usage != 'T' && usage != 'P') {
            throw new IllegalArgumentException("usage indicator must be T (test) or P (production): " + usage);
        }
        Check.present(createdAt, "creation time");
    }
}
