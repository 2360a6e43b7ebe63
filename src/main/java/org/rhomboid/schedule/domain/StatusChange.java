package org.rhomboid.schedule.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.shared.domain.FormReader;
import org.rhomboid.shared.domain.PlainText;

/**
 * A change of an appointment's status asked for by staff: check-in, cancellation (by whom, with a reason), no-show,
 * or reopening (back to booked, with a reason) to undo a cancellation or no-show marked by mistake. SEEN is not asked
 * for here: the signed note marks it ({@code Appointments.markSeen}).
 */
public record StatusChange(AppointmentStatus status, CancelledBy cancelledBy, String reason) {

    public static final int REASON_LIMIT = 500;

    /** What staff may ask for. */
    public static final List<AppointmentStatus> ASKED = List.of(AppointmentStatus.CHECKED_IN,
            AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.BOOKED);

    private static final String CHOOSE = "Choose check-in, cancellation, no-show or reopening";

    public record Read(StatusChange change, Map<String, String> errors) {
    }

    /** Reads the typed fields {@code status}, {@code cancelledBy} and {@code reason}. */
    public static Read read(Map<String, List<String>> fields) {
        FormReader f = new FormReader(fields);
        AppointmentStatus status = f.choice("status", AppointmentStatus.class);
        if (status == null && f.errors().isEmpty()) {
            f.error("status", CHOOSE);
        } else if (status != null && !ASKED.contains(status)) {
            f.error("status", CHOOSE);
            status = null;
        }
        String reason = PlainText.clean(f.text("reason", REASON_LIMIT));
        CancelledBy by = f.choice("cancelledBy", CancelledBy.class);
        if (status == AppointmentStatus.CANCELLED) {
            if (by == null && !f.errors().containsKey("cancelledBy")) {
                f.error("cancelledBy", "Say who cancelled: the patient or the clinic");
            }
            if (reason.isBlank()) {
                f.error("reason", "Give the reason for the cancellation");
            }
        } else {
            by = null;
        }
        if (status == AppointmentStatus.BOOKED && reason.isBlank()) {
            f.error("reason", "Give the reason for reopening: what was marked by mistake");
        }
        Map<String, String> errors = new LinkedHashMap<>(f.errors());
        return new Read(errors.isEmpty() ? new StatusChange(status, by, reason.isBlank() ? null : reason) : null,
                errors);
    }

    /** Why an appointment in {@code current} may not take this change, if it may not. */
    public Optional<String> refusedFrom(AppointmentStatus current) {
        if (current.mayBecome(status)) {
            return Optional.empty();
        }
        if (status == AppointmentStatus.BOOKED) {
            return Optional.of("Only a cancelled or no-show appointment can be reopened; this one is "
                    + current.label().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of("This appointment is " + current.label().toLowerCase(java.util.Locale.ROOT)
                + " and can no longer be marked " + status.label().toLowerCase(java.util.Locale.ROOT));
    }
}
