package org.rhomboid.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.screening.domain.Finding;

/** A complete, valid intake as a patient's form would post it: two regions, every red-flag question answered no, no known allergies. */
public final class CompleteIntake {

    private CompleteIntake() {
    }

    public static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new HashMap<>();
        f.put("region", List.of("INTERSCAPULAR", "LEFT_RIB_CHEST_WALL"));
        f.put("painType.INTERSCAPULAR", List.of("ACHING"));
        f.put("painType.LEFT_RIB_CHEST_WALL", List.of("SHARP"));
        f.put("painNow", List.of("4"));
        f.put("painBest", List.of("2"));
        f.put("painWorst", List.of("7"));
        f.put("quality", List.of("ACHING", "SHARP"));
        f.put("worstTime", List.of("EVENING"));
        f.put("onsetDate", List.of("2026-10-30"));
        f.put("onset", List.of("SUDDEN_MOVEMENT"));
        f.put("aggravator", List.of("TWISTING", "DESK_WORK"));
        f.put("easing", List.of("Heat and walking"));
        f.put("psfs.0.activity", List.of("Lifting my toddler"));
        f.put("psfs.0.score", List.of("3"));
        f.put("psfs.1.activity", List.of("Sitting through a workday"));
        f.put("psfs.1.score", List.of("5"));
        f.put("psfs.2.activity", List.of("Swimming"));
        f.put("psfs.2.score", List.of("0"));
        f.put("implantedDevice", List.of("no"));
        f.put("pregnant", List.of("no"));
        for (Finding finding : IntakeFindings.redFlagQuestions()) {
            f.put("flag." + finding.name(), List.of("no"));
        }
        f.put("noKnownAllergies", List.of("yes"));
        f.put("goals", List.of("Pick up my daughter without pain"));
        return f;
    }
}
