package org.rhomboid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhomboid.account.Role;

/**
 * Takes a test clinic's episode through intake, examination, assessment, a plan of care (mobility and postural
 * exercise, soft tissue mobilization: 97110, 97112, 97140) starting {@code planStart}, one goal, and signs the
 * initial evaluation, as the therapist would.
 */
public final class SignedEvaluation {

    private static final Pattern SCREENING = Pattern.compile("/screenings/([0-9a-f-]{36})/acknowledgements");

    private SignedEvaluation() {
    }

    /** The episode, who takes it through (front desk: the intake link; the physical therapist), and their password. */
    public record Care(UUID episodeId, LocalDate startedOn, String frontDesk, String therapist, String password) {
        static Care of(TestClinics.Clinic clinic) {
            return new Care(clinic.episode().id(), clinic.episode().startedOn(), clinic.user(Role.FRONT_DESK).email(),
                    clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        }
    }

    public static void sign(int port, TestClinics.Clinic clinic, LocalDate planStart) {
        sign(port, Care.of(clinic), planStart);
    }

    /** The same for any clinic's episode (another application's, reached through {@code port}). */
    public static void sign(int port, Care care, LocalDate planStart) {
        IntakeLinks.complete(port, WebSession.signIn(port, care.frontDesk(), care.password()),
                "/episodes/" + care.episodeId(), CompleteIntake.fields());
        signAfterIntake(port, care, planStart);
    }

    /** The same, for an episode whose intake is already submitted (by the patient, or taken by a therapist). */
    public static void signAfterIntake(int port, TestClinics.Clinic clinic, LocalDate planStart) {
        signAfterIntake(port, Care.of(clinic), planStart);
    }

    private static void signAfterIntake(int port, Care care, LocalDate planStart) {
        signAfterIntake(WebSession.signIn(port, care.therapist(), care.password()), "/episodes/" + care.episodeId(),
                care.startedOn(), planStart);
    }

    /** The same, by a therapist already signed in, for the episode at {@code episode} that started on the day given. */
    public static void signAfterIntake(WebSession therapist, String episode, LocalDate startedOn, LocalDate planStart) {
        String evaluation = episode + "/evaluation";
        assertThat(therapist.postMultipart(episode + "/exam", Map.of("kyphosis", List.of("INCREASED"),
                "pa.T5", List.of("HYPO")), null, null, null, episode + "/exam").status()).isEqualTo(302);
        assertThat(therapist.postMulti(episode + "/plan", Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("8"), "startDate", List.of(planStart.toString()),
                "certification", List.of("SIGNED_PLAN"), "signatureReceived", List.of(planStart.toString()),
                "intervention", List.of("MOBILITY_EXERCISE", "POSTURAL_EXERCISE", "SOFT_TISSUE_MOBILIZATION")),
                evaluation).status()).isEqualTo(302);
        Map<String, List<String>> goal = new HashMap<>(Map.of("activity", List.of("sit through a workday"),
                "instrument", List.of("NPRS"), "baseline", List.of("7"), "target", List.of("3"),
                "deadline", List.of(planStart.plusWeeks(6).toString()),
                "participation", List.of("return to full-time desk work"),
                "relevantTo", List.of("Sitting through a workday"), "term", List.of("LONG_TERM")));
        assertThat(therapist.postMulti(episode + "/goals", goal, evaluation).status()).isEqualTo(302);
        assertThat(therapist.post(episode + "/assessment", Map.of("classification", "HYPERKYPHOSIS",
                "prognosis", "GOOD", "presentation", "EVOLVING", "decisionMaking", "MODERATE", "personalFactors", "1",
                "narrative", "Mid-thoracic stiffness with increased kyphosis."), evaluation).status()).isEqualTo(302);
        String page = therapist.get(episode).body();
        Matcher screening = SCREENING.matcher(page);
        Matcher condition = Pattern.compile("name=\"condition\" value=\"([A-Z_]+)\"").matcher(page);
        while (screening.find() && condition.find()) {
            therapist.post("/screenings/" + screening.group(1) + "/acknowledgements", Map.of("episodeId",
                    episode.substring(episode.lastIndexOf('/') + 1), "condition", condition.group(1), "note", "Reviewed"), episode);
        }
        // The evaluation visit is dated the plan's start: the episode's start of care moves back to it first.
        LocalDate evaluatedOn = planStart.isAfter(LocalDate.now()) ? LocalDate.now() : planStart;
        if (evaluatedOn.isBefore(startedOn)) {
            WebSession.Page moved = therapist.post(episode + "/start-date", Map.of("startedOn", evaluatedOn.toString(),
                    "reason", "First visit documented on paper"), episode);
            // A test may have moved the start itself already.
            assertThat(moved.status() == 302 || moved.body().contains("That is already the start of care"))
                    .as("the start of care is the evaluation's day").isTrue();
        }
        assertThat(therapist.post(episode + "/evaluation/sign", Map.of("evaluatedOn", evaluatedOn.toString()),
                evaluation).status()).isEqualTo(302);
        assertThat(therapist.get(evaluation).body()).as("the evaluation is signed").contains("Signed by");
    }

