package org.rhomboid.outcome;


import java.sql.Array;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutcomeRepository {

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param requestId the patient's measures request it answers, or null (intake, therapist) */
    void insert(UUID clinicId, OutcomeResult r, UUID by, UUID requestId) {
        jdbc.sql("insert into outcome_result (id, clinic_id, episode_id, instrument, responses, score, percent, value,"
                        + " answered, measured_on, source, recorded_by, request_id) values (:id, :clinic, :episode,"
                        + " :instrument, :responses::integer[], :score, :percent, :value, :answered, :measured, :source,"
                        + " :by, :request)")
                .param("id", r.id()).param("clinic", clinicId).param("episode", r.episodeId())
                .param("instrument", r.instrument().name())
                .param("responses", "{" + String.join(",", r.responses().stream()
                        .map(v -> v == null ? "NULL" : v.toString()).toList()) + "}")
                .param("score", r.score()).param("percent", r.percent()).param("value", r.value())
                .param("answered", r.answered()).param("measured", Date.valueOf(r.measuredOn()))
                .param("source", r.source().name()).param("by", by).param("request", requestId).update();
    }

    /**
     * Keeps the episode's first and latest result of the measure: an earlier date replaces the baseline, the same
     * or a later date the latest (so, as on the chart, the later-recorded of two same-day results is the latest).
     */
    void summarise(UUID clinicId, OutcomeResult r) {
        jdbc.sql("insert into episode_outcome (clinic_id, episode_id, instrument, baseline_value, baseline_on,"
                        + " latest_value, latest_on, results) values (:clinic, :episode, :instrument, :value, :on,"
                        + " :value, :on, 1) on conflict (clinic_id, episode_id, instrument) do update set"
                        + " baseline_value = case when excluded.baseline_on < episode_outcome.baseline_on"
                        + " then excluded.baseline_value else episode_outcome.baseline_value end,"
                        + " baseline_on = least(excluded.baseline_on, episode_outcome.baseline_on),"
                        + " latest_value = case when excluded.latest_on >= episode_outcome.latest_on"
                        + " then excluded.latest_value else episode_outcome.latest_value end,"
                        + " latest_on = greatest(excluded.latest_on, episode_outcome.latest_on),"
                        + " results = episode_outcome.results + 1")
                .param("clinic", clinicId).param("episode", r.episodeId()).param("instrument", r.instrument().name())
                .param("value", r.value()).param("on", Date.valueOf(r.measuredOn())).update();
    }

    /** The episode's results, oldest first (by date measured, then by when recorded). */
    List<OutcomeResult> ofEpisode(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select id, episode_id, instrument, responses, score, percent, value, answered, measured_on,"
                        + " source from outcome_result where clinic_id = :clinic and episode_id = :episode"
                        + " order by measured_on, recorded_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> new OutcomeResult(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        OutcomeInstrument.valueOf(rs.getString(3)), responses(rs.getArray(4)), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8),
                        rs.getObject(9, java.time.LocalDate.class), OutcomeResult.Source.valueOf(rs.getString(10))))
                .list();
    }

    private static List<Integer> responses(Array array) throws java.sql.SQLException {
        return new ArrayList<>(Arrays.asList((Integer[]) array.getArray()));
    }

}
