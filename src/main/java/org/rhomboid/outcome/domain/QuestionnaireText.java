package org.rhomboid.outcome.domain;

import java.util.List;

/**
 * The patient-facing wording, written for Rhomboid in plain language. Each list follows the published item order
 * and answer scale of its instrument (knowledge base C), so the scoring rules apply unchanged; the sentences are
 * paraphrases, not the licensed verbatim forms (PATIENT-FORMS, UNCONFIRMED that the paraphrase keeps each
 * instrument's measurement properties).
 */
final class QuestionnaireText {

    /** A question with its answers from the lowest score (0) up; a skip hint makes it optional. */
    record Item(String question, String skipHint, List<String> answers) {
        Item(String question, List<String> answers) {
            this(question, null, answers);
        }
    }

    private static final List<String> PAIN_NOW = List.of("I have no pain at the moment",
            "The pain is very mild at the moment", "The pain is moderate at the moment",
            "The pain is fairly severe at the moment", "The pain is very severe at the moment",
            "The pain is the worst I can imagine at the moment");

    private static final List<String> PERSONAL_CARE = List.of(
            "I can wash and dress myself normally without extra pain",
            "I can wash and dress myself normally, but it causes extra pain",
            "Washing and dressing is painful, so I am slow and careful",
            "I need some help, but manage most of my washing and dressing",
            "I need help every day with most of my washing and dressing",
            "I do not get dressed, I wash with difficulty and stay in bed");

    private static final List<String> LIFTING = List.of("I can lift heavy things without extra pain",
            "I can lift heavy things, but it gives extra pain",
            "Pain stops me lifting heavy things off the floor, but I can if they are placed well, for example on a table",
            "Pain stops me lifting heavy things, but I can manage light or medium things if they are placed well",
            "I can lift only very light things", "I cannot lift or carry anything");

    /** Neck Disability Index, Vernon & Mior 1991: 10 items, 0–5. */
    static final List<Item> NDI = List.of(
            new Item("Pain intensity", PAIN_NOW),
            new Item("Personal care (washing, dressing)", PERSONAL_CARE),
            new Item("Lifting", LIFTING),
            new Item("Reading", List.of("I can read as much as I want with no neck pain",
                    "I can read as much as I want with slight neck pain",
                    "I can read as much as I want with moderate neck pain",
                    "I can't read as much as I want because of moderate neck pain",
                    "I can hardly read at all because of severe neck pain", "I cannot read at all")),
            new Item("Headaches", List.of("I have no headaches at all", "I have slight headaches that come rarely",
                    "I have moderate headaches that come rarely", "I have moderate headaches that come often",
                    "I have severe headaches that come often", "I have headaches almost all the time")),
            new Item("Concentration", List.of("I can concentrate fully whenever I want, with no difficulty",
                    "I can concentrate fully whenever I want, with slight difficulty",
                    "I have a fair amount of difficulty concentrating when I want to",
                    "I have a lot of difficulty concentrating when I want to",
                    "I have a great deal of difficulty concentrating when I want to", "I cannot concentrate at all")),
            new Item("Work", List.of("I can do as much work as I want", "I can do my usual work, but no more",
                    "I can do most of my usual work, but no more", "I cannot do my usual work",
                    "I can hardly do any work at all", "I can't do any work at all")),
            new Item("Driving", "If you don't drive, leave this question out.", List.of(
                    "I can drive without any neck pain", "I can drive as long as I want with slight neck pain",
                    "I can drive as long as I want with moderate neck pain",
                    "I can't drive as long as I want because of moderate neck pain",
                    "I can hardly drive at all because of severe neck pain", "I can't drive at all")),
            new Item("Sleeping", List.of("I have no trouble sleeping",
                    "My sleep is slightly disturbed (less than 1 hour awake)",
                    "My sleep is mildly disturbed (1–2 hours awake)",
                    "My sleep is moderately disturbed (2–3 hours awake)",
                    "My sleep is greatly disturbed (3–5 hours awake)",
                    "My sleep is completely disturbed (5–7 hours awake)")),
            new Item("Recreation (hobbies, sport, going out)", List.of(
                    "I can do all my usual activities with no neck pain",
                    "I can do all my usual activities with some neck pain",
                    "I can do most, but not all, of my usual activities because of neck pain",
                    "I can do only a few of my usual activities because of neck pain",
                    "I can hardly do any of my usual activities because of neck pain",
                    "I can't do any of my usual activities")));

