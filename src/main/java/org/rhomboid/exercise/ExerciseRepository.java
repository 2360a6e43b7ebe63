package org.rhomboid.exercise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.exercise.domain.Category;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseLibrary;
import org.rhomboid.exercise.domain.Movement;
import org.rhomboid.exercise.domain.Pose;
import org.rhomboid.exercise.domain.Prop;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.database.PgArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExerciseRepository {

    private final JdbcClient jdbc;

    ExerciseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Exercise> own(UUID clinicId) {
        return jdbc.sql("select * from clinic_exercise where clinic_id = :clinic order by name")
                .param("clinic", clinicId).query(ExerciseRepository::map).list();
    }

    Set<String> hidden(UUID clinicId) {
        return Set.copyOf(jdbc.sql("select code from hidden_exercise where clinic_id = :clinic")
                .param("clinic", clinicId).query(String.class).list());
    }

    void saveOwn(UUID clinicId, Exercise e, UUID by) {
        jdbc.sql("""
                insert into clinic_exercise (clinic_id, code, name, category, purpose, steps, dosage, progressions,
                    regressions, cautions, movements, suits, props, start_pose, end_pose, created_by)
                values (:clinic, :code, :name, :category, :purpose, :steps::text[], :dosage, :progressions::text[],
                    :regressions::text[], :cautions::text[], :movements::text[], :suits::text[], :props::text[],
                    :start, :end, :by)
                on conflict (clinic_id, code) do update set name = excluded.name, category = excluded.category,
                    purpose = excluded.purpose, steps = excluded.steps, dosage = excluded.dosage,
                    progressions = excluded.progressions, regressions = excluded.regressions,
                    cautions = excluded.cautions, movements = excluded.movements, suits = excluded.suits,
                    props = excluded.props, start_pose = excluded.start_pose, end_pose = excluded.end_pose,
                    updated_at = now()""")
                .param("clinic", clinicId).param("code", e.code()).param("name", e.name())
                .param("category", e.category().name()).param("purpose", e.purpose())
                .param("steps", PgArrays.text(e.steps())).param("dosage", dosageText(e))
                .param("progressions", PgArrays.text(e.progressions())).param("regressions", PgArrays.text(e.regressions()))
                .param("cautions", PgArrays.text(e.cautions())).param("movements", names(e.movements()))
                .param("suits", names(e.suits())).param("props", names(e.props()))
                .param("start", e.start().format()).param("end", e.end().format()).param("by", by).update();
    }

    boolean ownExists(UUID clinicId, String code) {
        return jdbc.sql("select count(*) from clinic_exercise where clinic_id = :clinic and code = :code")
                .param("clinic", clinicId).param("code", code).query(Integer.class).single() > 0;
    }

    void hide(UUID clinicId, String code, UUID by) {
        jdbc.sql("insert into hidden_exercise (clinic_id, code, hidden_by) values (:clinic, :code, :by)"
                        + " on conflict do nothing")
                .param("clinic", clinicId).param("code", code).param("by", by).update();
    }

    void show(UUID clinicId, String code) {
        jdbc.sql("delete from hidden_exercise where clinic_id = :clinic and code = :code")
                .param("clinic", clinicId).param("code", code).update();
    }

    private static String dosageText(Exercise e) {
        var d = e.dosage();
        StringBuilder out = new StringBuilder("sets=" + d.sets());
        if (d.reps() != null) {
            out.append(" reps=").append(d.reps());
        }
        if (d.holdSeconds() != null) {
            out.append(" hold=").append(d.holdSeconds());
        }
        if (d.minutes() != null) {
            out.append(" minutes=").append(d.minutes());
        }
        return out.append(" times=").append(d.timesPerDay()).append(" days=").append(d.daysPerWeek()).toString();
    }

    private static Exercise map(ResultSet rs, int row) throws SQLException {
        return new Exercise(rs.getString("code"), rs.getString("name"), Category.valueOf(rs.getString("category")),
                rs.getString("purpose"), strings(rs.getArray("steps")), ExerciseLibrary.dosage(rs.getString("dosage")),
                strings(rs.getArray("progressions")), strings(rs.getArray("regressions")),
                strings(rs.getArray("cautions")), enums(rs.getArray("movements"), Movement.class),
                enums(rs.getArray("suits"), Classification.class), enums(rs.getArray("props"), Prop.class),
                Pose.parse(rs.getString("start_pose")), Pose.parse(rs.getString("end_pose")), false);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray()).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return PgArrays.text(values.stream().map(Enum::name).sorted().toList());
    }

}
