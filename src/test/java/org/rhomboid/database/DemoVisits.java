package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ChildApp;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.DailyNoteForms;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.WebSession;

/** The demo clinic of a Rhomboid started by a test (support/ChildApp), taken to its first signed daily note. */
final class DemoVisits {

    static final String PASSWORD = "rhomboid-demo";
    static final String FRONT_DESK = "frontdesk@demo.rhomboid.org";
    static final LocalDate TODAY = LocalDate.now();

    private DemoVisits() {
    }

    /**
     * The demo clinic's open episodes with nothing documented yet (no intake: the seeded episode in care has its
     * own), oldest first.
     */
    static List<UUID> openEpisodes(Path data) throws Exception {
        List<UUID> episodes = new ArrayList<>();
        try (Connection db = ChildApp.superuser(data);
             var rows = db.createStatement().executeQuery("select id from episode e where status = 'OPEN'"
                     + " and not exists (select 1 from intake i where i.episode_id = e.id) order by created_at, id")) {
            while (rows.next()) {
                episodes.add(rows.getObject(1, UUID.class));
            }
        }
        return episodes;
    }

    /** Intake, a signed initial evaluation and the day's first daily note, signed: its id. */
    static UUID firstNoteSigned(int port, UUID episode) {
        String page = "/episodes/" + episode;
        IntakeLinks.complete(port, WebSession.signIn(port, FRONT_DESK, PASSWORD), page, CompleteIntake.fields());
        WebSession pt = WebSession.signIn(port, DemoClinic.PT_EMAIL, PASSWORD);
        SignedEvaluation.signAfterIntake(pt, page, TODAY, TODAY.minusDays(14));
        WebSession.Page started = pt.post(page + "/notes", Map.of("kind", "DAILY_NOTE"), page + "/notes");
        String note = started.location().substring(started.location().indexOf("/notes/"));
        Map<String, List<String>> form = dailyNote();
        form.put("action", List.of("sign"));
        assertThat(pt.postMulti(note, form, note).status()).as("the day's first note is signed").isEqualTo(302);
        return UUID.fromString(note.substring("/notes/".length()));
    }

    /** Today's visit: two planned services, 47 minutes. */
    static Map<String, List<String>> dailyNote() {
        return DailyNoteForms.twoServices(TODAY);
    }
}
