package org.rhomboid.exercise.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rhomboid.reasoning.domain.Classification;

/**
 * The exercises Rhomboid ships with, read from exercise/library.txt: one block of "key: value" lines per
 * exercise, blocks separated by a blank line, so adding an exercise means adding data (its poses included).
 * Text is written for this product; dosages follow EXERCISE-DOSAGE in docs/clinical-sources.md.
 */
public final class ExerciseLibrary {

    private static final String RESOURCE = "/exercise/library.txt";
    private static final List<Exercise> BUILT_IN = read(RESOURCE);

    private ExerciseLibrary() {
    }

    public static List<Exercise> builtIn() {
        return BUILT_IN;
    }

    public static Optional<Exercise> builtIn(String code) {
        return BUILT_IN.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    static List<Exercise> read(String resource) {
        InputStream in = ExerciseLibrary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing exercise library " + resource);
        }
        List<Exercise> exercises = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> block = new ArrayList<>();
            int lineNumber = 0;
            int blockStart = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.startsWith("#")) {
                    if (block.isEmpty()) {
                        blockStart = lineNumber + 1; // a block right under a comment starts after it
                    }
                    continue;
                }
                if (line.isBlank()) {
                    if (!block.isEmpty()) {
                        exercises.add(exercise(block, blockStart));
                        block.clear();
                    }
                    blockStart = lineNumber + 1;
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 1) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected \"key: value\"");
                }
                block.add(new String[]{line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
            }
            if (!block.isEmpty()) {
                exercises.add(exercise(block, blockStart));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        Map<String, Boolean> codes = new HashMap<>();
        for (Exercise e : exercises) {
            if (codes.put(e.code(), true) != null) {
                throw new IllegalStateException("Exercise code " + e.code() + " appears twice in " + resource);
            }
        }
        return List.copyOf(exercises);
    }

    private static Exercise exercise(List<String[]> lines, int lineNumber) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String[] kv : lines) {
            values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        try {
            return new Exercise(one(values, "code"), one(values, "name"), Category.valueOf(one(values, "category")),
                    one(values, "purpose"), all(values, "step"), dosage(one(values, "dosage")),
                    all(values, "progression"), all(values, "regression"), all(values, "caution"),
                    enums(values, "movements", Movement.class), enums(values, "suits", Classification.class),
                    enums(values, "props", Prop.class), Pose.parse(one(values, "start")), Pose.parse(one(values, "end")),
                    true);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Exercise starting at line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** "sets=3 reps=10 hold=5 minutes=5 times=1 days=7": sets, times and days required. */
    public static Dosage dosage(String text) {
        Map<String, Integer> v = new HashMap<>();
        for (String part : text.split("\\s+")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || !Set.of("sets", "reps", "hold", "minutes", "times", "days").contains(kv[0])) {
                throw new IllegalArgumentException("Unknown dosage part \"" + part + "\"");
            }
            v.put(kv[0], Integer.valueOf(kv[1]));
        }
        Map<String, String> problems = Dosage.problems(v.get("sets"), v.get("reps"), v.get("hold"), v.get("minutes"),
                v.get("times"), v.get("days"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Dosage " + problems);
        }
        return new Dosage(v.get("sets"), v.get("reps"), v.get("hold"), v.get("minutes"), v.get("times"), v.get("days"));
    }

    private static String one(Map<String, List<String>> values, String key) {
        List<String> found = values.getOrDefault(key, List.of());
        if (found.size() != 1 || found.get(0).isBlank()) {
            throw new IllegalArgumentException("needs exactly one \"" + key + "\"");
        }
        return found.get(0);
    }

    private static List<String> all(Map<String, List<String>> values, String key) {
        return values.getOrDefault(key, List.of());
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> values, String key, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String line : all(values, key)) {
            for (String name : line.split("[\\s,]+")) {
                if (!name.isBlank()) {
                    set.add(Enum.valueOf(type, name));
                }
            }
        }
        return set;
    }
}
