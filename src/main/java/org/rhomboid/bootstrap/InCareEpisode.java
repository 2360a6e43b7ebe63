package org.rhomboid.bootstrap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/**
 * Jordan Pike's episode in care: left-sided mid-back and rib pain since twisting to lift his toddler; evaluated about
 * two weeks ago (rib and thoracic mobility deficits), four signed visits of mobilisation and exercise (97140, 97110,
 * 97112), his outcomes improving but his goals not yet met, and a home programme he logs in the portal.
 */
final class InCareEpisode {

    static final String GIVEN = "Jordan";
    static final String FAMILY = "Pike";
    /** Daily notes: the days after the evaluation (twice a week). */
    static final int[] VISITS = {3, 7, 10, 14};

    private final DemoCare care;
    private final DemoEpisodes.Team team;
    private final UUID episode;
    private final LocalDate start;

    InCareEpisode(DemoCare care, DemoEpisodes.Team team, UUID episode, LocalDate today) {
        this.care = care;
        this.team = team;
        this.episode = episode;
        this.start = today.minusDays(16);
    }

    void seed(LocalDate onset) {
        ActingAs.staff(team.therapist(), () -> care.startedOn(episode, start));
        care.intakeByLink(episode, team.frontDesk(), intake(onset).fields(), start);
        ActingAs.staff(team.therapist(), this::evaluate);
        String portal = ActingAs.staff(team.therapist(), () -> {
            care.prescribe(episode, programme());
            return care.portalLink(episode);
        });
        LocalDate previous = start;
        for (int i = 0; i < VISITS.length; i++) {
            LocalDate day = start.plusDays(VISITS[i]);
            for (LocalDate at = previous.plusDays(1); at.isBefore(day); at = at.plusDays(1)) {
                logAtHome(portal, at);
            }
            previous = day;
            int visit = i + 1;
            ActingAs.staff(team.therapist(), () -> care.dailyNote(episode, visitNote(visit, day).fields()));
        }
        LocalDate last = start.plusDays(VISITS[VISITS.length - 1]);
        ActingAs.staff(team.therapist(), () -> {
            care.measure(episode, OutcomeInstrument.NPRS, List.of(3, 1, 5), last);
            care.measure(episode, OutcomeInstrument.PSFS, List.of(6, 7, 4), last);
            care.measure(episode, OutcomeInstrument.FRI, List.of(2, 1, 1, 1, 2, 1, 1, 2, 1, 1), last);
        });
    }

    private DemoForm intake(LocalDate onset) {
        return DemoForm.of().set("region", "MID_THORACIC_LEFT", "LEFT_RIB_CHEST_WALL")
                .set("painType.MID_THORACIC_LEFT", "ACHING").set("painType.LEFT_RIB_CHEST_WALL", "SHARP")
                .set("painNow", 5).set("painBest", 2).set("painWorst", 7).set("quality", "ACHING", "SHARP")
                .set("worstTime", "MORNING").set("onsetDate", onset).set("onset", "SUDDEN_MOVEMENT")
                .set("aggravator", "TWISTING", "LIFTING", "LYING_FLAT")
                .set("easing", "Heat and walking; sleeping on the right side")
                .set("work", "Software developer, hybrid; desk work")
                .set("daily", "Picks up and carries his two-year-old daughter many times a day")
                .set("psfs.0.activity", "Lifting my toddler").set("psfs.0.score", 3)
                .set("psfs.1.activity", "Sleeping through the night").set("psfs.1.score", 5)
                .set("psfs.2.activity", "Swimming").set("psfs.2.score", 0)
                .set("implantedDevice", "no").set("pregnant", "no")
                .all(IntakeFindings.redFlagQuestions().stream().map(f -> "flag." + f.name()).toList(), "no")
                .set("noKnownAllergies", "yes").set("goals", "Pick up my daughter without pain");
    }

