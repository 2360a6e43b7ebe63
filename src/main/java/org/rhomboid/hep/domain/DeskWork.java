package org.rhomboid.hep.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Workstation advice for people whose pain comes with desk, laptop or screen work: a low screen or a laptop
 * raises neck flexion, and long unbroken sitting is a common aggravator (source ERGONOMICS in
 * docs/clinical-sources.md; practice advice, weak evidence). Text written for Rhomboid.
 */
public final class DeskWork {

    public static final List<String> ADVICE = List.of(
            "Screen height: the top of the screen at or just below eye level, about an arm's length away, so you "
                    + "look slightly down without bending your neck.",
            "Laptops: for longer work, raise the laptop on a stand or books and use a separate keyboard and mouse; "
                    + "avoid working with the laptop on your lap, in bed or on a sofa.",
            "Chair: sit back with your lower back supported, feet flat on the floor or a footrest, and elbows "
                    + "by your sides at about desk height.",
            "Phones and tablets: bring the screen up towards eye level rather than bending your head down to it.",
            "Breaks: change position at least every 30–45 minutes — stand, walk, or do one of your mobility "
                    + "exercises for a minute.",
            "Share the load: keep things you use often within easy reach, and alternate sitting and standing if "
                    + "you can.");

    private static final Pattern SCREEN_WORK = Pattern.compile(
            "\\b(desk|office|computer|laptop|screen|typing|programm\\w*|developer|admin\\w*|account\\w*|"
                    + "secretar\\w*|call cent\\w*|student|writ\\w+|design\\w*)\\b");

    private DeskWork() {
    }

    /**
     * @param aggravators the intake's aggravating activities (enum names)
     * @param work        what the patient wrote about their work
     * @param codes       the programme's exercise codes
     */
    public static boolean applies(Collection<String> aggravators, String work, Collection<String> codes) {
        return aggravators.contains("DESK_WORK") || aggravators.contains("PROLONGED_SITTING")
                || (work != null && SCREEN_WORK.matcher(work.toLowerCase(Locale.ROOT)).find())
                || codes.stream().anyMatch(code -> code.contains("ergonomic"));
    }
}
