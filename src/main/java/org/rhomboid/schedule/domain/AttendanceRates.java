package org.rhomboid.schedule.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Cancellation and no-show rates of a patient or a therapist: cancelled (or no-show) appointments over all
 * appointments that have started by now, whatever their status. Future appointments count in neither part: a
 * booking still ahead has not yet had the chance to be kept. A cancellation made ahead of a future appointment is
 * counted once the appointment's time has come.
 */
public record AttendanceRates(int counted, int cancelled, int noShows) {

    public static AttendanceRates of(Collection<Slot> appointments, Instant now) {
        int counted = 0;
        int cancelled = 0;
        int noShows = 0;
        for (Slot s : appointments) {
            if (s.start().isAfter(now)) {
                continue;
            }
            counted++;
            if (s.status() == AppointmentStatus.CANCELLED) {
                cancelled++;
            } else if (s.status() == AppointmentStatus.NO_SHOW) {
                noShows++;
            }
        }
        return new AttendanceRates(counted, cancelled, noShows);
    }

    /** Each therapist's rates, from the appointments of a period (a therapist with none there has none here). */
    public static Map<UUID, AttendanceRates> byTherapist(Collection<Slot> appointments, Instant now) {
        Map<UUID, List<Slot>> mine = new HashMap<>();
        for (Slot s : appointments) {
            mine.computeIfAbsent(s.therapistId(), t -> new java.util.ArrayList<>()).add(s);
        }
        Map<UUID, AttendanceRates> rates = new HashMap<>();
        mine.forEach((therapist, slots) -> rates.put(therapist, of(slots, now)));
        return rates;
    }

    /** Nothing counted yet. */
    public static final AttendanceRates NONE = new AttendanceRates(0, 0, 0);

    /** Cancelled over counted, 0 to 1; 0 when nothing has been counted yet. */
    public double cancellationRate() {
        return counted == 0 ? 0 : (double) cancelled / counted;
    }

    public double noShowRate() {
        return counted == 0 ? 0 : (double) noShows / counted;
    }

    /** A rate as people read it: "25%" (rounded), or "–" with nothing counted. */
    public static String percent(double rate, int counted) {
        return counted == 0 ? "–" : Math.round(rate * 100) + "%";
    }
}
