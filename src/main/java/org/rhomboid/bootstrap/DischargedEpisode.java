package org.rhomboid.bootstrap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.visit.domain.NoteKind;

/**
 * John Smith's finished episode: postural, mechanical mid-back pain in an office manager, no red flags; evaluated,
 * treated three times a week for four weeks (manual therapy, exercise, motor control: 97140, 97110, 97112), a
 * progress report after the sixth visit, a home programme he logs in the portal, discharged with his goals met and
 * his NPRS, PSFS and FRI improved past their MCIDs; the visits are then billed in a claims batch. The plan starts
 * 29 days before today: a plan of care may be entered at most 30 days after its start (PlanForm.START_DAYS_BACK).
 */
final class DischargedEpisode {

    static final String GIVEN = "John";
    static final String FAMILY = "Smith";
    /** Daily notes: the days after the evaluation (three a week), the progress report after the sixth. */
    static final int[] VISITS = {1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26};
    static final int PROGRESS_AFTER_VISIT = 6;

    private final DemoCare care;
    private final DemoEpisodes.Team team;
    private final UUID episode;
    private final LocalDate start;

    DischargedEpisode(DemoCare care, DemoEpisodes.Team team, UUID episode, LocalDate today) {
        this.care = care;
        this.team = team;
        this.episode = episode;
        this.start = today.minusDays(29);
    }

    void seed(LocalDate onset) {
        ActingAs.staff(team.therapist(), () -> care.startedOn(episode, start));
        care.intakeByLink(episode, team.frontDesk(), intake(onset).fields(), start);
        ActingAs.staff(team.therapist(), this::evaluate);
        String portal = ActingAs.staff(team.therapist(), () -> {
            care.prescribe(episode, firstProgramme());
            return care.portalLink(episode);
        });
        for (int i = 0; i < VISITS.length; i++) {
            LocalDate day = start.plusDays(VISITS[i]);
            logAtHome(portal, i == 0 ? start : start.plusDays(VISITS[i - 1]), day);
            int visit = i + 1;
            ActingAs.staff(team.therapist(), () -> care.dailyNote(episode, visitNote(visit, day).fields()));
            if (visit == PROGRESS_AFTER_VISIT) {
                ActingAs.staff(team.therapist(), () -> progressReport(day));
            }
        }
        ActingAs.staff(team.therapist(), () -> discharge(start.plusDays(VISITS[VISITS.length - 1])));
        care.claimsBatch(team.biller(), start, start.plusDays(VISITS[VISITS.length - 1]));
    }

    private DemoForm intake(LocalDate onset) {
        return DemoForm.of().set("region", "INTERSCAPULAR", "MID_THORACIC_CENTRAL")
                .set("painType.INTERSCAPULAR", "ACHING").set("painType.MID_THORACIC_CENTRAL", "ACHING")
                .set("painNow", 6).set("painBest", 3).set("painWorst", 8).set("quality", "ACHING", "DULL")
                .set("worstTime", "EVENING").set("onsetDate", onset).set("onset", "GRADUAL")
                .set("aggravator", "PROLONGED_SITTING", "DESK_WORK")
                .set("easing", "Walking, a hot shower, lying flat for a few minutes")
                .set("work", "Office manager: eight to nine hours a day at a laptop")
                .set("recreation", "Golf every weekend, stopped since the summer")
                .set("psfs.0.activity", "Sitting at my desk for 2 hours").set("psfs.0.score", 3)
                .set("psfs.1.activity", "Driving for more than 30 minutes").set("psfs.1.score", 4)
                .set("psfs.2.activity", "Playing 18 holes of golf").set("psfs.2.score", 2)
                .set("implantedDevice", "no").set("pregnant", "no")
                .all(IntakeFindings.redFlagQuestions().stream().map(f -> "flag." + f.name()).toList(), "no")
                .set("noKnownAllergies", "yes")
                .set("goals", "Work a full day at my desk without my back hurting, and get back to golf");
    }

