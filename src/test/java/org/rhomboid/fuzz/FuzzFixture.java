package org.rhomboid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffAccounts;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.TestImages;
import org.rhomboid.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One clinic for the fuzz to work in, with something behind every id a route takes: an episode (evaluated and signed
 * when {@code signed}, so visit notes, home exercise and certification accept work; still open for examination,
 * assessment and plan otherwise), a draft daily note, a goal, a posture photo, an outside document, a claim batch, a
 * clinic exercise, a spare member of staff, and live intake, measures and portal links. Every role is signed in, on
 * the web and on the API.
 */
final class FuzzFixture {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/(?:intake|measures|portal)/[^<\"]+)<");

    final TestClinics.Clinic clinic;
    final Map<String, FuzzClient> clients = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    FuzzFixture(int port, TestClinics clinics, StaffAccounts accounts, DataSource owner, String name, boolean signed) {
        clinic = clinics.create(name);
        String episode = "/episodes/" + clinic.episode().id();
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        JdbcClient db = JdbcClient.create(owner);
        ids.put("patientId", clinic.patient().id().toString());
        ids.put("episodeId", clinic.episode().id().toString());
        ids.put("kind", "plan-of-care");
        if (signed) {
            SignedEvaluation.sign(port, clinic, LocalDate.now().minusDays(10));
            String note = therapist.post(episode + "/notes", Map.of("kind", "DAILY_NOTE"), episode + "/notes")
                    .location();
            assertThat(note).as("a draft daily note").containsPattern("/notes/[0-9a-f-]{36}$");
            ids.put("noteId", note.substring(note.lastIndexOf('/') + 1));
            assertThat(therapist.postMulti(episode + "/hep", Map.of("ex.0.code", List.of("cat-cow"), "ex.0.sets",
                    List.of("1"), "ex.0.reps", List.of("10"), "ex.0.timesPerDay", List.of("1"), "ex.0.daysPerWeek",
                    List.of("7"), "ex.0.safetyNote", List.of("Mid-range only"),
                    "ex.0.patientNote", List.of("Keep the movement small")), episode + "/hep").status())
                    .isEqualTo(302);
            ids.put("portal", link(therapist.post(episode + "/portal-link", Map.of(), episode + "/hep")));
        } else {
            ids.put("noteId", StoredNotes.insert(owner, clinic, Role.PTA, "AWAITING_COSIGN", LocalDate.now(), 0)
                    .toString());
            ids.put("intake", IntakeLinks.issue(therapist, episode));
        }
        ids.put("measures", link(therapist.postMulti(episode + "/measures-link", Map.of("instrument",
                List.of("NPRS", "GROC")), episode + "/outcomes")));
        ids.put("screeningId", db.sql("select id::text from screening where episode_id = :e order by 1 limit 1")
                .param("e", clinic.episode().id()).query(String.class).optional()
                .orElse(UUID.randomUUID().toString()));
        ids.put("goalId", insertGoal(db));
        ids.put("photoId", insertPhoto(db));
        ids.put("documentId", insertDocument(db));
        UUID appointment = UUID.randomUUID();
        db.sql("insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, booked_by)"
                        + " values (:id, :clinic, :patient, :pt, 'TREATMENT', date_trunc('hour', now()) + interval '2 days',"
                        + " date_trunc('hour', now()) + interval '2 days 45 minutes', :pt)")
                .param("id", appointment).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("pt", clinic.user(Role.PT).id()).update();
        ids.put("appointmentId", appointment.toString());
        ids.put("batchId", insertBatch(db));
        ids.put("code", insertExercise(db, name));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ids.put("userId", ClinicScope.callAs(clinic.id(), () -> accounts.create("spare-" + suffix
                + "@test.rhomboid.org", "Spare PTA", TestClinics.PASSWORD, Set.of(Role.PTA), null)).id().toString());
        for (Role role : Role.values()) {
            String email = clinic.user(role).email();
            clients.put(role.name(), FuzzClient.signedIn(port, email, TestClinics.PASSWORD,
                    ApiClient.signedIn(port, email, TestClinics.PASSWORD).token()));
        }
        FuzzClient patient = FuzzClient.anonymous(port);
        patient.csrfFrom(ids.getOrDefault("intake", ids.get("measures")));
        clients.put(FuzzCase.ANONYMOUS, patient);
    }

