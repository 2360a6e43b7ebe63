package org.rhomboid.plan;

import java.sql.Date;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.goal.domain.Instrument;
import org.rhomboid.goal.domain.SmartGoal;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PlanRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> NOTES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanOfCare> plan(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select diagnoses, frequency_per_week, duration_weeks, start_date, certification,"
                        + " signature_received, verbal_order_on, plan_sent_on, interventions::text, conditions"
                        + " from plan_of_care where clinic_id = :clinic and episode_id = :episode")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> {
                    Map<Intervention, String> interventions = new EnumMap<>(Intervention.class);
                    JSON.readValue(rs.getString(9), NOTES).forEach((k, v) -> interventions.put(Intervention.valueOf(k), v));
                    EnumSet<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
                    Arrays.stream((String[]) rs.getArray(10).getArray()).map(HealthCondition::valueOf).forEach(conditions::add);
                    return new PlanOfCare(List.of((String[]) rs.getArray(1).getArray()), rs.getInt(2), rs.getInt(3),
                            rs.getObject(4, java.time.LocalDate.class), Certification.Method.valueOf(rs.getString(5)),
                            rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class),
                            rs.getObject(8, java.time.LocalDate.class), interventions, conditions);
                })
                .optional();
    }

    /** Creates the episode's plan or replaces its content. */
    void save(UUID clinicId, UUID episodeId, PlanOfCare plan, UUID by) {
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        plan.interventions().forEach((i, note) -> notes.put(i.name(), note == null ? "" : note));
        jdbc.sql("insert into plan_of_care (id, clinic_id, episode_id, diagnoses, frequency_per_week, duration_weeks,"
                        + " start_date, certification, signature_received, verbal_order_on, plan_sent_on, interventions,"
                        + " conditions, updated_by)"
                        + " values (:id, :clinic, :episode, :diagnoses::text[], :frequency, :duration, :start, :method,"
                        + " :signature, :verbal, :sent, cast(:interventions as jsonb), :conditions::text[], :by)"
                        + " on conflict (clinic_id, episode_id) do update set diagnoses = excluded.diagnoses,"
                        + " frequency_per_week = excluded.frequency_per_week, duration_weeks = excluded.duration_weeks,"
                        + " start_date = excluded.start_date, certification = excluded.certification,"
                        + " signature_received = excluded.signature_received, verbal_order_on = excluded.verbal_order_on,"
                        + " plan_sent_on = excluded.plan_sent_on, interventions = excluded.interventions,"
                        + " conditions = excluded.conditions, updated_by = excluded.updated_by, updated_at = now()")
                .param("id", UUID.randomUUID()).param("clinic", clinicId).param("episode", episodeId)
                .param("diagnoses", array(plan.diagnoses())).param("frequency", plan.frequencyPerWeek())
                .param("duration", plan.durationWeeks()).param("start", Date.valueOf(plan.startDate()))
                .param("method", plan.certification().name())
                .param("signature", date(plan.signatureReceived())).param("verbal", date(plan.verbalOrderOn()))
                .param("sent", date(plan.planSentOn())).param("interventions", JSON.writeValueAsString(notes))
                .param("conditions", array(plan.declaredConditions().stream().map(Enum::name).toList()))
                .param("by", by).update();
    }

    private static final String GOAL_COLUMNS = "select id, episode_id, activity, instrument, baseline, target,"
            + " deadline, participation, relevant_to, term, status from goal where clinic_id = :clinic";

    List<StoredGoal> goals(UUID clinicId, UUID episodeId) {
        return jdbc.sql(GOAL_COLUMNS + " and episode_id = :episode order by created_at")
                .param("clinic", clinicId).param("episode", episodeId).query(PlanRepository::goal).list();
    }

    Optional<StoredGoal> goal(UUID clinicId, UUID goalId) {
        return jdbc.sql(GOAL_COLUMNS + " and id = :id").param("clinic", clinicId).param("id", goalId)
                .query(PlanRepository::goal).optional();
    }

    private static StoredGoal goal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredGoal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                new SmartGoal(rs.getString(3), Instrument.valueOf(rs.getString(4)), rs.getDouble(5), rs.getDouble(6),
                        rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getString(9),
                        SmartGoal.Term.valueOf(rs.getString(10))),
                GoalStatus.valueOf(rs.getString(11)));
    }

    void insertGoal(UUID clinicId, UUID id, UUID episodeId, SmartGoal g, UUID by) {
        jdbc.sql("insert into goal (id, clinic_id, episode_id, activity, instrument, baseline, target, deadline,"
                        + " participation, relevant_to, term, created_by)"
                        + " values (:id, :clinic, :episode, :activity, :instrument, :baseline, :target, :deadline,"
                        + " :participation, :relevant, :term, :by)")
                .param("id", id).param("clinic", clinicId).param("episode", episodeId)
                .param("activity", g.activity().strip()).param("instrument", g.instrument().name())
                .param("baseline", g.baseline()).param("target", g.target()).param("deadline", Date.valueOf(g.deadline()))
                .param("participation", g.participation().strip()).param("relevant", g.relevantTo().strip())
                .param("term", g.term().name()).param("by", by).update();
    }

    void deleteGoal(UUID clinicId, UUID goalId) {
        jdbc.sql("delete from goal where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", goalId).update();
    }

    boolean signed(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select exists (select 1 from evaluation where clinic_id = :clinic and episode_id = :episode"
                        + " and status = 'SIGNED')")
                .param("clinic", clinicId).param("episode", episodeId).query(Boolean.class).single();
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "") + "\"").toList()) + "}";
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    void insertAmendment(UUID clinicId, PlanAmendment a, UUID by) {
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        a.interventions().forEach((i, note) -> notes.put(i.name(), note == null ? "" : note));
        jdbc.sql("insert into plan_amendment (id, clinic_id, episode_id, interventions, reason, signed_by, signed_by_name,"
                        + " signed_at) values (:id, :clinic, :episode, cast(:interventions as jsonb), :reason, :by, :name, :at)")
                .param("id", a.id()).param("clinic", clinicId).param("episode", a.episodeId())
                .param("interventions", JSON.writeValueAsString(notes)).param("reason", a.reason()).param("by", by)
                .param("name", a.signedBy()).param("at", a.signedAt()).update();
    }

    List<PlanAmendment> amendments(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select id, episode_id, interventions::text, reason, signed_by_name, signed_at from plan_amendment"
                        + " where clinic_id = :clinic and episode_id = :episode order by signed_at")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, n) -> {
                    Map<Intervention, String> interventions = new EnumMap<>(Intervention.class);
                    JSON.readValue(rs.getString(3), NOTES).forEach((k, v) -> interventions.put(Intervention.valueOf(k), v));
                    return new PlanAmendment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), interventions,
                            rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class));
                })
                .list();
    }
}
