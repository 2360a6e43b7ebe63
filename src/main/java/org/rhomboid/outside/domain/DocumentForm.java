package org.rhomboid.outside.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.shared.domain.FormReader;

/**
 * The upload form as typed (field → values): reads each field, noting a message for what can't be read, so a
 * refused upload shows every problem at once and the form comes back as the person typed it.
 */
public final class DocumentForm {

    /** The details that could be read, and the messages for those that couldn't. */
    public record Read(DocumentDetails details, Map<String, String> errors) {}

    private DocumentForm() {
    }

    public static Read read(Map<String, List<String>> fields) {
        FormReader form = new FormReader(fields);
        DocumentKind kind = form.choice("kind", DocumentKind.class);
        LocalDate date = form.date("documentDate", LocalDate.MIN, LocalDate.MAX, "Enter a date as yyyy-mm-dd");
        UUID episode = null;
        String rawEpisode = form.value("episodeId");
        if (!rawEpisode.isEmpty()) {
            try {
                episode = UUID.fromString(rawEpisode);
            } catch (IllegalArgumentException notAnId) {
                form.error("episodeId", "Choose one of the patient’s episodes, or none");
            }
        }
        return new Read(new DocumentDetails(kind, date, episode, form.value("note")), form.errors());
    }
}
