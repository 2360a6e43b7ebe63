package org.rhomboid.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.access.DocumentsTreatment;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.hep.HomeExerciseProgress;
import org.rhomboid.patient.PatientService;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.visit.domain.DailyNoteForm;
import org.rhomboid.visit.domain.NoteCoding;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.TherapistReportForm;
import org.rhomboid.web.Forms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Visit notes in the chart: the episode's notes, a daily note with live units, a progress report, and a signed
 * note with its hash check, co-signature and addenda. Therapists and assistants write; billers and
 * administrators read.
 */
@Controller
@ReadsClinicalRecords
class NotesController {

    private final VisitService visits;
    private final DailyNotes dailyNotes;
    private final TherapistReports reports;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final ClinicSettings clinic;
    private final HomeExerciseProgress homeExercise;

    private final ClinicDates clinicDates;
    private final NotePdfs notePdfs;

    NotesController(VisitService visits, DailyNotes dailyNotes, TherapistReports reports, EpisodeService episodes,
                    PatientService patients, ClinicSettings clinic,
                    HomeExerciseProgress homeExercise, ClinicDates clinicDates,
                    NotePdfs notePdfs) {
        this.notePdfs = notePdfs;
        this.clinicDates = clinicDates;
        this.dailyNotes = dailyNotes;
        this.homeExercise = homeExercise;
        this.clinic = clinic;
        this.visits = visits;
        this.reports = reports;
        this.episodes = episodes;
        this.patients = patients;
    }

    @GetMapping("/episodes/{episodeId}/notes")
    String list(@PathVariable UUID episodeId, Model model) {
        Episode episode = episodes.get(episodeId);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("notes", visits.notes(episode));
        return "notes/list";
    }

    @PostMapping("/episodes/{episodeId}/notes")
    @DocumentsTreatment
    String start(@PathVariable UUID episodeId, @RequestParam(defaultValue = "DAILY_NOTE") String kind,
                 RedirectAttributes redirect) {
        NoteKind noteKind;
        try {
            noteKind = NoteKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("notice", "Choose the kind of note to write.");
            return "redirect:/episodes/" + episodeId + "/notes";
        }
        try {
            return "redirect:/notes/" + visits.start(episodeId, noteKind, clinicDates.today()).id();
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return "redirect:/episodes/" + episodeId + "/notes";
        }
    }

    @GetMapping("/notes/{noteId}")
    String page(@PathVariable UUID noteId, Model model) {
        VisitService.NoteView view = visits.view(noteId);
        if (view.note().kind() == NoteKind.INITIAL_EVALUATION) {
            // The evaluation's visit record: the evaluation itself is read on its own page.
            return "redirect:/episodes/" + view.note().episodeId() + "/evaluation";
        }
        return render(view, view.note().draft(), Map.of(), model);
    }

