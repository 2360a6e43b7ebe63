package org.rhomboid.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseLibrary;
import org.rhomboid.exercise.domain.OwnExerciseForm;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's exercise library: the built-in exercises and the clinic's own, less the ones it has hidden. Hidden
 * exercises stay readable, so programmes that already hold one still show it.
 */
@Service
@Transactional
public class ExerciseCatalog {

    /** An exercise as the clinic sees it in its library. */
    public record Entry(Exercise exercise, boolean hidden) {}

    private static final Comparator<Exercise> ORDER = Comparator.comparing((Exercise e) -> e.category().ordinal())
            .thenComparing(Exercise::name);

    private final ExerciseRepository exercises;

    ExerciseCatalog(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    /** Everything in the library, hidden ones included, by category then name. */
    public List<Entry> library() {
        UUID clinic = ClinicScope.require();
        Set<String> hidden = exercises.hidden(clinic);
        return all(clinic).stream().map(e -> new Entry(e, hidden.contains(e.code()))).toList();
    }

    /** What may be prescribed: the library less the hidden exercises. */
    public List<Exercise> offered() {
        UUID clinic = ClinicScope.require();
        Set<String> hidden = exercises.hidden(clinic);
        return all(clinic).stream().filter(e -> !hidden.contains(e.code())).toList();
    }

    /** Every exercise of the library by code, hidden ones included, read once for a whole programme. */
    public Map<String, Exercise> byCode() {
        Map<String, Exercise> all = new java.util.LinkedHashMap<>();
        all(ClinicScope.require()).forEach(e -> all.put(e.code(), e));
        return all;
    }

    /** Any exercise of the library, hidden or not (a programme may hold one hidden since). */
    public Optional<Exercise> find(String code) {
        if (code == null || code.length() > 80) {
            return Optional.empty();
        }
        return ExerciseLibrary.builtIn(code).or(() -> exercises.own(ClinicScope.require()).stream()
                .filter(e -> e.code().equals(code)).findFirst());
    }

    public Exercise get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Exercise"));
    }

    /** Adds or changes one of the clinic's own exercises; errors keyed by field. */
    public Map<String, String> saveOwn(Map<String, List<String>> form, String existingCode) {
        UUID clinic = ClinicScope.require();
        if (existingCode != null && !exercises.ownExists(clinic, existingCode)) {
            throw new NotFoundException("Exercise");
        }
        OwnExerciseForm.Checked checked = OwnExerciseForm.check(form, existingCode);
        if (!checked.valid()) {
            return checked.errors();
        }
        if (existingCode == null && (exercises.ownExists(clinic, checked.exercise().code()))) {
            return Map.of("name", "The clinic already has an exercise with this name");
        }
        exercises.saveOwn(clinic, checked.exercise(), StaffPrincipal.currentUserId());
        return Map.of();
    }

    /** The code a new exercise with this name gets. */
    public String codeFor(String name) {
        return OwnExerciseForm.codeFor(name);
    }

    public void hide(String code) {
        get(code);
        exercises.hide(ClinicScope.require(), code, StaffPrincipal.currentUserId());
    }

    public void show(String code) {
        get(code);
        exercises.show(ClinicScope.require(), code);
    }

    private List<Exercise> all(UUID clinic) {
        List<Exercise> all = new ArrayList<>(ExerciseLibrary.builtIn());
        all.addAll(exercises.own(clinic));
        all.sort(ORDER);
        return all;
    }
}
