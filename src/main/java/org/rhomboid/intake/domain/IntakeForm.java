package org.rhomboid.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Comorbidity;
import org.rhomboid.intake.domain.Choices.DayPart;
import org.rhomboid.intake.domain.Choices.Medication;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.intake.domain.Choices.PainQuality;
import org.rhomboid.intake.domain.IntakeAnswers.PsfsItem;
import org.rhomboid.screening.domain.Finding;

/**
 * The intake exactly as the patient typed it (field name → values), and its validation. Drafts keep the raw
 * form, so nothing typed is ever lost, even when it is not valid yet; submitting requires every rule to pass.
 */
public record IntakeForm(Map<String, List<String>> fields) {

    public static final int TEXT_LIMIT = 2000;
    public static final int ALLERGIES_LIMIT = 500;
    public static final int MIN_PSFS = 3;
    public static final int MAX_PSFS = 5;

    /** Validation outcome: the answers when complete and valid, otherwise a message per field. */
    public record Checked(IntakeAnswers answers, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public IntakeForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public static IntakeForm empty() {
        return new IntakeForm(Map.of());
    }

    /** The first value of a field, trimmed; empty when absent. */
    public String value(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    public List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    public Checked check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();

        Map<BodyRegion, PainType> painMap = new EnumMap<>(BodyRegion.class);
        for (BodyRegion region : BodyRegion.values()) {
            if (has("region", region.name())) {
                String type = value("painType." + region.name());
                PainType painType = parseEnum(PainType.class, type);
                if (painType == null) {
                    errors.put("painType." + region.name(), "Say what the pain in your " + region.label().toLowerCase()
                            + " feels like");
                } else {
                    painMap.put(region, painType);
                }
            }
        }
        unknown(errors, "region", BodyRegion.class);
        if (painMap.isEmpty() && errors.keySet().stream().noneMatch(k -> k.equals("region") || k.startsWith("painType."))) {
            errors.put("region", "Mark at least one place where you feel pain on the body chart");
        }

        int now = score(errors, "painNow", "your pain right now");
        int best = score(errors, "painBest", "your pain at its best in the last 24 hours");
        int worst = score(errors, "painWorst", "your pain at its worst in the last 24 hours");
        if (best >= 0 && worst >= 0 && best > worst) {
            errors.put("painBest", "Your best pain can't be higher than your worst pain");
        }
        if (now >= 0 && worst >= 0 && now > worst) {
            errors.put("painWorst", "Your worst pain in the last 24 hours can't be lower than your pain now");
        }

        Set<PainQuality> qualities = enums(errors, "quality", PainQuality.class);
        Set<DayPart> worstTimes = enums(errors, "worstTime", DayPart.class);

        LocalDate onsetDate = null;
        String onsetText = value("onsetDate");
        if (onsetText.isEmpty()) {
            errors.put("onsetDate", "Enter roughly when the pain started");
        } else {
            try {
                onsetDate = LocalDate.parse(onsetText);
                if (onsetDate.isAfter(today)) {
                    errors.put("onsetDate", "The date the pain started can’t be in the future");
                } else if (onsetDate.isBefore(today.minusYears(100))) {
                    errors.put("onsetDate", "Check the year the pain started");
                }
            } catch (DateTimeParseException notADate) {
                errors.put("onsetDate", "Enter a date as YYYY-MM-DD");
            }
        }
        Onset onset = parseEnum(Onset.class, value("onset"));
        if (onset == null) {
            errors.put("onset", "Choose how the pain started");
        }

        Set<Aggravator> aggravators = enums(errors, "aggravator", Aggravator.class);
        String easing = text(errors, "easing");
        String work = text(errors, "work");
        String daily = text(errors, "daily");
        String recreation = text(errors, "recreation");

        List<PsfsItem> psfs = new ArrayList<>();
        for (int i = 0; i < MAX_PSFS; i++) {
            String activity = value("psfs." + i + ".activity");
            String scoreText = value("psfs." + i + ".score");
            if (activity.isEmpty() && scoreText.isEmpty()) {
                continue;
            }
            if (activity.isEmpty()) {
                errors.put("psfs." + i + ".activity", "Name the activity you scored");
                continue;
            }
            if (activity.length() > 200) {
                errors.put("psfs." + i + ".activity", "Use at most 200 characters");
                continue;
            }
            int score = score(errors, "psfs." + i + ".score", "how well you can do this activity");
            if (score >= 0) {
                psfs.add(new PsfsItem(activity, score));
            }
        }
        if (psfs.size() < MIN_PSFS && errors.keySet().stream().noneMatch(k -> k.startsWith("psfs."))) {
            errors.put("psfs", "Name at least " + MIN_PSFS + " activities the pain makes hard, and score each");
        }

        String injuries = text(errors, "priorInjuries");
        Set<Comorbidity> comorbidities = enums(errors, "comorbidity", Comorbidity.class);
        Set<Medication> medications = enums(errors, "medication", Medication.class);
        String allergies = allergies(errors);
        Boolean device = yesNo(errors, "implantedDevice", "Tell us whether you have an implanted device");
        Boolean pregnant = yesNo(errors, "pregnant", "Tell us whether you are or could be pregnant");

        Map<Finding, Boolean> redFlags = new EnumMap<>(Finding.class);
        for (RedFlagGroup group : RedFlagGroup.values()) {
            redFlags(errors, group, redFlags);
        }
        String goals = text(errors, "goals");
        if (goals.isEmpty()) {
            errors.put("goals", "Tell us, in your own words, what you want to get back to");
        }

        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new IntakeAnswers(painMap, now, best, worst, qualities, worstTimes, onsetDate, onset,
                aggravators, easing, work, daily, recreation, psfs, injuries, comorbidities, medications, device,
                pregnant, redFlags, goals, allergies), errors);
    }

