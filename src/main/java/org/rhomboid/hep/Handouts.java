package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.document.QrCodes;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.exercise.ExerciseCatalog;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.FigureRenderer;
import org.rhomboid.hep.domain.DeskWork;
import org.rhomboid.hep.domain.ProgramExercise;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed home programme: each exercise with its start and end pictures, steps and dosage; the patient's
 * goals; the clinic's contact details; workstation advice for desk workers; and, when the clinic has just opened
 * the portal, a QR code with the link.
 */
@Service
@Transactional(noRollbackFor = ConflictException.class)
public class Handouts {

    public record Item(ProgramExercise prescribed, Exercise exercise, String pictures) {}

    public record Handout(ClinicProfile clinic, Patient patient, Program program, List<Item> items,
                          List<String> goals, List<String> deskAdvice, String portalUrl, String qr, LocalDate date) {}

    private final EpisodeService episodes;
    private final PatientService patients;
    private final HomePrograms programs;
    private final ExerciseCatalog catalog;
    private final PlanService plans;
    private final IntakeService intakes;
    private final ClinicSettings clinic;

    private final ClinicDates clinicDates;

    Handouts(EpisodeService episodes, PatientService patients, HomePrograms programs, ExerciseCatalog catalog,
             PlanService plans, IntakeService intakes, ClinicSettings clinic, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.episodes = episodes;
        this.patients = patients;
        this.programs = programs;
        this.catalog = catalog;
        this.plans = plans;
        this.intakes = intakes;
        this.clinic = clinic;
    }

    /** @param portalUrl the patient's live portal link, or null to print without one */
    public Handout handout(UUID episodeId, String portalUrl, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        List<Program> versions = programs.versions(episode);
        Program program = HomePrograms.inForce(versions, today)
                .or(() -> versions.isEmpty() ? java.util.Optional.empty()
                        : java.util.Optional.of(versions.get(versions.size() - 1)))
                .orElseThrow(() -> new ConflictException("There is no home programme yet: prescribe one first."))
                .forPatient();
        java.util.Map<String, Exercise> library = catalog.byCode();
        List<Item> items = program.exercises().stream().map(p -> {
            Exercise e = library.get(p.code());
            return new Item(p, e, e == null ? null : FigureRenderer.startAndEnd(e));
        }).toList();
        List<String> goals = plans.goals(episode).stream().map(StoredGoal::goal)
                .map(g -> g.sentence(clinicDates.words())).toList();
        var answers = intakes.of(episode).filter(i -> i.submitted()).map(i -> i.answers()).orElse(null);
        boolean desk = DeskWork.applies(answers == null ? List.of()
                        : answers.aggravators().stream().map(Enum::name).toList(),
                answers == null ? null : answers.work(), program.exercises().stream().map(ProgramExercise::code).toList());
        return new Handout(clinic.current(), patients.get(episode.patientId()), program, items, goals,
                desk ? DeskWork.ADVICE : List.of(), portalUrl,
                portalUrl == null ? null : QrCodes.svg(portalUrl, "Scan to open your exercise portal"), today);
    }
}
