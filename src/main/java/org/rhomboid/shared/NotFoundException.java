package org.rhomboid.shared;

/** The thing asked for does not exist for this clinic: absent and foreign look the same from outside. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
