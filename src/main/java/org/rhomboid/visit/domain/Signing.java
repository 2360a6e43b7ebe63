package org.rhomboid.visit.domain;

import java.util.UUID;

/**
 * Who may sign which note. A note is signed by its author. An assistant signs daily notes only (NOTE-SIGNER);
 * when the clinic requires it, an assistant's daily note then waits for a physical therapist's co-signature —
 * a different person — before it is final (PTA-COSIGN: a clinic setting, because state practice acts and payers
 * differ).
 */
public final class Signing {

    /** The note's status after the request, or why it was refused (then the status is unchanged). */
    public record Decision(NoteStatus status, String refusal) {

        static Decision to(NoteStatus status) {
            return new Decision(status, null);
        }

        static Decision refused(NoteStatus unchanged, String why) {
            return new Decision(unchanged, why);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    private Signing() {
    }

    /** The author signs a draft. */
    public static Decision sign(NoteKind kind, NoteStatus status, UUID author, Signer signer,
                                boolean clinicRequiresCosignature) {
        if (status == NoteStatus.SIGNED) {
            return Decision.refused(status, "This " + lower(kind) + " is already signed; add an addendum instead");
        }
        if (status == NoteStatus.AWAITING_COSIGN) {
            return Decision.refused(status, "This " + lower(kind) + " is signed and waits for a physical therapist's co-signature");
        }
        if (!signer.id().equals(author)) {
            return Decision.refused(status, "Only the author of this " + lower(kind) + " can sign it");
        }
        if (signer.role() == Clinician.PTA && !kind.assistantMaySign()) {
            return Decision.refused(status, "A physical therapist assistant can't sign a " + lower(kind)
                    + "; the physical therapist writes and signs it");
        }
        if (signer.role() == Clinician.PTA && clinicRequiresCosignature) {
            return Decision.to(NoteStatus.AWAITING_COSIGN);
        }
        return Decision.to(NoteStatus.SIGNED);
    }

    /** A physical therapist other than the author co-signs an assistant's signed note. */
    public static Decision cosign(NoteKind kind, NoteStatus status, UUID author, Signer cosigner) {
        if (status != NoteStatus.AWAITING_COSIGN) {
            return Decision.refused(status, status == NoteStatus.SIGNED
                    ? "This " + lower(kind) + " is already signed; nothing is waiting for a co-signature"
                    : "The author must sign this " + lower(kind) + " before it can be co-signed");
        }
        if (!cosigner.isTherapist()) {
            return Decision.refused(status, "Only a physical therapist can co-sign an assistant's note");
        }
        if (cosigner.id().equals(author)) {
            return Decision.refused(status, "The co-signature must come from another physical therapist, not the author");
        }
        return Decision.to(NoteStatus.SIGNED);
    }

    private static String lower(NoteKind kind) {
        return kind.label().toLowerCase(java.util.Locale.ROOT);
    }
}
