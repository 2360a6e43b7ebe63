package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The versions of one programme in order, answering which one is in force on a day. */
final class Programs {

    private final List<ProgramVersion> versions;

    Programs(List<ProgramVersion> versions) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(ProgramVersion::from).thenComparingInt(ProgramVersion::version))
                .toList();
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The first version's start; week 1 and the monitoring count begin here. */
    LocalDate start() {
        return versions.isEmpty() ? null : versions.get(0).from();
    }

    /** The version in force on the day, or null before the programme. */
    ProgramVersion on(LocalDate day) {
        ProgramVersion inForce = null;
        for (ProgramVersion version : versions) {
            if (version.from().isAfter(day)) {
                break;
            }
            inForce = version;
        }
        return inForce;
    }
}
