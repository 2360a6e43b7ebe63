package org.rhomboid.exam;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.exam.domain.ExamForm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ExamRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, List<String>>> FORM = new TypeReference<>() {};

    /** A stored examination before its form is checked again into a ThoracicExam. */
    record Row(UUID id, UUID episodeId, ExamForm form, OffsetDateTime examinedAt, String examinedBy) {}

    private final JdbcClient jdbc;

    ExamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID clinicId, UUID id, UUID episodeId, ExamForm form, UUID photoId, Double angle, UUID by) {
        jdbc.sql("insert into examination (id, clinic_id, episode_id, form, photo_id, craniovertebral_angle, examined_by)"
                        + " values (:id, :clinic, :episode, cast(:form as jsonb), :photo, :angle, :by)")
                .param("id", id).param("clinic", clinicId).param("episode", episodeId)
                .param("form", JSON.writeValueAsString(form.fields())).param("photo", photoId)
                .param("angle", angle).param("by", by).update();
    }

    Optional<Row> latest(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select x.id, x.episode_id, x.form::text, x.examined_at, u.display_name"
                        + " from examination x join app_user u on u.id = x.examined_by"
                        + " where x.clinic_id = :clinic and x.episode_id = :episode"
                        + " order by x.examined_at desc limit 1")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new ExamForm(JSON.readValue(rs.getString(3), FORM)), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)))
                .optional();
    }

    /** Every examination of the episode, oldest first. */
    List<Row> history(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select x.id, x.episode_id, x.form::text, x.examined_at, u.display_name"
                        + " from examination x join app_user u on u.id = x.examined_by"
                        + " where x.clinic_id = :clinic and x.episode_id = :episode order by x.examined_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new ExamForm(JSON.readValue(rs.getString(3), FORM)), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)))
                .list();
    }

    void insertPhoto(UUID clinicId, PosturePhoto photo, UUID by) {
        jdbc.sql("insert into posture_photo (id, clinic_id, episode_id, content_type, width, height, bytes, uploaded_by)"
                        + " values (:id, :clinic, :episode, :type, :width, :height, :bytes, :by)")
                .param("id", photo.id()).param("clinic", clinicId).param("episode", photo.episodeId())
                .param("type", photo.contentType()).param("width", photo.width()).param("height", photo.height())
                .param("bytes", photo.bytes()).param("by", by).update();
    }

    /** The photo; its bytes only when asked for (checking landmarks needs just the size). */
    Optional<PosturePhoto> photo(UUID clinicId, UUID photoId, boolean withBytes) {
        return jdbc.sql("select id, episode_id, content_type, width, height, "
                        + (withBytes ? "bytes" : "null::bytea") + " from posture_photo"
                        + " where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", photoId)
                .query((rs, n) -> new PosturePhoto(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBytes(6)))
                .optional();
    }
}
