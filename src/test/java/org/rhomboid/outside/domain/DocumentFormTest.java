package org.rhomboid.outside.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);
    private static final LocalDate BORN = LocalDate.of(1954, 5, 2);

    @Test
    void aCompleteFormReadsIntoDetailsWithNoProblems() {
        UUID episode = UUID.randomUUID();
        DocumentForm.Read read = DocumentForm.read(Map.of("kind", List.of("IMAGING_REPORT"),
                "documentDate", List.of("2026-12-12"), "episodeId", List.of(episode.toString()),
                "note", List.of("  MRI thoracic spine  ")));
        assertThat(read.errors()).isEmpty();
        assertThat(read.details()).isEqualTo(new DocumentDetails(DocumentKind.IMAGING_REPORT,
                LocalDate.of(2026, 12, 12), episode, "MRI thoracic spine"));
        assertThat(read.details().problems(BORN, TODAY)).isEmpty();
    }

    @Test
    void theEpisodeAndTheNoteAreOptional() {
        DocumentForm.Read read = DocumentForm.read(Map.of("kind", List.of("INSURANCE_CARD"),
                "documentDate", List.of("2026-01-02")));
        assertThat(read.errors()).isEmpty();
        assertThat(read.details().episodeId()).isNull();
        assertThat(read.details().note()).isEmpty();
        assertThat(read.details().problems(BORN, TODAY)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        DocumentForm.Read read = DocumentForm.read(Map.of("kind", List.of("X_RAY"),
                "documentDate", List.of("12/12/2026"), "episodeId", List.of("not-an-id"),
                "note", List.of("x".repeat(1001))));
        assertThat(read.errors()).containsOnlyKeys("kind", "documentDate", "episodeId");
        assertThat(read.errors().get("kind")).isEqualTo("Choose one of the options");
        assertThat(read.errors().get("documentDate")).isEqualTo("Enter a date as yyyy-mm-dd");
        assertThat(read.details().problems(BORN, TODAY)).containsEntry("note", "Use at most 1000 characters")
                .containsEntry("kind", "Choose what kind of document this is")
                .containsEntry("documentDate", "Give the date written on the document");
    }

    @Test
    void theDateOnTheDocumentIsNeitherInTheFutureNorBeforeBirth() {
        assertThat(new DocumentDetails(DocumentKind.REFERRAL, TODAY.plusDays(1), null, "").problems(BORN, TODAY))
                .containsEntry("documentDate", "The date on the document can’t be in the future");
        assertThat(new DocumentDetails(DocumentKind.REFERRAL, BORN.minusDays(1), null, "").problems(BORN, TODAY))
                .containsEntry("documentDate", "The date on the document can’t be before the patient’s birth");
        assertThat(new DocumentDetails(DocumentKind.REFERRAL, TODAY, null, null).problems(BORN, TODAY)).isEmpty();
    }

    @Test
    void everyKindHasALabel() {
        assertThat(DocumentKind.values()).extracting(DocumentKind::label).doesNotHaveDuplicates()
                .contains("Referral", "Imaging report", "Signed plan of care", "Physician letter", "Insurance card");
    }
}
