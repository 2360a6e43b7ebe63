package org.rhomboid.hep;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.exercise.domain.Dosage;
import org.rhomboid.hep.domain.ProgramExercise;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgramRepository {

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the episode's programme, oldest first. */
    List<Program> versions(UUID clinicId, UUID episodeId) {
        Map<UUID, List<ProgramExercise>> items = new LinkedHashMap<>();
        jdbc.sql("""
                select x.* from hep_program_exercise x join hep_program p on p.id = x.program_id
                where p.clinic_id = :clinic and p.episode_id = :episode order by x.program_id, x.position""")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> {
                    items.computeIfAbsent(rs.getObject("program_id", UUID.class), k -> new ArrayList<>())
                            .add(item(rs));
                    return null;
                }).list();
        return jdbc.sql("select * from hep_program where clinic_id = :clinic and episode_id = :episode"
                        + " order by version")
                .param("clinic", clinicId).param("episode", episodeId)
                .query((rs, row) -> new Program(rs.getObject("id", UUID.class), episodeId, rs.getInt("version"),
                        rs.getObject("effective_from", LocalDate.class), rs.getString("message"),
                        items.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    void insert(UUID clinicId, UUID patientId, Program program, UUID by) {
        jdbc.sql("""
                insert into hep_program (id, clinic_id, episode_id, patient_id, version, effective_from, message,
                    created_by, created_by_name)
                values (:id, :clinic, :episode, :patient, :version, :from, :message, :by, :byName)""")
                .param("id", program.id()).param("clinic", clinicId).param("episode", program.episodeId())
                .param("patient", patientId).param("version", program.version())
                .param("from", program.effectiveFrom()).param("message", program.message())
                .param("by", by).param("byName", program.createdByName()).update();
        int position = 0;
        for (ProgramExercise e : program.exercises()) {
            Dosage d = e.dosage();
            jdbc.sql("""
                    insert into hep_program_exercise (program_id, clinic_id, position, exercise_code, exercise_name,
                        sets, reps, hold_seconds, minutes, times_per_day, days_per_week, instructions, safety_note,
                        patient_note)
                    values (:program, :clinic, :position, :code, :name, :sets, :reps, :hold, :minutes, :times,
                        :days, :instructions, :note, :patientNote)""")
                    .param("program", program.id()).param("clinic", clinicId).param("position", position++)
                    .param("code", e.code()).param("name", e.name()).param("sets", d.sets())
                    .param("reps", d.reps()).param("hold", d.holdSeconds()).param("minutes", d.minutes())
                    .param("times", d.timesPerDay()).param("days", d.daysPerWeek())
                    .param("instructions", e.instructions()).param("note", e.safetyNote())
                    .param("patientNote", e.patientNote()).update();
        }
    }

    private static ProgramExercise item(ResultSet rs) throws SQLException {
        return new ProgramExercise(rs.getString("exercise_code"), rs.getString("exercise_name"),
                new Dosage(rs.getInt("sets"), integer(rs, "reps"), integer(rs, "hold_seconds"),
                        integer(rs, "minutes"), rs.getInt("times_per_day"), rs.getInt("days_per_week")),
                rs.getString("instructions"), rs.getString("safety_note"), rs.getString("patient_note"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