    @PostMapping("/notes/{noteId}")
    @DocumentsTreatment
    String save(@PathVariable UUID noteId, @RequestParam(defaultValue = "save") String action,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> typed = Forms.typed(params);
        VisitService.NoteView view = visits.view(noteId);
        boolean progress = view.note().kind() != NoteKind.DAILY_NOTE;
        LocalDate today = clinicDates.today();
        Map<String, String> errors;
        if ("sign".equals(action)) {
            errors = progress ? reports.sign(noteId, typed, today) : dailyNotes.sign(view, typed, today).errors();
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("notice", view.note().kind().label() + " signed.");
                return "redirect:/notes/" + noteId;
            }
            model.addAttribute("signFailed", true);
        } else {
            errors = progress ? reports.saveDraft(noteId, typed, today) : dailyNotes.saveDraft(view, typed, today);
            model.addAttribute("saved", true);
        }
        // The note as saved, with the episode and plan this request has read.
        return render(visits.reread(view), typed, errors, model);
    }

    /** htmx: the coding engine's units, modifiers and warnings for the form as it stands. */
    @PostMapping("/notes/{noteId}/coding")
    @DocumentsTreatment
    String coding(@PathVariable UUID noteId, @RequestParam MultiValueMap<String, String> params, Model model) {
        Map<String, List<String>> typed = Forms.typed(params);
        DailyNotes.Beside beside = dailyNotes.beside(noteId, typed, clinicDates.today());
        model.addAttribute("coding", beside.coding().orElse(null));
        model.addAttribute("guidance", beside.guidance());
        model.addAttribute("authorizationFlag", beside.authorizationFlag().orElse(null));
        return "notes/coding :: coding";
    }

    /** The signed note as a PDF: letterhead, patient on every page, page numbers, the seal and any addenda. */
    @GetMapping("/notes/{noteId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID noteId) {
        VisitService.NoteView view = visits.view(noteId);
        Note note = view.note();
        if (note.draftOpen()) {
            throw new ConflictException("A draft has no PDF: sign the note first.");
        }
        if (note.kind() == NoteKind.INITIAL_EVALUATION) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create("/episodes/" + note.episodeId() + "/evaluation/pdf")).build();
        }
        byte[] pdf = notePdfs.render(view);
        return PdfDownload.inline(pdf, note.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + note.visitDate() + ".pdf");
    }

    @PostMapping("/notes/{noteId}/cosign")
    @WritesClinicalRecords
    String cosign(@PathVariable UUID noteId, RedirectAttributes redirect) {
        visits.cosign(noteId);
        redirect.addFlashAttribute("notice", "Co-signed.");
        return "redirect:/notes/" + noteId;
    }

    @PostMapping("/notes/{noteId}/addenda")
    @DocumentsTreatment
    String addendum(@PathVariable UUID noteId, @RequestParam(defaultValue = "") String text, Model model,
                    RedirectAttributes redirect) {
        Map<String, String> errors = visits.addAddendum(noteId, text);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "Addendum signed and added.");
            return "redirect:/notes/" + noteId + "#addenda";
        }
        VisitService.NoteView view = visits.view(noteId);
        model.addAttribute("addendumText", text);
        return render(view, view.note().draft(), errors, model);
    }

    @PostMapping("/notes/{noteId}/discard")
    @DocumentsTreatment
    String discard(@PathVariable UUID noteId, RedirectAttributes redirect) {
        UUID episodeId = visits.discard(noteId);
        redirect.addFlashAttribute("notice", "Draft discarded.");
        return "redirect:/episodes/" + episodeId + "/notes";
    }

    private String render(VisitService.NoteView view, Map<String, List<String>> typed, Map<String, String> errors,
                          Model model) {
        model.addAttribute("v", view);
        model.addAttribute("errors", errors);
        model.addAttribute("today", clinicDates.today());
        model.addAttribute("lateEntryDays", clinic.current().lateEntryDays());
        Note note = view.note();
        if (note.kind() != NoteKind.DAILY_NOTE) {
            model.addAttribute("form", new TherapistReportForm(note.kind(), typed));
            model.addAttribute("report", reports.facts(view.facts()));
            model.addAttribute("goalStatuses", org.rhomboid.goal.domain.GoalStatus.values());
            model.addAttribute("dischargeReasons", org.rhomboid.episode.domain.DischargeReason.values());
            return "notes/report";
        }
        DailyNoteForm form = new DailyNoteForm(typed);
        model.addAttribute("form", form);
        model.addAttribute("rows", rows(form));
        model.addAttribute("planCodes", view.facts().coverage().planCodes().stream().sorted()
                .map(code -> view.facts().coverage().catalog().find(code).orElseThrow()).toList());
        if (note.draftOpen()) {
            DailyNotes.Beside beside = dailyNotes.beside(view, typed, clinicDates.today());
            model.addAttribute("coding", beside.coding().orElse(null));
            model.addAttribute("guidance", beside.guidance());
            model.addAttribute("authorizationFlag", beside.authorizationFlag().orElse(null));
        } else {
            model.addAttribute("coding", null);
            model.addAttribute("authorizationFlag", dailyNotes.recordedAuthorizationWarning(note).orElse(null));
        }
        model.addAttribute("adherence", org.rhomboid.visit.domain.HepAdherence.values());
        if (note.draftOpen()) {
            Episode episode = view.facts().episode();
            model.addAttribute("homeExercise", homeExercise.sinceLastVisit(episode,
                    VisitService.lastVisit(view.episodeNotes(), note.visitDate()), clinicDates.today()));
        }
        return "notes/daily";
    }

    /** The service rows to show: those filled in, then two blank ones; each with its exercises and one blank. */
    static List<Row> rows(DailyNoteForm form) {
        List<Row> rows = new ArrayList<>();
        int last = -1;
        for (int n = 0; n < DailyNoteForm.MAX_SERVICES; n++) {
            if (!form.value("i" + n + ".code").isEmpty()) {
                last = n;
            }
        }
        int shown = Math.min(DailyNoteForm.MAX_SERVICES, last + 3);
        for (int n = 0; n < shown; n++) {
            int lastExercise = -1;
            for (int m = 0; m < DailyNoteForm.MAX_EXERCISES; m++) {
                String prefix = "i" + n + ".e" + m + ".";
                if (!(form.value(prefix + "name") + form.value(prefix + "sets") + form.value(prefix + "reps")
                        + form.value(prefix + "load") + form.value(prefix + "hold")).isEmpty()) {
                    lastExercise = m;
                }
            }
            rows.add(new Row(n, Math.min(DailyNoteForm.MAX_EXERCISES, lastExercise + 2)));
        }
        return rows;
    }

    record Row(int index, int exercises) {
        public String prefix() {
            return "i" + index;
        }

        public List<Integer> exerciseIndexes() {
            return java.util.stream.IntStream.range(0, exercises).boxed().toList();
        }
    }
}