    /** The route with this clinic's ids (a patient's link for {token}, by the route it serves). */
    String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value;
            if (variable.equals("token")) {
                String link = pattern.startsWith("/intake/") ? ids.get("intake")
                        : pattern.startsWith("/measures/") ? ids.get("measures") : ids.get("portal");
                value = link == null ? "no-such-link" : link.substring(link.lastIndexOf('/') + 1);
            } else if (variable.equals("code") && pattern.startsWith("/api/v1/codes/")) {
                value = "M54.6";
            } else {
                value = ids.getOrDefault(variable, UUID.randomUUID().toString());
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The concrete paths of the pages to read forms from: links first (they are the patient's only pages). */
    List<String> linkPages() {
        return java.util.stream.Stream.of("intake", "measures", "portal").map(ids::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String link(WebSession.Page page) {
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).as("the page shows the patient's link").isTrue();
        return URI.create(matcher.group(1)).getPath();
    }

    private String insertGoal(JdbcClient db) {
        UUID goal = UUID.randomUUID();
        db.sql("insert into goal (id, clinic_id, episode_id, activity, instrument, baseline, target, deadline,"
                        + " participation, relevant_to, term, created_by) values (:id, :clinic, :episode, 'sit',"
                        + " 'NPRS', 7, 3, current_date + 30, 'work', 'Swimming', 'SHORT_TERM', :by)")
                .param("id", goal).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("by", clinic.user(Role.PT).id()).update();
        return goal.toString();
    }

    private String insertPhoto(JdbcClient db) {
        UUID photo = UUID.randomUUID();
        db.sql("insert into posture_photo (id, clinic_id, episode_id, content_type, width, height, bytes, uploaded_by)"
                        + " values (:id, :clinic, :episode, 'image/png', 600, 800, :bytes, :by)")
                .param("id", photo).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("bytes", TestImages.posturePhoto(600, 800)).param("by", clinic.user(Role.PT).id()).update();
        return photo.toString();
    }

    private String insertDocument(JdbcClient db) {
        UUID document = UUID.randomUUID();
        byte[] pdf = TestDocuments.pdf("Referral");
        db.sql("insert into outside_document (id, clinic_id, patient_id, episode_id, kind, document_date, note,"
                        + " file_name, content_type, size_bytes, bytes, sha256, uploaded_by, uploaded_by_name)"
                        + " values (:id, :clinic, :patient, :episode, 'REFERRAL', current_date, 'Faxed',"
                        + " 'referral.pdf', 'application/pdf', :size, :bytes, repeat('0', 64), :by, 'Front desk')")
                .param("id", document).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("size", pdf.length).param("bytes", pdf)
                .param("by", clinic.user(Role.FRONT_DESK).id()).update();
        return document.toString();
    }

    private String insertBatch(JdbcClient db) {
        UUID batch = UUID.randomUUID();
        db.sql("insert into claim_batch (id, clinic_id, number, control_number, from_date, to_date, created_by,"
                        + " created_by_name, claim_count, held_count, total_charge, usage, file) values (:id, :clinic,"
                        + " 1, 1, current_date, current_date, :by, 'Biller', 1, 0, 171, 'T', 'ISA*00~')")
                .param("id", batch).param("clinic", clinic.id()).param("by", clinic.user(Role.BILLER).id()).update();
        return batch.toString();
    }

    private String insertExercise(JdbcClient db, String name) {
        String code = "c-" + name.toLowerCase(java.util.Locale.ROOT) + "-wall-press";
        db.sql("insert into clinic_exercise (clinic_id, code, name, category, purpose, steps, dosage, cautions,"
                        + " start_pose, end_pose, created_by) values (:clinic, :code, :name, 'STRENGTH',"
                        + " 'Strength', '{\"Push\"}', 'sets=1 reps=10 times=1 days=7', '{\"Stop if sore\"}',"
                        + " 'x=120 y=96 trunk=90', 'x=120 y=96 trunk=90 shoulder=90 shoulder2=90', :by)")
                .param("clinic", clinic.id()).param("code", code).param("name", name + " wall press")
                .param("by", clinic.user(Role.PT).id()).update();
        return code;
    }
}