    /**
     * Everything but signing, for a plan certified by a verbal order on {@code start}: exam, plan (mobility and
     * postural exercise, soft tissue mobilization, 2× a week for 6 weeks), a goal, the assessment, and every concern
     * of the screening acknowledged.
     */
    public static void prepareWithVerbalOrder(WebSession therapist, TestClinics.Clinic clinic, LocalDate start,
                                              String narrative) {
        String episode = "/episodes/" + clinic.episode().id();
        String evaluation = episode + "/evaluation";
        assertThat(therapist.postMultipart(episode + "/exam", Map.of("kyphosis", List.of("INCREASED"),
                "pa.T5", List.of("HYPO")), null, null, null, episode + "/exam").status()).isEqualTo(302);
        assertThat(therapist.postMulti(episode + "/plan", Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("6"), "startDate", List.of(start.toString()),
                "certification", List.of("VERBAL_ORDER"), "verbalOrderOn", List.of(start.toString()),
                "intervention", List.of("MOBILITY_EXERCISE", "POSTURAL_EXERCISE", "SOFT_TISSUE_MOBILIZATION")),
                evaluation).status()).isEqualTo(302);
        Map<String, List<String>> goal = new HashMap<>(Map.of("activity", List.of("sit through a workday"),
                "instrument", List.of("NPRS"), "baseline", List.of("7"), "target", List.of("3"),
                "deadline", List.of(start.plusWeeks(5).toString()), "participation", List.of("return to desk work"),
                "relevantTo", List.of("Sitting through a workday"), "term", List.of("LONG_TERM")));
        assertThat(therapist.postMulti(episode + "/goals", goal, evaluation).status()).isEqualTo(302);
        assertThat(therapist.post(episode + "/assessment", Map.of("classification", "HYPERKYPHOSIS",
                "prognosis", "GOOD", "presentation", "EVOLVING", "decisionMaking", "MODERATE", "personalFactors", "1",
                "narrative", narrative), evaluation).status()).isEqualTo(302);
        String page = therapist.get(episode).body();
        Matcher screening = SCREENING.matcher(page);
        Matcher condition = Pattern.compile("name=\"condition\" value=\"([A-Z_]+)\"").matcher(page);
        while (screening.find() && condition.find()) {
            assertThat(therapist.post("/screenings/" + screening.group(1) + "/acknowledgements", Map.of("episodeId",
                    episode.substring(episode.lastIndexOf('/') + 1), "condition", condition.group(1), "note",
                    "Imaging requested through the referring physician; no thrust or mobilisation until cleared"),
                    episode).status()).isEqualTo(302);
        }
    }
}