    private void evaluate() {
        care.acknowledgeConcerns(episode, "Reviewed at the evaluation: mechanical pattern, no red flags on history "
                + "or examination");
        care.examine(episode, DemoForm.of().set("head", "FORWARD").set("shoulders", "LEVEL")
                .set("kyphosis", "INCREASED").set("kyphosisAngle", 52).set("scapulae", "PROTRACTED")
                .set("breathing", "DIAPHRAGMATIC").set("gait", "NORMAL")
                .set("rom.FLEXION", 45).set("romPain.FLEXION", "NONE")
                .set("rom.EXTENSION", 10).set("romPain.EXTENSION", "FAMILIAR_PAIN").set("romLimited.EXTENSION", "on")
                .set("rom.ROTATION_LEFT", 35).set("romPain.ROTATION_LEFT", "PAIN").set("romLimited.ROTATION_LEFT", "on")
                .set("rom.ROTATION_RIGHT", 40).set("romPain.ROTATION_RIGHT", "NONE")
                .set("palp.T5", 2).set("palp.T6", 2).set("palp.T4", 1)
                .set("pa.T4", "HYPO").set("pa.T5", "HYPO").set("pa.T6", "HYPO").set("pa.T7", "HYPO")
                .set("paPain.T5", "on").set("paPain.T6", "on")
                .set("cervicalScreen", "NORMAL").set("lumbarScreen", "NORMAL")
                .set("derm.T5.L", "NORMAL").set("derm.T5.R", "NORMAL").set("derm.T6.L", "NORMAL")
                .set("derm.T6.R", "NORMAL").set("reflex.BICEPS.L", "NORMAL").set("reflex.BICEPS.R", "NORMAL")
                .set("reflex.PATELLAR.L", "NORMAL").set("reflex.PATELLAR.R", "NORMAL")
                .set("umn.BABINSKI", "NEGATIVE").set("umn.HOFFMANN", "NEGATIVE")
                .set("test.THORACIC_SLUMP", "NEGATIVE").set("test.RIB_SPRINGING", "NEGATIVE")
                .set("dnf", 18).set("lowerTrap.L", 3).set("lowerTrap.R", 3).set("serratus.L", 4)
                .set("serratus.R", 4).set("coreMeasure", "SECONDS").set("core", 60).set("pulses", "EQUAL")
                .set("notes", "Slumped sitting posture at the laptop; symptoms ease with corrected posture.")
                .fields(), DemoPhoto.forwardHead(), DemoPhoto.TRAGUS, DemoPhoto.C7);
        care.measure(episode, OutcomeInstrument.FRI, List.of(2, 2, 1, 2, 2, 2, 1, 2, 2, 2), start);
        care.plan(episode, DemoForm.of().set("diagnoses", "M54.6").set("frequency", 3).set("duration", 4)
                .set("startDate", start).set("certification", "SIGNED_PLAN").set("signatureReceived", start)
                .set("intervention", "THORACIC_MOBILIZATION_GRADE_III_IV", "SOFT_TISSUE_MOBILIZATION",
                        "MOBILITY_EXERCISE", "STRENGTHENING_EXERCISE", "POSTURAL_EXERCISE", "ERGONOMICS",
                        "SELF_MANAGEMENT").fields());
        care.goal(episode, goal("sit at my desk for 2 hours", "NPRS", 6, 3, start.plusDays(14),
                "work at the office with short breaks", "Sitting at my desk for 2 hours", "SHORT_TERM"));
        care.goal(episode, goal("carry out work and home tasks", "FRI", 45, 15, start.plusDays(26),
                "return to full-time work", "Work a full day at my desk without my back hurting, and get back to "
                        + "golf", "LONG_TERM"));
        care.goal(episode, goal("play a round of golf", "PSFS", 3, 8, start.plusDays(26),
                "return to his weekend golf", "Playing 18 holes of golf", "LONG_TERM"));
        care.assessment(episode, DemoForm.of()
                .set("classification", "POSTURAL_MOVEMENT_COORDINATION", "THORACIC_MOBILITY_DEFICIT")
                .set("prognosis", "GOOD").set("presentation", "STABLE").set("decisionMaking", "LOW")
                .set("personalFactors", 0)
                .set("narrative", "Mid-thoracic pain of gradual onset over months of desk work: increased kyphosis "
                        + "and forward head posture, hypomobile T4–T7 reproducing his pain, reduced extension, weak "
                        + "deep neck flexors and lower trapezius. Mechanical and postural; no red flags (no night pain, "
                        + "weight loss or history of cancer). Good "
                        + "prognosis with mobilisation, postural exercise and workstation advice.").fields());
        care.signEvaluation(episode, start);
    }