    /** What the patient is allergic to, or {@link IntakeAnswers#NO_KNOWN_ALLERGIES}: an answer either way. */
    private String allergies(Map<String, String> errors) {
        String text = value("allergies");
        boolean noneKnown = value("noKnownAllergies").equals("yes");
        if (noneKnown && !text.isEmpty()) {
            errors.put("allergies", "Either list your allergies or tick “No known allergies”, not both");
        } else if (!noneKnown && text.isEmpty()) {
            errors.put("allergies", "List any allergies (medicines, plasters or tape, latex, foods), or tick “No known allergies”");
        } else if (text.length() > ALLERGIES_LIMIT) {
            errors.put("allergies", "Please shorten this to " + ALLERGIES_LIMIT + " characters (it has " + text.length() + ")");
        }
        return noneKnown ? IntakeAnswers.NO_KNOWN_ALLERGIES : text;
    }

    /**
     * One group of red-flag questions: "None of these" answers every question the patient left open "no"; a yes
     * under a ticked "None of these" contradicts it, so the patient is asked rather than either answer guessed.
     */
    private void redFlags(Map<String, String> errors, RedFlagGroup group, Map<Finding, Boolean> answers) {
        boolean noneOfThese = value(group.noneField()).equals("yes");
        boolean anyYes = false;
        boolean anyOpen = false;
        for (Finding finding : group.questions()) {
            String field = RedFlagGroup.questionField(finding);
            switch (value(field)) {
                case "yes" -> {
                    answers.put(finding, Boolean.TRUE);
                    anyYes = true;
                }
                case "no" -> answers.put(finding, Boolean.FALSE);
                case "" -> {
                    if (noneOfThese) {
                        answers.put(finding, Boolean.FALSE);
                    } else {
                        errors.put(field, "Please answer yes or no");
                        anyOpen = true;
                    }
                }
                default -> {
                    errors.put(field, "Please answer yes or no");
                    anyOpen = true;
                }
            }
        }
        if (noneOfThese && anyYes) {
            errors.put(group.errorKey(), "You ticked “None of these” but answered yes to a question here: "
                    + "untick it or change that answer");
        } else if (anyOpen) {
            errors.put(group.errorKey(), "Answer each question here with yes or no, or tick “None of these”");
        }
    }

    private int score(Map<String, String> errors, String field, String what) {
        String text = value(field);
        if (text.isEmpty()) {
            errors.put(field, "Score " + what + " from 0 to 10");
            return -1;
        }
        try {
            int score = Integer.parseInt(text);
            if (score < 0 || score > 10) {
                errors.put(field, "Use a number from 0 to 10");
                return -1;
            }
            return score;
        } catch (NumberFormatException notANumber) {
            errors.put(field, "Use a whole number from 0 to 10");
            return -1;
        }
    }

    private String text(Map<String, String> errors, String field) {
        String text = value(field);
        if (text.length() > TEXT_LIMIT) {
            errors.put(field, "Please shorten this to " + TEXT_LIMIT + " characters (it has " + text.length() + ")");
        }
        return text;
    }

    private Boolean yesNo(Map<String, String> errors, String field, String message) {
        return switch (value(field)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                errors.put(field, message);
                yield null;
            }
        };
    }

    private <E extends Enum<E>> Set<E> enums(Map<String, String> errors, String field, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String value : values(field)) {
            E parsed = parseEnum(type, value);
            if (parsed == null) {
                errors.put(field, "Choose from the options shown");
            } else {
                set.add(parsed);
            }
        }
        return set;
    }

    private <E extends Enum<E>> void unknown(Map<String, String> errors, String field, Class<E> type) {
        for (String value : values(field)) {
            if (parseEnum(type, value) == null) {
                errors.put(field, "Choose places from the body chart");
            }
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
