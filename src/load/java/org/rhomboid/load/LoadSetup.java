package org.rhomboid.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhomboid.support.DailyNoteForms;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.WebSession;

/**
 * What the clinic day starts from, made the way a clinic makes it, over HTTP: each load clinician's fresh episode
 * taken through intake and a signed evaluation, the day's first daily note signed (so the day's later notes are
 * separate sessions), a home programme and a portal link for the patients' part of the day.
 */
final class LoadSetup {

    private static final Pattern LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/portal/[^<\"]+)<");
    private static final Pattern EXERCISE = Pattern.compile("name=\"ex\\.(\\d+)\\.code\" value=\"([^\"]+)\"");

    record Account(String kind, String email, String clinic, String episode, LocalDate startedOn, String frontDesk) {}

    record Prepared(List<Account> clinicians, List<Account> frontDesk, List<Account> billers, List<String> portalLinks) {}

    private LoadSetup() {
    }

    static List<Account> accounts(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",", -1))
                    .map(f -> new Account(f[0], f[1], f[2], f[3], f[4].isEmpty() ? null : LocalDate.parse(f[4]), f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Generate the data first (LoadData): " + file, e);
        }
    }

    static Prepared prepare(int port, Path file, int clinicians, int frontDesk, int billers) {
        return prepare(port, file, clinicians, frontDesk, billers, true);
    }

    /** As above; {@code portal} false leaves the home programmes and portal links alone (the signing run needs none). */
    static Prepared prepare(int port, Path file, int clinicians, int frontDesk, int billers, boolean portal) {
        List<Account> all = accounts(file);
        List<Account> pts = all.stream().filter(a -> a.kind().equals("clinician")).limit(clinicians).toList();
        List<String> links = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Account pt : pts) {
            WebSession therapist = WebSession.signIn(port, pt.email(), LoadData.PASSWORD);
            String episode = "/episodes/" + pt.episode();
            if (!therapist.get(episode + "/evaluation").body().contains("Signed by")) {
                SignedEvaluation.sign(port, new SignedEvaluation.Care(UUID.fromString(pt.episode()), pt.startedOn(),
                        pt.frontDesk(), pt.email(), LoadData.PASSWORD), pt.startedOn());
                signFirstNoteOfTheDay(therapist, episode, today);
            }
            if (portal) {
                links.add(portalLink(therapist, episode));
            }
        }
        return new Prepared(pts, all.stream().filter(a -> a.kind().equals("front_desk")).limit(frontDesk).toList(),
                all.stream().filter(a -> a.kind().equals("biller")).limit(billers).toList(), links);
    }

    /** The daily note form the simulation also sends: two timed services on the plan, as VisitNotesIT writes them. */
    static Map<String, List<String>> dailyNote(LocalDate visit) {
        Map<String, List<String>> f = DailyNoteForms.twoServices(visit);
        f.put("i0.e0.name", List.of("Prone Y"));
        f.put("i0.e0.sets", List.of("3"));
        f.put("i0.e0.reps", List.of("10"));
        f.put("i1.e0.name", List.of("Open book rotation"));
        f.put("i1.e0.sets", List.of("2"));
        f.put("i1.e0.reps", List.of("12"));
        return f;
    }

    private static void signFirstNoteOfTheDay(WebSession therapist, String episode, LocalDate today) {
        WebSession.Page started = therapist.post(episode + "/notes", Map.of("kind", "DAILY_NOTE"), episode + "/notes");
        if (started.location() == null || !started.location().contains("/notes/")) {
            throw new IllegalStateException("No daily note started on " + episode + ": " + started.status());
        }
        String note = started.location().substring(started.location().indexOf("/notes/"));
        Map<String, List<String>> form = dailyNote(today);
        form.put("action", List.of("sign"));
        WebSession.Page signed = therapist.postMulti(note, form, note);
        if (signed.status() != 302) {
            throw new IllegalStateException("The day's first note on " + episode + " was not signed: " + signed.status());
        }
    }

    /** A one-exercise home programme and its portal link (the path, as the patient's phone opens it). */
    private static String portalLink(WebSession therapist, String episode) {
        String hep = episode + "/hep";
        Matcher row = EXERCISE.matcher(therapist.get(hep).body());
        if (!row.find()) {
            throw new IllegalStateException("No exercise offered on " + hep);
        }
        String i = row.group(1);
        Map<String, List<String>> form = new HashMap<>();
        form.put("ex." + i + ".code", List.of(row.group(2)));
        form.put("ex." + i + ".sets", List.of("2"));
        form.put("ex." + i + ".reps", List.of("10"));
        form.put("ex." + i + ".timesPerDay", List.of("1"));
        form.put("ex." + i + ".daysPerWeek", List.of("7"));
        WebSession.Page prescribed = therapist.postMulti(hep, form, hep);
        if (prescribed.status() != 302) {
            throw new IllegalStateException("No home programme prescribed on " + episode + ": " + prescribed.status());
        }
        WebSession.Page link = therapist.post(episode + "/portal-link", Map.of(), hep);
        Matcher url = LINK.matcher(link.body());
        if (link.status() != 200 || !url.find()) {
            throw new IllegalStateException("No portal link issued on " + episode + ": " + link.status());
        }
        return URI.create(url.group(1)).getPath();
    }
}
