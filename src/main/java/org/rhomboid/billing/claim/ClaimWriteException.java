package org.rhomboid.billing.claim;

/** The EDI library refused to write a segment; the claim data passed its checks, so this is a programming error. */
public class ClaimWriteException extends RuntimeException {

    public ClaimWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
