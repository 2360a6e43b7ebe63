package org.rhomboid.hep.domain;

/** NPRS bounds, shared by the records so a score out of 0–10 can never reach the rules. */
final class Pain {

    static final int MIN = 0;
    static final int MAX = 10;

    private Pain() {
    }

    static void check(Integer pain) {
        if (pain != null && (pain < MIN || pain > MAX)) {
            throw new IllegalArgumentException("Pain must be 0–10, not " + pain);
        }
    }
}
