package org.rhomboid.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rhomboid.account.StaffUser;
import org.rhomboid.coverage.Coverages;
import org.rhomboid.episode.Episode;
import org.rhomboid.payer.PayerDirectory;
import org.rhomboid.payer.domain.PayerProfile;
import org.rhomboid.schedule.ScheduleService;
import org.springframework.stereotype.Component;

/**
 * What the front desk keeps around the two documented demo episodes, through its own pages' services: each patient's
 * insurance card on file (a primary coverage with a payer from the directory), and the in-care patient's next two
 * visits on the schedule.
 */
@Component
class DemoFrontDesk {

    static final String PAYER = "Harbor Blue (demo)";

    private final Coverages coverages;
    private final ScheduleService schedule;
    private final PayerDirectory payers;

    DemoFrontDesk(Coverages coverages, ScheduleService schedule, PayerDirectory payers) {
        this.coverages = coverages;
        this.schedule = schedule;
        this.payers = payers;
    }

    /** The patient's commercial plan, in force since the start of the year, held by the patient. */
    void insure(StaffUser frontDesk, Episode episode, String memberId, LocalDate today) {
        PayerProfile payer = payers.all().stream().filter(p -> p.name().equals(PAYER)).findFirst().orElseThrow();
        Coverages.Saved saved = ActingAs.staff(frontDesk, () -> coverages.add(episode.patientId(), Map.of(
                "payerId", List.of(payer.id().toString()), "rank", List.of("PRIMARY"),
                "memberId", List.of(memberId), "groupNumber", List.of("HB-2207"),
                "relationship", List.of("SELF"), "firstDay", List.of(today.withDayOfYear(1).toString()))));
        if (!saved.valid()) {
            throw new IllegalStateException("Demo coverage refused: " + saved.errors().keySet());
        }
    }

    /** The next two treatment visits, on weekdays at 10:00, with the treating therapist. */
    void bookNextVisits(StaffUser frontDesk, Episode episode, LocalDate today) {
        LocalDate day = today.plusDays(1);
        for (int booked = 0; booked < 2; day = day.plusDays(2)) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            LocalDate on = day;
            ActingAs.staff(frontDesk, () -> schedule.book(Map.of("patientId", List.of(episode.patientId().toString()),
                    "episodeId", List.of(episode.id().toString()),
                    "therapistId", List.of(episode.treatingTherapistId().toString()), "type", List.of("TREATMENT"),
                    "date", List.of(on.toString()), "time", List.of("10:00"))));
            booked++;
        }
    }
}
