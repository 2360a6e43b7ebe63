package org.rhomboid.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.TestImages;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing documents from outside to the chart on a real database: who may file and see what, content-type lies
 * and oversized files refused beside the field (never an error page), the served bytes' headers, entered in
 * error, and the audit trail of it all.
 */
@RhomboidIntegrationTest
class OutsideDocumentsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    /** The rule's message in its place beside the file field (the input also carries it for the browser's check). */
    private static final String FILE_TOO_LARGE = "id=\"doc-file-error\" role=\"alert\">The file is larger than 10 MB";

    TestClinics.Clinic clinic;
    WebSession frontDesk;
    WebSession therapist;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Faxmore");
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String chart() {
        return "/patients/" + clinic.patient().id();
    }

    private static Map<String, List<String>> details(String kind, LocalDate date, String note) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("kind", List.of(kind));
        fields.put("documentDate", List.of(date.toString()));
        fields.put("note", List.of(note));
        return fields;
    }

    private WebSession.Page upload(WebSession who, Map<String, List<String>> fields, String fileName, byte[] file) {
        return who.postMultipart(chart() + "/documents", fields, file == null ? null : "file", fileName, file, chart());
    }

    /** Uploads, follows the redirect back to the chart, and returns the chart as it then reads. */
    private String uploadAndFollow(WebSession who, Map<String, List<String>> fields, String fileName, byte[] file) {
        WebSession.Page answer = upload(who, fields, fileName, file);
        assertThat(answer.status()).isIn(302, 303);
        assertThat(answer.location()).endsWith(chart() + "#documents");
        return who.get(chart()).body();
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private UUID documentWithNote(String note) {
        return db().sql("select id from outside_document where patient_id = :p and note = :n")
                .param("p", clinic.patient().id()).param("n", note).query(UUID.class).single();
    }

    private int documents() {
        return db().sql("select count(*) from outside_document where patient_id = :p").param("p", clinic.patient().id())
                .query(Integer.class).single();
    }

    private int audited(String action, String outcome) {
        return db().sql("""
                select count(*) from audit_event where patient_id = :p and resource_type = 'OutsideDocument'
                   and action = :a and outcome = :o""")
                .param("p", clinic.patient().id()).param("a", action).param("o", outcome).query(Integer.class).single();
    }

    @Test
    void theFrontDeskAndTheTherapistFileDocumentsAndTheFrontDeskSeesOnlyItsOwn() {
        String afterReferral = uploadAndFollow(frontDesk, details("REFERRAL", LocalDate.now().minusDays(2),
                "Faxed by Dr Okafor"), "referral.pdf", TestDocuments.pdf("Referral"));
        assertThat(afterReferral).contains("Document filed.").contains("Faxed by Dr Okafor").contains("referral.pdf");
        Map<String, List<String>> imaging = details("IMAGING_REPORT", LocalDate.now().minusDays(1),
                "CT chest, St Mary’s radiology");
        imaging.put("episodeId", List.of(clinic.episode().id().toString()));
        uploadAndFollow(therapist, imaging, "mri.png", TestImages.posturePhoto(400, 300));
        UUID referral = documentWithNote("Faxed by Dr Okafor");
        UUID mri = documentWithNote("CT chest, St Mary’s radiology");

        // Clinicians and billers see both; the front desk only what it filed, and the therapist's report is, to it,
        // nothing at all.
        assertThat(therapist.get(chart()).body()).contains("Faxed by Dr Okafor").contains("CT chest, St Mary’s");
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.get(chart()).body()).contains("Faxed by Dr Okafor").contains("CT chest, St Mary’s");
        assertThat(biller.getBytes("/documents/" + mri).statusCode()).isEqualTo(200);
        String frontDeskChart = frontDesk.get(chart()).body();
        assertThat(frontDeskChart).contains("Faxed by Dr Okafor").doesNotContain("CT chest")
                .doesNotContain(mri.toString());
        assertThat(frontDesk.getBytes("/documents/" + mri).statusCode()).isEqualTo(404);
        assertThat(frontDesk.getBytes("/documents/" + mri + "/download").statusCode()).isEqualTo(404);
        assertThat(frontDesk.getBytes("/documents/" + referral).statusCode()).isEqualTo(200);

        assertThat(db().sql("select episode_id from outside_document where id = :id").param("id", mri)
                .query(UUID.class).single()).isEqualTo(clinic.episode().id());
        assertThat(db().sql("select content_type from outside_document where id = :id").param("id", mri)
                .query(String.class).single()).isEqualTo("image/png");
        assertThat(db().sql("select uploaded_by_name from outside_document where id = :id").param("id", referral)
                .query(String.class).single()).isEqualTo(clinic.user(Role.FRONT_DESK).displayName());

        assertThat(audited("CREATE", "SUCCESS")).isEqualTo(2);
        assertThat(audited("READ", "SUCCESS")).isGreaterThanOrEqualTo(4 + 3); // lists, then the three reads served
        assertThat(audited("READ", "DENIED")).isEqualTo(2);
    }

    @Test
    void filesThatLieAboutTheirTypeAreRefusedBesideTheFieldWithTheFormKept() {
        Map<String, List<String>> fields = details("REFERRAL", LocalDate.now(), "Referral from the ED");
        String html = uploadAndFollow(frontDesk, fields, "referral.pdf",
                "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html).contains("Nothing was filed")
                .contains("Upload a PDF, JPEG or PNG file; this file is none of them, whatever its name says")
                .contains("Referral from the ED").containsPattern("value=\"REFERRAL\"\\s+selected=\"selected\"");
        String svg = uploadAndFollow(frontDesk, fields, "scan.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        assertThat(svg).contains("this file is none of them");
        assertThat(uploadAndFollow(frontDesk, fields, "empty.pdf", new byte[0]))
                .contains("The file is empty; scan or save it again");
        assertThat(documents()).isZero();

        // Every problem at once, beside its field.
        Map<String, List<String>> wrong = details("", LocalDate.now().plusDays(3), "x".repeat(1001));
        wrong.put("episodeId", List.of(UUID.randomUUID().toString()));
        assertThat(uploadAndFollow(frontDesk, wrong, null, null)).contains("Choose what kind of document this is")
                .contains("The date on the document can’t be in the future").contains("Use at most 1000 characters")
                .contains("Choose one of the patient’s episodes, or none").contains("Choose the file to upload")
                .contains("id=\"doc-date-error\"").contains("value=\"" + LocalDate.now().plusDays(3) + "\"");
        assertThat(documents()).isZero();

        // A PNG the browser calls a PDF is a PNG: stored and served as one.
        uploadAndFollow(frontDesk, details("INSURANCE_CARD", LocalDate.now(), "Card, both sides"), "card.pdf",
                TestImages.posturePhoto(320, 200));
        UUID card = documentWithNote("Card, both sides");
        assertThat(frontDesk.getBytes("/documents/" + card).headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void anOversizedFileIsAMessageBesideTheFieldNeverAnErrorPage() {
        Map<String, List<String>> fields = details("IMAGING_REPORT", LocalDate.now(), "CT with contrast, 40 slices");
        // Just over the rule's 10 MB: the rule answers, and the form is kept.
        String justOver = uploadAndFollow(therapist, fields, "ct.pdf", TestDocuments.pdfOfSize(10 * 1024 * 1024 + 1));
        assertThat(justOver).contains(FILE_TOO_LARGE).contains("CT with contrast, 40 slices");

        // Far over: the server's multipart limit would refuse to read the form; the person still gets the message.
        WebSession.Page huge = upload(therapist, fields, "ct.pdf", TestDocuments.pdfOfSize(25 * 1024 * 1024));
        assertThat(huge.status()).isEqualTo(303);
        assertThat(huge.location()).endsWith(chart() + "#documents");
        String back = therapist.get(chart()).body();
        assertThat(back).contains(FILE_TOO_LARGE).doesNotContain("Your role does not allow this");
        // The message is shown once.
        assertThat(therapist.get(chart()).body()).doesNotContain("id=\"doc-file-error\"");
        assertThat(documents()).isZero();
    }

    @Test
    void theBytesAreServedSandboxedUncachedUnsniffedAndNamedWithoutPatientData() {
        byte[] pdf = TestDocuments.pdf("Plan of care signed by Dr Okafor");
        uploadAndFollow(therapist, details("SIGNED_PLAN_OF_CARE", LocalDate.now(), "Signed plan"),
                "Faxmore Quinn signed plan.pdf", pdf);
        UUID id = documentWithNote("Signed plan");

        HttpResponse<byte[]> view = therapist.getBytes("/documents/" + id);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).isEqualTo(pdf);
        assertThat(view.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(view.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"outside-document-" + id + ".pdf\"");
        assertThat(view.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(view.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(view.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");

        HttpResponse<byte[]> download = therapist.getBytes("/documents/" + id + "/download");
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"outside-document-" + id + ".pdf\"");
        assertThat(download.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
        // The chart keeps the sender's name as a label; the served name says nothing about the patient.
        assertThat(therapist.get(chart()).body()).contains("Faxmore Quinn signed plan.pdf");
        assertThat(db().sql("select sha256 from outside_document where id = :id").param("id", id)
                .query(String.class).single()).hasSize(64);

        assertThat(WebSession.anonymous(port).getBytes("/documents/" + id).statusCode()).isIn(302, 401);
    }

    @Test
    void aDocumentFiledByMistakeIsMarkedEnteredInErrorAndStaysInTheHistory() {
        uploadAndFollow(frontDesk, details("REFERRAL", LocalDate.now(), "Referral for someone else"), "r.pdf",
                TestDocuments.pdf("Referral"));
        UUID mine = documentWithNote("Referral for someone else");
        uploadAndFollow(therapist, details("PHYSICIAN_LETTER", LocalDate.now(), "Letter from Dr Brooks"), "l.pdf",
                TestDocuments.pdf("Letter"));
        UUID theirs = documentWithNote("Letter from Dr Brooks");

        // A reason is required, and the answer comes back beside the reason field.
        WebSession.Page blank = frontDesk.post("/documents/" + mine + "/error", Map.of("reason", " "), chart());
        assertThat(blank.location()).endsWith(chart() + "#document-" + mine);
        assertThat(frontDesk.get(chart()).body()).contains("Say why it was entered in error");

        frontDesk.post("/documents/" + mine + "/error", Map.of("reason", "Wrong patient"), chart());
        String page = frontDesk.get(chart()).body();
        assertThat(page).contains("Marked entered in error.").contains("entered-in-error")
                .contains("Entered in error: <span>Wrong patient</span>");
        assertThat(frontDesk.getBytes("/documents/" + mine).statusCode()).isEqualTo(200);
        assertThat(frontDesk.post("/documents/" + mine + "/error", Map.of("reason", "Again"), chart()).status())
                .isEqualTo(302);
        assertThat(frontDesk.get(chart()).body()).contains("already marked entered in error");

        // An assistant who did not file the letter may not mark it; a physical therapist may.
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.post("/documents/" + theirs + "/error", Map.of("reason", "Not ours"), chart()).status())
                .isEqualTo(403);
        assertThat(audited("UPDATE", "DENIED")).isOne();
        therapist.post("/documents/" + theirs + "/error", Map.of("reason", "Duplicate of the fax"), chart());
        assertThat(db().sql("select count(*) from outside_document_error where document_id in (:a, :b)")
                .param("a", mine).param("b", theirs).query(Integer.class).single()).isEqualTo(2);
        assertThat(audited("UPDATE", "SUCCESS")).isEqualTo(2);
    }

    @Test
    void documentsAreRecordsTheApplicationCanNeitherChangeNorDelete() {
        uploadAndFollow(therapist, details("OTHER", LocalDate.now(), "Kept"), "k.pdf", TestDocuments.pdf("Kept"));
        UUID id = documentWithNote("Kept");
        for (String change : List.of("update outside_document set note = 'Changed' where id = :id",
                "delete from outside_document where id = :id", "delete from outside_document_error where document_id = :id")) {
            assertThatThrownBy(() -> ClinicScope.runAs(clinic.id(), () -> transaction.executeWithoutResult(status ->
                    jdbc.sql(change).param("id", id).update())))
                    .as(change).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        }
        assertThat(db().sql("select note from outside_document where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("Kept");
    }
}
