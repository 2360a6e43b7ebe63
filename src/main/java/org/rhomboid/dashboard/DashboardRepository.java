package org.rhomboid.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Two aggregate queries over the clinic's episodes — status counts, and change per measure from the
 * per-episode summary — each for the clinic and by therapist (grouping sets), then by classification, where an
 * episode counts under each of its classifications.
 */
@Repository
class DashboardRepository {

    /** One aggregated row; therapist and classification are null on the clinic-wide row. */
    record EpisodeRow(String groupKind, String key, String label, int episodes, int open, int onHold, int discharged,
                      BigDecimal visitsPerEpisode, Map<DischargeReason, Integer> dischargeReasons) {}

    record MeasureRow(String groupKind, String key, String instrument, int episodes, BigDecimal meanChange,
                      int reached) {}

    private static final String FROM = " from episode e join app_user u on u.id = e.treating_therapist_id"
            + " left join evaluation ev on ev.episode_id = e.id and ev.clinic_id = e.clinic_id";

    /** An episode's visits: its signed days, or just the evaluation day before any note is signed. */
    private static final String VISITS = " left join episode_visits v on v.episode_id = e.id and v.clinic_id = e.clinic_id";

    /** A classification filter matches an episode with that classification among any of its own. */
    private static final String WHERE = " where e.clinic_id = :clinic and e.onset_date between :from and :to"
            + " and (cast(:therapist as uuid) is null or e.treating_therapist_id = cast(:therapist as uuid))"
            + " and (cast(:classification as text) is null or cast(:classification as text) = any(ev.classifications))";

    /**
     * The classification rows count an episode under each of its classifications (one under "not evaluated yet"
     * when it has none), so they add up to more than the clinic's row; the page says so.
     */
    private static final String EACH_CLASSIFICATION = " left join lateral unnest(ev.classifications) as c(code) on true";

    private static final String GROUP_KIND = "case when grouping(u.id) = 0 then 'THERAPIST' else 'CLINIC' end";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plan these queries for the dates actually asked: a cached generic plan guesses a date range matches a few
     * rows and walks 100,000 episodes by nested loops (3× slower; docs/performance.md). Lasts for the transaction.
     */
    void planForTheseFilters() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    List<EpisodeRow> episodes(UUID clinicId, OutcomeFilter f) {
        String counts = " count(*), count(*) filter (where e.status = 'OPEN'),"
                + " count(*) filter (where e.status = 'ON_HOLD'), count(*) filter (where e.status = 'DISCHARGED'),"
                + " round(avg(coalesce(v.visits, case when ev.status = 'SIGNED' then 1 else 0 end)), 1)"
                + dischargeReasonCounts();
        return params(jdbc.sql("select " + GROUP_KIND + ", u.id::text, u.display_name," + counts + FROM + VISITS + WHERE
                + " group by grouping sets ((), (u.id, u.display_name))"
                + " union all select 'CLASSIFICATION', coalesce(c.code, ''), null," + counts
                + FROM + VISITS + EACH_CLASSIFICATION + WHERE + " group by coalesce(c.code, '')"), clinicId, f)
                .query((rs, n) -> {
                    Map<DischargeReason, Integer> reasons = new EnumMap<>(DischargeReason.class);
                    DischargeReason[] all = DischargeReason.values();
                    for (int i = 0; i < all.length; i++) {
                        reasons.put(all[i], rs.getInt(9 + i));
                    }
                    return new EpisodeRow(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                            rs.getBigDecimal(8), reasons);
                })
                .list();
    }

    List<MeasureRow> measures(UUID clinicId, OutcomeFilter f) {
        String change = " o.instrument, count(*), round(avg(o.latest_value - o.baseline_value), 2),"
                + " count(*) filter (where " + reachedMcid() + ")";
        String outcomes = " join episode_outcome o on o.episode_id = e.id and o.clinic_id = e.clinic_id"
                + " and o.results >= 2";
        return params(jdbc.sql("select " + GROUP_KIND + ", u.id::text," + change + FROM + outcomes + WHERE
                + " group by grouping sets ((o.instrument), (u.id, u.display_name, o.instrument))"
                + " union all select 'CLASSIFICATION', coalesce(c.code, '')," + change
                + FROM + outcomes + EACH_CLASSIFICATION + WHERE + " group by coalesce(c.code, ''), o.instrument"),
                clinicId, f)
                .query((rs, n) -> new MeasureRow(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getBigDecimal(5), rs.getInt(6)))
                .list();
    }

    /** One count per discharge reason, in the enum's order, written out from the enum (not user input). */
    private static String dischargeReasonCounts() {
        StringBuilder counts = new StringBuilder();
        for (DischargeReason reason : DischargeReason.values()) {
            counts.append(", count(*) filter (where e.discharge_reason = '").append(reason.name()).append("')");
        }
        return counts.toString();
    }

    /**
     * Whether an episode's improvement reaches its measure's MCID, written out from the outcome rules (not user
     * input): lower is better except PSFS and GROC.
     */
    static String reachedMcid() {
        List<String> cases = new ArrayList<>();
        for (OutcomeInstrument i : OutcomeInstrument.values()) {
            i.mcid().ifPresent(m -> cases.add("when '" + i.name() + "' then "
                    + (i.higherIsBetter() ? "o.latest_value - o.baseline_value" : "o.baseline_value - o.latest_value")
                    + " >= " + m.value().toPlainString()));
        }
        return "case o.instrument " + cases.stream().collect(Collectors.joining(" ")) + " else false end";
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, UUID clinicId, OutcomeFilter f) {
        return sql.param("clinic", clinicId).param("from", Date.valueOf(f.from())).param("to", Date.valueOf(f.to()))
                .param("therapist", f.therapistId())
                .param("classification", f.classification() == null ? null : f.classification().name());
    }
}
