package org.rhomboid.shared;

/** Someone else changed the record since it was loaded; the caller must look again before saving. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
