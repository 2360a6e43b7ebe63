package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarryForwardTest {

    @Test
    void servicesAndExerciseDosageAreCarriedNothingAboutTheVisitItself() {
        Map<String, List<String>> last = Map.ofEntries(
                Map.entry("visitDate", List.of("2026-12-01")), Map.entry("painToday", List.of("6")),
                Map.entry("patientReport", List.of("Sore after gardening")), Map.entry("objective", List.of("AROM ext 20°")),
                Map.entry("assessment", List.of("Pain 6→5/10")), Map.entry("plan", List.of("Progress rows")),
                Map.entry("totalTreatmentMinutes", List.of("40")), Map.entry("hepAdherence", List.of("FULLY")),
                Map.entry("i0.code", List.of("97110")), Map.entry("i0.minutes", List.of("25")),
                Map.entry("i0.ptaMinutes", List.of("25")), Map.entry("i0.separateBlock", List.of("on")),
                Map.entry("i0.notes", List.of("with PTA")), Map.entry("i0.e0.name", List.of("Band row")),
                Map.entry("i0.e0.sets", List.of("3")), Map.entry("i0.e0.reps", List.of("12")),
                Map.entry("i0.e0.load", List.of("red band")), Map.entry("i0.e2.name", List.of("Open book")),
                Map.entry("i0.e2.hold", List.of("5")), Map.entry("i1.code", List.of("")),
                Map.entry("i2.code", List.of("97140")), Map.entry("i2.minutes", List.of("10")),
                Map.entry("separateSession", List.of("on")), Map.entry("separateSessionReason", List.of("PM visit")));
        Map<String, List<String>> carried = CarryForward.from(last);
        assertThat(carried).containsOnlyKeys("i0.code", "i0.e0.name", "i0.e0.sets", "i0.e0.reps", "i0.e0.load",
                "i0.e1.name", "i0.e1.hold", "i1.code");
        assertThat(carried.get("i0.e1.name")).containsExactly("Open book");
        assertThat(carried.get("i1.code")).containsExactly("97140");
    }

    @Test
    void nothingToCarryFromAnEmptyNote() {
        assertThat(CarryForward.from(Map.of())).isEmpty();
    }
}