    private static java.util.Map<String, java.util.List<String>> goal(String activity, String instrument,
                                                                       int baseline, int target, LocalDate deadline,
                                                                       String participation, String relevantTo,
                                                                       String term) {
        return DemoForm.of().set("activity", activity).set("instrument", instrument).set("baseline", baseline)
                .set("target", target).set("deadline", deadline).set("participation", participation)
                .set("relevantTo", relevantTo).set("term", term).fields();
    }

    private java.util.Map<String, java.util.List<String>> firstProgramme() {
        return DemoForm.of().set("effectiveFrom", start).set("message", "Little and often: spread these over the day.")
                .set("ex.0.code", "seated-thoracic-extension").set("ex.0.sets", 1).set("ex.0.reps", 10)
                .set("ex.0.timesPerDay", 3).set("ex.0.daysPerWeek", 7)
                .set("ex.1.code", "open-book-rotation").set("ex.1.sets", 1).set("ex.1.reps", 10)
                .set("ex.1.timesPerDay", 1).set("ex.1.daysPerWeek", 7)
                .set("ex.2.code", "deep-neck-flexor-chin-nod").set("ex.2.sets", 1).set("ex.2.reps", 10)
                .set("ex.2.holdSeconds", 10).set("ex.2.timesPerDay", 1).set("ex.2.daysPerWeek", 7)
                .set("ex.3.code", "seated-posture-correction").set("ex.3.sets", 1).set("ex.3.reps", 5).set("ex.3.holdSeconds", 10)
                .set("ex.3.timesPerDay", 4).set("ex.3.daysPerWeek", 5).fields();
    }

    /** The programme progressed at the progress report: loaded extension and scapular strength. */
    private java.util.Map<String, java.util.List<String>> progressedProgramme(LocalDate from) {
        return DemoForm.of().set("effectiveFrom", from).set("message", "Progressed: add the band row and prone Y.")
                .set("ex.0.code", "thoracic-extension-foam-roller").set("ex.0.sets", 1).set("ex.0.reps", 8)
                .set("ex.0.holdSeconds", 3).set("ex.0.timesPerDay", 1).set("ex.0.daysPerWeek", 5)
                .set("ex.1.code", "open-book-rotation").set("ex.1.sets", 1).set("ex.1.reps", 10)
                .set("ex.1.timesPerDay", 1).set("ex.1.daysPerWeek", 7)
                .set("ex.2.code", "prone-y").set("ex.2.sets", 3).set("ex.2.reps", 10)
                .set("ex.2.timesPerDay", 1).set("ex.2.daysPerWeek", 3)
                .set("ex.3.code", "resistance-band-row").set("ex.3.sets", 3).set("ex.3.reps", 12)
                .set("ex.3.timesPerDay", 1).set("ex.3.daysPerWeek", 3)
                .set("ex.4.code", "seated-posture-correction").set("ex.4.sets", 1).set("ex.4.reps", 5).set("ex.4.holdSeconds", 10)
                .set("ex.4.timesPerDay", 4).set("ex.4.daysPerWeek", 5).fields();
    }

    /** What he logs in the portal on the days between two visits: his session, and his pain every other day. */
    private void logAtHome(String portal, LocalDate from, LocalDate visit) {
        for (LocalDate day = from.plusDays(1); day.isBefore(visit); day = day.plusDays(1)) {
            long n = java.time.temporal.ChronoUnit.DAYS.between(start, day);
            int pain = (int) Math.max(1, 6 - n / 5);
            int exercises = n >= 12 ? 5 : 4;
            DemoForm session = DemoForm.of().set("date", day).set("painBefore", pain)
                    .set("painAfter", Math.max(0, pain - 1)).set("difficulty", "ABOUT_RIGHT");
            for (int i = 0; i < exercises; i++) {
                session.set("ex." + i + ".status", n % 7 == 6 && i > 1 ? "SKIPPED" : "DONE");
            }
            care.logSession(portal, session.fields(), day);
            if (n % 2 == 0) {
                care.logDiary(portal, DemoForm.of().set("date", day).set("pain", pain)
                        .set("comment", n < 10 ? "Stiff after work" : "Better; sat through most of the day").fields(),
                        day);
            }
        }
    }