    private void evaluate() {
        care.acknowledgeConcerns(episode, "Reviewed: pain began with a twisting lift, reproduced by rib springing "
                + "at left R6–R7; no cardiopulmonary or systemic symptoms");
        care.examine(episode, DemoForm.of().set("head", "NEUTRAL").set("shoulders", "LEVEL")
                .set("kyphosis", "NORMAL").set("scapulae", "SYMMETRIC").set("breathing", "APICAL")
                .set("gait", "NORMAL")
                .set("rom.ROTATION_LEFT", 30).set("romPain.ROTATION_LEFT", "FAMILIAR_PAIN")
                .set("romLimited.ROTATION_LEFT", "on").set("rom.ROTATION_RIGHT", 45)
                .set("romPain.ROTATION_RIGHT", "PAIN").set("rom.SIDE_BENDING_RIGHT", 20)
                .set("romPain.SIDE_BENDING_RIGHT", "FAMILIAR_PAIN").set("romLimited.SIDE_BENDING_RIGHT", "on")
                .set("palp.R6L", 2).set("palp.R7L", 2).set("palp.T6", 1)
                .set("pa.T6", "HYPO").set("pa.T7", "HYPO").set("ribMob.R6L", "HYPO").set("ribMob.R7L", "HYPO")
                .set("cervicalScreen", "NORMAL").set("lumbarScreen", "NORMAL")
                .set("derm.T6.L", "NORMAL").set("derm.T7.L", "NORMAL")
                .set("umn.BABINSKI", "NEGATIVE").set("test.RIB_SPRINGING", "POSITIVE")
                .set("testSide.RIB_SPRINGING", "LEFT").set("test.THORACIC_SLUMP", "NEGATIVE")
                .set("pulses", "EQUAL").fields(), null, null, null);
        care.measure(episode, OutcomeInstrument.FRI, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), start);
        care.plan(episode, DemoForm.of().set("diagnoses", "M54.6").set("frequency", 2).set("duration", 6)
                .set("startDate", start).set("certification", "SIGNED_PLAN").set("signatureReceived", start)
                .set("intervention", "RIB_MOBILIZATION", "THORACIC_MOBILIZATION_GRADE_III_IV", "MOBILITY_EXERCISE",
                        "BREATHING_EXERCISE", "POSTURAL_EXERCISE").fields());
        care.goal(episode, DemoForm.of().set("activity", "lift and carry his daughter").set("instrument", "NPRS")
                .set("baseline", 5).set("target", 2).set("deadline", start.plusWeeks(4))
                .set("participation", "care for his daughter at home").set("relevantTo", "Lifting my toddler")
                .set("term", "SHORT_TERM").fields());
        care.goal(episode, DemoForm.of().set("activity", "swim 20 lengths").set("instrument", "PSFS")
                .set("baseline", 3).set("target", 7).set("deadline", start.plusWeeks(6).minusDays(1))
                .set("participation", "return to weekly swimming").set("relevantTo", "Swimming")
                .set("term", "LONG_TERM").fields());
        care.assessment(episode, DemoForm.of().set("classification", "RIB_DYSFUNCTION", "THORACIC_MOBILITY_DEFICIT")
                .set("prognosis", "GOOD").set("presentation", "STABLE").set("decisionMaking", "LOW")
                .set("personalFactors", 0)
                .set("narrative", "Left R6–R7 costovertebral pain after a twisting lift: positive rib springing, "
                        + "hypomobile ribs and T6–T7, rotation left limited by familiar pain, neurology normal. "
                        + "Mechanical; good prognosis with rib and thoracic mobilisation and mobility exercise.")
                .fields());
        care.signEvaluation(episode, start);
    }

    private Map<String, List<String>> programme() {
        return DemoForm.of().set("effectiveFrom", start).set("message", "Gentle and pain-free: stop if it catches.")
                .set("ex.0.code", "rib-expansion-breathing").set("ex.0.sets", 1).set("ex.0.reps", 8)
                .set("ex.0.timesPerDay", 3).set("ex.0.daysPerWeek", 7)
                .set("ex.1.code", "open-book-rotation").set("ex.1.sets", 1).set("ex.1.reps", 10)
                .set("ex.1.timesPerDay", 1).set("ex.1.daysPerWeek", 7)
                .set("ex.2.code", "seated-thoracic-rotation").set("ex.2.sets", 1).set("ex.2.reps", 10)
                .set("ex.2.timesPerDay", 2).set("ex.2.daysPerWeek", 7).fields();
    }

    /** He logs most days between visits, his pain every other day; a busy day now and then goes unlogged. */
    private void logAtHome(String portal, LocalDate day) {
        long n = java.time.temporal.ChronoUnit.DAYS.between(start, day);
        if (n % 4 == 3) {
            return;
        }
        int pain = (int) Math.max(2, 5 - n / 5);
        DemoForm session = DemoForm.of().set("date", day).set("painBefore", pain).set("painAfter", pain - 1)
                .set("difficulty", n < 7 ? "HARD" : "ABOUT_RIGHT");
        for (int i = 0; i < 3; i++) {
            session.set("ex." + i + ".status", n < 4 && i == 2 ? "PARTLY" : "DONE");
        }
        care.logSession(portal, session.fields(), day);
        if (n % 2 == 0) {
            care.logDiary(portal, DemoForm.of().set("date", day).set("pain", pain).fields(), day);
        }
    }

    private DemoForm visitNote(int visit, LocalDate day) {
        return DemoForm.dailyNote(day, Math.max(3, 5 - visit / 2), visit == 1 ? "MOST" : "ALL",
                visit == 1 ? "Sharp catch when lifting his daughter out of the car seat."
                           : "Lifting is easier; sleeps through most nights.",
                "Rotation L " + (30 + 5 * visit) + "°, rib springing L R6–R7 " + (visit < 3 ? "painful" : "mildly "
                        + "tender") + ", T6–T7 PA stiffness improving.",
                "Good response to rib mobilisation; rotation gaining.",
                "Continue rib and thoracic mobilisation; progress rotation and breathing exercises.", 40,
                "97140", "15", "97110", "15", "97112", "8");
    }
}