    /** Oswestry Disability Index v2.1a: 10 sections, 0–5. */
    static final List<Item> ODI = List.of(
            new Item("Pain intensity", PAIN_NOW),
            new Item("Personal care (washing, dressing)", PERSONAL_CARE),
            new Item("Lifting", LIFTING),
            new Item("Walking", List.of("Pain does not stop me walking any distance",
                    "Pain stops me walking more than 1 mile", "Pain stops me walking more than half a mile",
                    "Pain stops me walking more than 100 yards", "I can only walk with a stick or crutches",
                    "I am in bed most of the time")),
            new Item("Sitting", List.of("I can sit in any chair as long as I like",
                    "I can sit in my favourite chair only, as long as I like",
                    "Pain stops me sitting more than 1 hour", "Pain stops me sitting more than 30 minutes",
                    "Pain stops me sitting more than 10 minutes", "Pain stops me sitting at all")),
            new Item("Standing", List.of("I can stand as long as I want without extra pain",
                    "I can stand as long as I want, but it gives me extra pain",
                    "Pain stops me standing more than 1 hour", "Pain stops me standing more than 30 minutes",
                    "Pain stops me standing more than 10 minutes", "Pain stops me standing at all")),
            new Item("Sleeping", List.of("My sleep is never disturbed by pain",
                    "My sleep is sometimes disturbed by pain", "Because of pain I sleep less than 6 hours",
                    "Because of pain I sleep less than 4 hours", "Because of pain I sleep less than 2 hours",
                    "Pain stops me sleeping at all")),
            new Item("Sex life", "If this doesn't apply to you, leave this question out.", List.of(
                    "My sex life is normal and causes no extra pain",
                    "My sex life is normal, but causes some extra pain",
                    "My sex life is nearly normal, but very painful", "My sex life is severely limited by pain",
                    "My sex life is nearly absent because of pain", "Pain prevents any sex life at all")),
            new Item("Social life", List.of("My social life is normal and gives me no extra pain",
                    "My social life is normal, but increases my pain",
                    "Pain only limits my more energetic interests, such as sport",
                    "Pain has limited my social life and I don't go out as often",
                    "Pain has limited my social life to my home", "I have no social life because of pain")),
            new Item("Travelling", List.of("I can travel anywhere without pain",
                    "I can travel anywhere, but it gives me extra pain",
                    "Pain is bad, but I manage journeys over 2 hours",
                    "Pain limits me to journeys of less than 1 hour",
                    "Pain limits me to short necessary journeys under 30 minutes",
                    "Pain stops me travelling except to receive treatment")));

    /** Functional Rating Index, Feise & Menke 2001: 10 items, 0–4. */
    static final List<Item> FRI = List.of(
            new Item("Pain intensity", List.of("No pain", "Mild pain", "Moderate pain", "Severe pain",
                    "Worst possible pain")),
            new Item("Sleep", List.of("Perfect sleep", "Mildly disturbed sleep", "Moderately disturbed sleep",
                    "Greatly disturbed sleep", "Totally disturbed sleep")),
            new Item("Personal care (washing, dressing)", List.of("No pain, no limits", "Mild pain, no limits",
                    "Moderate pain, I need to go slowly", "Moderate pain, I need some help",
                    "Severe pain, I need help with everything")),
            new Item("Travel (driving, riding)", List.of("No pain on long trips", "Mild pain on long trips",
                    "Moderate pain on long trips", "Moderate pain on short trips", "Severe pain on short trips")),
            new Item("Work", List.of("I can do my usual work plus any extra work", "I can do my usual work, no extra",
                    "I can do about half my usual work", "I can do about a quarter of my usual work",
                    "I cannot work")),
            new Item("Recreation", List.of("I can do all my activities", "I can do most of my activities",
                    "I can do some of my activities", "I can do a few of my activities",
                    "I cannot do any of my activities")),
            new Item("How often you have pain", List.of("No pain", "Now and then (about a quarter of the day)",
                    "On and off (about half the day)", "Often (about three quarters of the day)",
                    "All the time")),
            new Item("Lifting", List.of("No pain lifting heavy things", "More pain lifting heavy things",
                    "More pain lifting medium things", "More pain lifting light things",
                    "More pain lifting anything")),
            new Item("Walking", List.of("No pain walking any distance", "More pain after 1 mile",
                    "More pain after half a mile", "More pain after a quarter of a mile",
                    "More pain with any walking")),
            new Item("Standing", List.of("No pain after standing several hours",
                    "More pain after standing several hours", "More pain after standing 1 hour",
                    "More pain after standing half an hour", "More pain with any standing")));

    /** Fear-Avoidance Beliefs Questionnaire, Waddell 1993: 16 statements rated 0–6. */
    static final List<String> FABQ = List.of(
            "My pain was caused by physical activity",
            "Physical activity makes my pain worse",
            "Physical activity might harm my back",
            "I should not do physical activities that (might) make my pain worse",
            "I cannot do physical activities that (might) make my pain worse",
            "My pain was caused by my work or by an accident at work",
            "My work made my pain worse",
            "I have a claim for compensation for my pain",
            "My work is too heavy for me",
            "My work makes or would make my pain worse",
            "My work might harm my back",
            "I should not do my normal work with my present pain",
            "I cannot do my normal work with my present pain",
            "I cannot do my normal work until my pain is treated",
            "I do not think I will be back to my normal work within 3 months",
            "I do not think I will ever be able to go back to that work");

    /** The 15-point Global Rating of Change, best first, as patients read it. */
    static final List<Questionnaire.Answer> GROC = List.of(
            new Questionnaire.Answer(7, "A very great deal better"), new Questionnaire.Answer(6, "A great deal better"),
            new Questionnaire.Answer(5, "Quite a bit better"), new Questionnaire.Answer(4, "Moderately better"),
            new Questionnaire.Answer(3, "Somewhat better"), new Questionnaire.Answer(2, "A little better"),
            new Questionnaire.Answer(1, "A tiny bit better — almost the same"),
            new Questionnaire.Answer(0, "About the same"),
            new Questionnaire.Answer(-1, "A tiny bit worse — almost the same"),
            new Questionnaire.Answer(-2, "A little worse"), new Questionnaire.Answer(-3, "Somewhat worse"),
            new Questionnaire.Answer(-4, "Moderately worse"), new Questionnaire.Answer(-5, "Quite a bit worse"),
            new Questionnaire.Answer(-6, "A great deal worse"), new Questionnaire.Answer(-7, "A very great deal worse"));

    private QuestionnaireText() {
    }
}
