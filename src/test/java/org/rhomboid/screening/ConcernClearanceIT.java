package org.rhomboid.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.plan.PlanService;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording how a red-flag concern ended, on a real database: the report uploaded with the outcome, the screen
 * re-run so that the banner and the plan's safety checks move on (a cleared fracture allows joint mobilisation,
 * osteoporosis still forbids thrust), problems beside their fields, therapists only, one clinic only.
 */
@RhomboidIntegrationTest
class ConcernClearanceIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ScreeningService screening;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    TestClinics.Clinic clinic;
    WebSession therapist;

    @BeforeEach
    void osteoporoticFall() {
        clinic = clinics.create("Clearwell");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        // A woman of 66 with osteoporosis after a minor fall: possible compression fracture, urgent imaging.
        therapist.postMulti(episode() + "/exam-findings", Map.of("finding", List.of("OSTEOPOROSIS", "MINOR_TRAUMA")),
                episode());
    }

    private String episode() {
        return "/episodes/" + clinic.episode().id();
    }

    private String chart() {
        return "/patients/" + clinic.patient().id();
    }

    private static Map<String, List<String>> outcome(String method, LocalDate date, String note) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("condition", List.of("VERTEBRAL_FRACTURE"));
        fields.put("method", List.of(method));
        fields.put("resultDate", List.of(date.toString()));
        fields.put("note", List.of(note));
        return fields;
    }

    private WebSession.Page record(WebSession who, Map<String, List<String>> fields, String fileName, byte[] file) {
        return who.postMultipart(episode() + "/clearances", fields, fileName == null ? null : "file", fileName, file,
                episode());
    }

    private Map<Intervention, InterventionSafety.Status> planCheck() {
        EpisodeScreening screened = ClinicScope.callAs(clinic.id(), () -> screening.of(clinic.episode()));
        Map<Intervention, InterventionSafety.Status> verdicts = new LinkedHashMap<>();
        PlanService.safety(screened, null).verdicts(List.of(Intervention.THORACIC_MOBILIZATION_GRADE_I_II,
                Intervention.THORACIC_THRUST_MANIPULATION), Set.of())
                .forEach(v -> verdicts.put(v.intervention(), v.status()));
        return verdicts;
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private int clearances() {
        return db().sql("select count(*) from concern_clearance where episode_id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single();
    }

    @Test
    void imagingWithAnUploadedReportClearsTheFractureAndTheScreenMovesOn() {
        String before = therapist.get(episode()).body();
        assertThat(before).contains("Urgent referral").contains("Do not treat until this is resolved")
                .contains("Record the outcome");
        assertThat(planCheck()).containsEntry(Intervention.THORACIC_MOBILIZATION_GRADE_I_II,
                InterventionSafety.Status.CONTRAINDICATED).containsEntry(Intervention.THORACIC_THRUST_MANIPULATION,
                InterventionSafety.Status.CONTRAINDICATED);

        LocalDate result = LocalDate.now().minusDays(1);
        WebSession.Page recorded = record(therapist, outcome("IMAGING", result,
                "MRI: old healed T8 wedge, no acute fracture. Dr Brooks clears treatment."), "mri-report.pdf",
                TestDocuments.pdf("MRI thoracic spine: no acute fracture"));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(recorded.location()).endsWith(episode() + "#concerns");

        String after = therapist.get(episode()).body();
        assertThat(after).contains("Outcome recorded; screening re-run.").contains("Cleared")
                .contains("MRI: old healed T8 wedge").doesNotContain("Do not treat until this is resolved")
                .contains("Outcome of a concern recorded").contains("Outcomes recorded (1)");
        String chart = therapist.get(chart()).body();
        assertThat(chart).doesNotContain("Urgent referral")
                .contains("Vertebral fracture — cleared on " + readable(result) + " by imaging (Imaging report, "
                        + readable(result) + ")")
                .contains("mri-report.pdf");

        // The report was filed to the chart; the clearance points at it; the screening names the clearance.
        UUID clearance = db().sql("select id from concern_clearance where episode_id = :e")
                .param("e", clinic.episode().id()).query(UUID.class).single();
        Map<String, Object> report = db().sql("""
                select d.kind, d.episode_id, d.document_date from concern_clearance c
                  join outside_document d on d.id = c.document_id where c.id = :id""")
                .param("id", clearance).query().singleRow();
        assertThat(report).containsEntry("kind", "IMAGING_REPORT").containsEntry("episode_id", clinic.episode().id());
        Map<String, Object> latest = db().sql("""
                select trigger, clearance_id, disposition from screening where episode_id = :e
                 order by screened_at desc limit 1""").param("e", clinic.episode().id()).query().singleRow();
        assertThat(latest).containsEntry("trigger", "CLEARANCE").containsEntry("clearance_id", clearance)
                .containsEntry("disposition", "TREAT");

        // The plan now allows joint mobilisation (with care for fragile bone); osteoporosis still forbids thrust.
        assertThat(planCheck()).containsEntry(Intervention.THORACIC_MOBILIZATION_GRADE_I_II,
                InterventionSafety.Status.CAUTION).containsEntry(Intervention.THORACIC_THRUST_MANIPULATION,
                InterventionSafety.Status.CONTRAINDICATED);

        assertThat(db().sql("""
                select resource_type from audit_event where patient_id = :p and action = 'CREATE'
                   and resource_type in ('ConcernClearance', 'OutsideDocument', 'Screening')""")
                .param("p", clinic.patient().id()).query(String.class).list())
                .contains("ConcernClearance", "OutsideDocument").filteredOn("Screening"::equals).hasSize(2);
    }

    @Test
    void aReportAlreadyInTheChartCanBeChosenAndProblemsComeBackBesideTheirFields() {
        // Everything wrong at once: nothing recorded, every message beside its field, the note kept.
        WebSession.Page refused = record(therapist, outcome("RESCREEN", LocalDate.now().plusDays(2),
                "Feels better, I think"), null, null);
        assertThat(refused.status()).isEqualTo(302);
        String page = therapist.get(episode()).body();
        assertThat(page).contains("Nothing was recorded")
                .contains("An urgent or emergency concern is cleared by imaging or a physician’s clearance, not by a re-screen")
                .contains("The result must be dated between the onset").contains("Feels better, I think")
                .contains("id=\"cl-date-VERTEBRAL_FRACTURE-error\"");
        assertThat(record(therapist, outcome("IMAGING", LocalDate.now(), " "), "scan.pdf",
                "<html>not a pdf</html>".getBytes()).status()).isEqualTo(302);
        assertThat(therapist.get(episode()).body()).contains("Write what the result showed")
                .contains("this file is none of them");
        assertThat(clearances()).isZero();
        // A report far over the server's upload limit still gets a message, never an error page.
        WebSession.Page huge = record(therapist, outcome("IMAGING", LocalDate.now(), "CT"), "ct.pdf",
                TestDocuments.pdfOfSize(25 * 1024 * 1024));
        assertThat(huge.status()).isEqualTo(303);
        assertThat(huge.location()).endsWith(episode() + "#concerns");
        assertThat(therapist.get(episode()).body())
                .contains("The file is larger than 10 MB; scan it at a lower resolution, or in parts. Nothing was recorded");
        assertThat(clearances()).isZero();

        // Another patient's report is not this patient's evidence.
        UUID stranger = UUID.randomUUID();
        UUID strangersReport = UUID.randomUUID();
        db().sql("""
                insert into patient (id, clinic_id, mrn, family_name, given_name, birth_date, sex, primary_payer)
                values (:id, :clinic, :mrn, 'Other', 'Olive', date '1950-01-01', 'FEMALE', 'SELF_PAY')""")
                .param("id", stranger).param("clinic", clinic.id()).param("mrn", ("X" + stranger.toString().substring(0, 8)).toUpperCase())
                .update();
        byte[] pdf = TestDocuments.pdf("Someone else's MRI");
        db().sql("""
                insert into outside_document (id, clinic_id, patient_id, kind, document_date, file_name, content_type,
                                              size_bytes, bytes, sha256, uploaded_by, uploaded_by_name)
                values (:id, :clinic, :patient, 'IMAGING_REPORT', current_date, 'mri.pdf', 'application/pdf', :size,
                        :bytes, repeat('a', 64), :by, 'PT')""")
                .param("id", strangersReport).param("clinic", clinic.id()).param("patient", stranger)
                .param("size", pdf.length).param("bytes", pdf).param("by", clinic.user(Role.PT).id()).update();
        Map<String, List<String>> chosen = outcome("PHYSICIAN_CLEARANCE", LocalDate.now(), "Dr Brooks: cleared");
        chosen.put("documentId", List.of(strangersReport.toString()));
        record(therapist, chosen, null, null);
        assertThat(therapist.get(episode()).body()).contains("Choose one of the patient’s documents, or none");
        assertThat(clearances()).isZero();

        // The front desk filed the physician's letter; the therapist chooses it.
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        frontDesk.postMultipart(chart() + "/documents", Map.of("kind", List.of("PHYSICIAN_LETTER"),
                "documentDate", List.of(LocalDate.now().toString()), "note", List.of("Dr Brooks, fracture excluded")),
                "file", "letter.pdf", TestDocuments.pdf("Letter"), chart());
        UUID letter = db().sql("select id from outside_document where patient_id = :p")
                .param("p", clinic.patient().id()).query(UUID.class).single();
        assertThat(therapist.get(episode()).body()).contains("Physician letter, " + readable(LocalDate.now())
                + " — Dr Brooks, fracture excluded");
        chosen.put("documentId", List.of(letter.toString()));
        record(therapist, chosen, null, null);
        assertThat(db().sql("select document_id from concern_clearance where episode_id = :e")
                .param("e", clinic.episode().id()).query(UUID.class).single()).isEqualTo(letter);
        assertThat(therapist.get(episode()).body()).contains("Physician letter, " + readable(LocalDate.now()))
                .contains("Dr Brooks: cleared");
        assertThat(therapist.get(chart()).body()).contains("Vertebral fracture — cleared on " + readable(LocalDate.now())
                + " by physician clearance (Physician letter, " + readable(LocalDate.now()) + ")");
    }

    @Test
    void onlyAPhysicalTherapistRecordsTheOutcomeAndOnlyInTheirClinic() {
        for (Role role : List.of(Role.PTA, Role.FRONT_DESK, Role.BILLER)) {
            WebSession other = WebSession.signIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
            assertThat(record(other, outcome("IMAGING", LocalDate.now(), "MRI clear"), null, null).status())
                    .as(role.name()).isEqualTo(403);
        }
        TestClinics.Clinic elsewhere = clinics.create("Elsewhere");
        WebSession stranger = WebSession.signIn(port, elsewhere.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(stranger.postMultipart(episode() + "/clearances", outcome("IMAGING", LocalDate.now(), "MRI clear"),
                null, null, null, "/patients").status()).isEqualTo(404);
        assertThat(clearances()).isZero();

        // Recorded here, the clearance is invisible to the other clinic even to a query that forgets its filter.
        record(therapist, outcome("PHYSICIAN_CLEARANCE", LocalDate.now(), "Dr Brooks: no fracture"), null, null);
        assertThat(clearances()).isOne();
        String count = "select count(*) from concern_clearance where episode_id = '" + clinic.episode().id() + "'";
        Integer seenElsewhere = ClinicScope.callAs(elsewhere.id(), () -> transaction.execute(status ->
                jdbc.sql(count).query(Integer.class).single()));
        Integer seenHere = ClinicScope.callAs(clinic.id(), () -> transaction.execute(status ->
                jdbc.sql(count).query(Integer.class).single()));
        assertThat(seenElsewhere).isZero();
        assertThat(seenHere).isOne();
    }

    @Test
    void aScreeningStoredBeforeClearancesExistedStillReads() {
        db().sql("""
                insert into screening (id, clinic_id, episode_id, age, sex, findings, disposition, result, trigger)
                values (:id, :clinic, :episode, 66, 'FEMALE', '{FEVER}', 'ROUTINE_REFERRAL', cast(:result as jsonb),
                        'EXAM')""")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("result", """
                        {"disposition":"ROUTINE_REFERRAL","concerns":[{"condition":"SPINAL_INFECTION",
                         "level":"ROUTINE_REFERRAL","findings":["FEVER"],"rationale":"Fever with back pain",
                         "source":"INFECTION-YUSUF"}],"precautions":[]}""").update();
        WebSession.Page page = therapist.get(episode());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Spinal infection").contains("Routine referral");
    }

    private static String readable(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH));
    }
}
