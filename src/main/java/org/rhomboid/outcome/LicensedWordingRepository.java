package org.rhomboid.outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The licensed wording each clinic loaded (V26 {@code licensed_questionnaire}, row-level secured per clinic). */
@Repository
class LicensedWordingRepository {

    /** A stored file: the text as uploaded, who loaded it and when. */
    record Stored(OutcomeInstrument instrument, String wording, String fileName, String loadedBy,
                  OffsetDateTime loadedAt) {}

    private final JdbcClient jdbc;

    LicensedWordingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> all(UUID clinicId) {
        return jdbc.sql("""
                select q.instrument, q.wording, q.file_name, coalesce(u.display_name, ''), q.loaded_at
                from licensed_questionnaire q left join app_user u on u.id = q.loaded_by and u.clinic_id = q.clinic_id
                where q.clinic_id = :clinic order by q.instrument""")
                .param("clinic", clinicId)
                .query((rs, row) -> new Stored(OutcomeInstrument.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** Replaces the clinic's wording of the instrument; whether there was one before. */
    boolean save(UUID clinicId, OutcomeInstrument instrument, String wording, String fileName, UUID by) {
        boolean before = jdbc.sql("select count(*) from licensed_questionnaire where clinic_id = :clinic"
                        + " and instrument = :instrument")
                .param("clinic", clinicId).param("instrument", instrument.name()).query(Long.class).single() > 0;
        jdbc.sql("""
                insert into licensed_questionnaire (clinic_id, instrument, wording, file_name, loaded_by)
                values (:clinic, :instrument, :wording, :fileName, :by)
                on conflict (clinic_id, instrument) do update set wording = excluded.wording,
                    file_name = excluded.file_name, loaded_by = excluded.loaded_by, loaded_at = now()""")
                .param("clinic", clinicId).param("instrument", instrument.name()).param("wording", wording)
                .param("fileName", fileName).param("by", by).update();
        return before;
    }
}