    private DemoForm visitNote(int visit, LocalDate day) {
        String adherence = visit < 4 ? "MOST" : "ALL";
        if (visit <= 4) {
            return DemoForm.dailyNote(day, 6 - visit / 2, adherence,
                    "Stiff after long days at the laptop; the chin nods help.",
                    "Extension " + (10 + 2 * visit) + "°, T5–T6 tender 2/3, rotation L " + (35 + 2 * visit) + "°.",
                    "Less pain after mobilisation; posture cues needed through the exercise.",
                    "Continue PA mobilisation T4–T7; progress extension exercise.", 45,
                    "97140", "15", "97110", "15", "97112", "10");
        }
        if (visit <= 8) {
            return DemoForm.dailyNote(day, 4 - (visit - 4) / 2, adherence,
                    "Sat through a two-hour meeting with one break; set up the laptop stand.",
                    "Extension " + (16 + visit) + "°, T5 tender 1/3, deep neck flexor hold " + (18 + 2 * visit)
                            + " s.",
                    "Mobility and endurance improving; tolerating loaded scapular work.",
                    "Reduce manual therapy; progress prone Y and band rows.", 48,
                    "97140", "10", "97110", "20", "97112", "15");
        }
        return DemoForm.dailyNote(day, Math.max(1, 2 - (visit - 9) / 2), "ALL",
                "Full days at the desk without pain; played nine holes at the weekend.",
                "Extension " + (20 + visit) + "°, no tenderness, rotation full and pain-free, DNF hold "
                        + (20 + 2 * visit) + " s.",
                "Near full function; independent with his home programme.",
                visit == VISITS.length ? "Discharge to his home programme." : "Continue; plan discharge.", 45,
                "97140", "8", "97110", "22", "97112", "15");
    }

    private void progressReport(LocalDate day) {
        care.measure(episode, OutcomeInstrument.NPRS, List.of(3, 1, 5), day);
        care.measure(episode, OutcomeInstrument.PSFS, List.of(6, 6, 5), day);
        care.measure(episode, OutcomeInstrument.FRI, List.of(1, 1, 1, 1, 1, 1, 1, 2, 1, 1), day);
        care.report(episode, NoteKind.PROGRESS_REPORT, DemoForm.of().set("visitDate", day)
                .set("assessment", "Pain down from 6 to 3, FRI from 45 % to 28 %; sitting tolerance two hours.")
                .set("plan", "Continue three times a week for two weeks; progress strengthening.").fields(),
                goal -> goal.goal().term() == org.rhomboid.goal.domain.SmartGoal.Term.SHORT_TERM
                        ? new DemoCare.GoalReview(GoalStatus.MET, "Sits two hours with pain 3/10.")
                        : new DemoCare.GoalReview(GoalStatus.PROGRESSING, "On track for the deadline."));
        care.prescribe(episode, progressedProgramme(day));
    }

    private void discharge(LocalDate day) {
        care.measure(episode, OutcomeInstrument.NPRS, List.of(1, 0, 2), day);
        care.measure(episode, OutcomeInstrument.PSFS, List.of(9, 9, 8), day);
        care.measure(episode, OutcomeInstrument.FRI, List.of(0, 0, 1, 0, 1, 0, 0, 1, 0, 1), day);
        care.measure(episode, OutcomeInstrument.GROC, List.of(6), day);
        care.report(episode, NoteKind.DISCHARGE_SUMMARY, DemoForm.of().set("visitDate", day)
                .set("assessment", "Twelve visits over four weeks. NPRS 5.7 → 1.0, PSFS 3.0 → 8.7, FRI 45 % → 10 %, "
                        + "all past their MCID; GROC +6. Working full days and back on the golf course.")
                .set("dischargeReason", "GOALS_MET")
                .set("homeProgram", "Foam roller extension, open books, prone Y and band rows three times a week; "
                        + "posture breaks at work.")
                .set("plan", "Return if symptoms recur; no follow-up needed.").fields(),
                goal -> new DemoCare.GoalReview(GoalStatus.MET, "Met by discharge."));
    }
}
