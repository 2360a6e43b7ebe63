package org.rhomboid.visit;

import java.util.List;
import java.util.UUID;

/**
 * Whose list a page shows (the compliance worklist, today's caseload): the therapist asked for when they are on the
 * clinic's staff, otherwise the page's default — with a message saying so beside the filter.
 *
 * @param shown     whose items, or null for the whole clinic
 * @param therapist the therapist shown, or null for the whole clinic
 * @param error     why the one asked for is not shown, or null
 */
public record TherapistChoice(UUID shown, ComplianceService.Therapist therapist, String error) {

    /**
     * @param asked     the filter as typed (blank: the default)
     * @param byDefault whose list without a choice (null: the whole clinic)
     * @param own       what the default is called when it is the signed-in therapist's, e.g. "your own day"
     */
    public static TherapistChoice of(String asked, UUID byDefault, List<ComplianceService.Therapist> therapists,
                                     String own) {
        String raw = asked == null ? "" : asked.strip();
        if (raw.isEmpty()) {
            return new TherapistChoice(byDefault, find(therapists, byDefault), null);
        }
        ComplianceService.Therapist chosen = find(therapists, parse(raw));
        if (chosen != null) {
            return new TherapistChoice(chosen.id(), chosen, null);
        }
        return new TherapistChoice(byDefault, find(therapists, byDefault), "That therapist isn't on this clinic's"
                + " staff: choose one from the list. Showing " + (byDefault == null ? "the whole clinic" : own)
                + " instead.");
    }

    private static ComplianceService.Therapist find(List<ComplianceService.Therapist> therapists, UUID id) {
        return id == null ? null : therapists.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
