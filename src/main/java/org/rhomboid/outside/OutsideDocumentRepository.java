package org.rhomboid.outside;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.outside.domain.DocumentDetails;
import org.rhomboid.outside.domain.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutsideDocumentRepository {

    /** Everything but the bytes, with the entered-in-error reason when there is one. */
    private static final String SELECT = """
            select d.id, d.patient_id, d.episode_id, d.kind, d.document_date, d.note, d.file_name, d.content_type,
                   d.size_bytes, d.uploaded_by, d.uploaded_by_name, d.uploaded_at, e.reason
              from outside_document d
              left join outside_document_error e on e.document_id = d.id and e.clinic_id = d.clinic_id
            """;

    private final JdbcClient jdbc;

    OutsideDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID clinicId, UUID id, UUID patientId, DocumentDetails details, String fileName, String contentType,
                byte[] bytes, String sha256, UUID by, String byName) {
        jdbc.sql("""
                insert into outside_document (id, clinic_id, patient_id, episode_id, kind, document_date, note,
                                              file_name, content_type, size_bytes, bytes, sha256, uploaded_by,
                                              uploaded_by_name)
                values (:id, :clinic, :patient, :episode, :kind, :date, :note, :name, :type, :size, :bytes, :sha,
                        :by, :byName)""")
                .param("id", id).param("clinic", clinicId).param("patient", patientId)
                .param("episode", details.episodeId()).param("kind", details.kind().name())
                .param("date", details.documentDate()).param("note", details.note()).param("name", fileName)
                .param("type", contentType).param("size", bytes.length).param("bytes", bytes).param("sha", sha256)
                .param("by", by).param("byName", byName).update();
    }

    /** The patient's documents, newest first; only those {@code uploadedBy} filed when that is given. */
    List<OutsideDocument> ofPatient(UUID clinicId, UUID patientId, UUID uploadedBy) {
        return jdbc.sql(SELECT + """
                 where d.clinic_id = :clinic and d.patient_id = :patient
                   and (cast(:uploader as uuid) is null or d.uploaded_by = :uploader)
                 order by d.document_date desc, d.uploaded_at desc""")
                .param("clinic", clinicId).param("patient", patientId).param("uploader", uploadedBy)
                .query(OutsideDocumentRepository::map).list();
    }

    Optional<OutsideDocument> find(UUID clinicId, UUID id) {
        return jdbc.sql(SELECT + " where d.clinic_id = :clinic and d.id = :id")
                .param("clinic", clinicId).param("id", id)
                .query(OutsideDocumentRepository::map).optional();
    }

    byte[] bytes(UUID clinicId, UUID id) {
        return jdbc.sql("select bytes from outside_document where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(byte[].class).single();
    }

    void markEnteredInError(UUID clinicId, UUID id, String reason, UUID by, String byName) {
        jdbc.sql("""
                insert into outside_document_error (document_id, clinic_id, reason, marked_by, marked_by_name)
                values (:id, :clinic, :reason, :by, :byName)""")
                .param("id", id).param("clinic", clinicId).param("reason", reason).param("by", by)
                .param("byName", byName).update();
    }

    private static OutsideDocument map(ResultSet rs, int row) throws SQLException {
        return new OutsideDocument(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                DocumentKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getInt(9), rs.getObject(10, UUID.class), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getString(13));
    }
}
