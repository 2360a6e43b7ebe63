package org.rhomboid.schedule;

import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.account.access.BooksAppointments;
import org.rhomboid.account.access.DocumentsTreatment;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.mail.AppointmentMail;
import org.rhomboid.schedule.domain.AppointmentType;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.visit.VisitService;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an appointment leads to beyond the schedule. Its note: the treating clinician opens the note its type calls for, dated the appointment's
 * day — the initial evaluation's page, or a daily note, re-evaluation or discharge summary (their open draft if they
 * have one). Signing that note marks the appointment seen ({@link ScheduleService#noteSigned}). And its reminder,
 * sent now by e-mail ({@code mail.AppointmentMail}).
 */
@Controller
class AppointmentNoteController {

    private final ScheduleService schedule;
    private final VisitService visits;
    private final ClinicDates dates;
    private final AppointmentMail mail;

    AppointmentNoteController(ScheduleService schedule, VisitService visits, ClinicDates dates, AppointmentMail mail) {
        this.mail = mail;
        this.schedule = schedule;
        this.visits = visits;
        this.dates = dates;
    }

    @PostMapping("/schedule/appointments/{appointmentId}/note")
    @DocumentsTreatment
    String open(@PathVariable UUID appointmentId, RedirectAttributes redirect) {
        Appointment a = schedule.get(appointmentId);
        String back = "redirect:/schedule/appointments/" + appointmentId;
        if (a.noteId() != null) { // seen: its note is written (and signed); open that one, never a second
            return "redirect:/notes/" + a.noteId();
        }
        if (a.episodeId() == null) {
            redirect.addFlashAttribute("notice", "This appointment is not linked to an episode of care: start the note"
                    + " from the patient's episode.");
            return back;
        }
        if (!a.status().open()) {
            redirect.addFlashAttribute("notice", "This appointment was " + a.status().label().toLowerCase(
                    java.util.Locale.ROOT) + ": there is no visit to document.");
            return back;
        }
        LocalDate day = a.start().atZoneSameInstant(dates.zone()).toLocalDate();
        if (day.isAfter(dates.today())) {
            redirect.addFlashAttribute("notice", "The note of this visit can be started on its day, "
                    + dates.words().day(day) + ".");
            return back;
        }
        if (a.type() == AppointmentType.INITIAL_EVALUATION) {
            return "redirect:/episodes/" + a.episodeId() + "/evaluation";
        }
        try {
            return "redirect:/notes/" + visits.start(a.episodeId(), noteFor(a.type()), day).id();
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return back;
        }
    }

    /** The front desk's "send a reminder": now, to the e-mail on the patient's file, with the appointment's .ics. */
    @PostMapping("/schedule/appointments/{appointmentId}/reminder")
    @BooksAppointments
    String remind(@PathVariable UUID appointmentId, RedirectAttributes redirect) {
        String notice;
        try {
            notice = switch (mail.sendReminder(appointmentId)) {
                case SENT -> "Reminder sent.";
                case FAILED -> "The reminder could not be sent: the clinic's mail server refused it. Try again later.";
                case NOT_CONFIGURED -> "E-mail is not set up for the clinic yet (Clinic → E-mail).";
                case NO_ADDRESS -> "The patient has no e-mail address on file.";
            };
        } catch (ConflictException refused) {
            notice = refused.getMessage() + ".";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/schedule/appointments/" + appointmentId;
    }

    /** The note each kind of appointment is documented by (an initial evaluation has its own page). */
    static NoteKind noteFor(AppointmentType type) {
        return switch (type) {
            case INITIAL_EVALUATION -> NoteKind.INITIAL_EVALUATION;
            case RE_EVALUATION -> NoteKind.RE_EVALUATION;
            case DISCHARGE -> NoteKind.DISCHARGE_SUMMARY;
            case TREATMENT, OTHER -> NoteKind.DAILY_NOTE;
        };
    }
}
