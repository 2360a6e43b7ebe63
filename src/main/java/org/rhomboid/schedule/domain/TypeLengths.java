package org.rhomboid.schedule.domain;

import java.util.EnumMap;
import java.util.Map;

/** A clinic's length of each appointment type: its own where it set one, the built-in default otherwise. */
public final class TypeLengths {

    public static final TypeLengths BUILT_IN = new TypeLengths(Map.of());

    private final Map<AppointmentType, Integer> own;

    public TypeLengths(Map<AppointmentType, Integer> own) {
        EnumMap<AppointmentType, Integer> copy = new EnumMap<>(AppointmentType.class);
        own.forEach((type, minutes) -> {
            if (minutes < AppointmentType.MIN_MINUTES || minutes > AppointmentType.MAX_MINUTES) {
                throw new IllegalArgumentException("An appointment lasts 5 to 480 minutes");
            }
            copy.put(type, minutes);
        });
        this.own = copy;
    }

    public int minutes(AppointmentType type) {
        return own.getOrDefault(type, type.defaultMinutes());
    }

    public boolean overridden(AppointmentType type) {
        return own.containsKey(type);
    }
}
