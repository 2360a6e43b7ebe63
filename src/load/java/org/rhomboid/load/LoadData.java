package org.rhomboid.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.rhomboid.visit.domain.CanonicalJson;
import org.rhomboid.visit.domain.NoteHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a migrated Rhomboid database with a clinic day's worth of history, through {@code COPY}: clinics (second
 * factor not required, so the simulation signs in with the form alone), staff, patients, one open episode each and
 * signed daily notes (the visits), plus one fresh episode per load clinician that the simulation takes through its
 * evaluation. Writes the accounts and episodes the simulation uses to {@code load.users} (a CSV file).
 *
 * <p>Runs as the schema owner, which row-level security does not restrict. Deterministic names from the index, so
 * searches find the same spread as {@code SyntheticPatients}: a third of family names among 40 common surnames.
 */
public final class LoadData {

    /** The password of every generated account; it is a load-test database, never a clinic's. */
    public static final String PASSWORD = "load-test-clinic-day-password";

    private static final String[] FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
        "Flores"};
    private static final String[] GIVEN = {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
        "Jessica", "Sarah", "Karen", "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph",
        "Thomas", "Charles", "Ana", "Wei", "Fatima", "Olga", "Kenji", "Aisha", "Diego", "Priya", "Noah", "Emma"};
    private static final int BATCH = 50_000;

    private final int clinics;
    private final long patients;
    private final long visits;
    private final int clinicians;
    private final int frontDesk;
    private final int billers;
    /** The clinics the load accounts work in: ten, or fewer when there are fewer clinics. */
    private final int staffedClinics;
    private final LocalDate today = LocalDate.now();

    LoadData(int clinics, long patients, long visits, int clinicians, int frontDesk, int billers) {
        this.clinics = clinics;
        this.patients = patients;
        this.visits = visits;
        this.clinicians = clinicians;
        this.frontDesk = frontDesk;
        this.billers = billers;
        this.staffedClinics = Math.min(clinics, 10);
    }

    public static void main(String[] args) throws Exception {
        LoadData data = new LoadData(Integer.getInteger("load.clinics", 1_000), Long.getLong("load.patients", 1_000_000L),
                Long.getLong("load.visits", 10_000_000L), Integer.getInteger("load.clinicians", 50),
                Integer.getInteger("load.frontDesk", 10), Integer.getInteger("load.billers", 5));
        String url = System.getProperty("load.db.url", "jdbc:postgresql://localhost:55432/rhomboid");
        Path users = Path.of(System.getProperty("load.users", "target/load/users.csv"));
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, System.getProperty("load.db.user", "postgres"),
                System.getProperty("load.db.password", ""))) {
            data.fill(db, users);
        }
        System.out.printf("Generated %,d clinics, %,d patients, %,d visits in %,d s; accounts in %s%n", data.clinics,
                data.patients, data.visits, (System.nanoTime() - start) / 1_000_000_000L, users);
    }

    void fill(Connection db, Path usersFile) throws SQLException, IOException {
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        UUID[] clinicIds = new UUID[clinics];
        StringBuilder rows = new StringBuilder();
        for (int c = 0; c < clinics; c++) {
            clinicIds[c] = UUID.randomUUID();
            rows.append(clinicIds[c]).append(",Load clinic ").append(c + 1).append(",false\n");
        }
        copy.copyIn("COPY clinic (id, name, mfa_required) FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));

        // Staff: every clinic has a physical therapist; the staffed clinics also have the load accounts.
        String hash = new BCryptPasswordEncoder(12).encode(PASSWORD);
        List<List<UUID>> therapists = new ArrayList<>();
        List<String> names = new ArrayList<>();
        rows.setLength(0);
        List<String> userLines = new ArrayList<>();
        userLines.add("kind,email,clinic,episode,started_on,front_desk");
        for (int c = 0; c < clinics; c++) {
            therapists.add(new ArrayList<>());
        }
        Map<UUID, String> displayNames = new LinkedHashMap<>();
        for (int c = 0; c < clinics; c++) {
            UUID id = UUID.randomUUID();
            staff(rows, id, clinicIds[c], "pt-c" + (c + 1) + "@load.rhomboid.test", "Therapist C" + (c + 1), "PT", hash);
            therapists.get(c).add(id);
            displayNames.put(id, "Therapist C" + (c + 1));
        }
        for (int i = 0; i < clinicians; i++) {
            int c = i % staffedClinics;
            UUID id = UUID.randomUUID();
            staff(rows, id, clinicIds[c], "clinician-" + (i + 1) + "@load.rhomboid.test", "Clinician " + (i + 1), "PT", hash);
            therapists.get(c).add(id);
            displayNames.put(id, "Clinician " + (i + 1));
        }
        for (int i = 0; i < Math.max(frontDesk, staffedClinics); i++) {
            staff(rows, UUID.randomUUID(), clinicIds[i % staffedClinics], "desk-" + (i + 1) + "@load.rhomboid.test",
                    "Front desk " + (i + 1), "FRONT_DESK", hash);
            if (i < frontDesk) {
                userLines.add("front_desk,desk-" + (i + 1) + "@load.rhomboid.test," + clinicIds[i % staffedClinics] + ",,,");
            }
        }
        for (int i = 0; i < billers; i++) {
            staff(rows, UUID.randomUUID(), clinicIds[i % staffedClinics], "biller-" + (i + 1) + "@load.rhomboid.test",
                    "Biller " + (i + 1), "BILLER", hash);
            userLines.add("biller,biller-" + (i + 1) + "@load.rhomboid.test," + clinicIds[i % staffedClinics] + ",,,");
        }
        copy.copyIn("COPY app_user (id, clinic_id, email, display_name, password_hash, roles) FROM STDIN WITH (FORMAT csv)",
                new StringReader(rows.toString()));

        // Patients, each with one open thoracic episode, and their signed daily notes spread over the past.
        long perEpisode = patients == 0 ? 0 : visits / patients;
        long extra = patients == 0 ? 0 : visits % patients;
        StringBuilder patientRows = new StringBuilder();
        StringBuilder episodeRows = new StringBuilder();
        StringBuilder noteRows = new StringBuilder();
        for (long p = 0; p < patients; p++) {
            // Each clinic a contiguous run of indices, so every clinic has the whole spread of names.
            int c = (int) (p * clinics / patients);
            UUID patient = UUID.randomUUID();
            patient(patientRows, patient, clinicIds[c], "L" + (p + 1), p);
            List<UUID> pts = therapists.get(c);
            UUID therapist = pts.get((int) (p % pts.size()));
            long count = perEpisode + (p < extra ? 1 : 0);
            LocalDate started = today.minusDays(3 * count + 7 + p % 30);
            UUID episode = UUID.randomUUID();
            episodeRows.append(episode).append(',').append(clinicIds[c]).append(',').append(patient)
                    .append(",THORACIC,").append(started).append(",INSIDIOUS,OPEN,").append(therapist).append(',')
                    .append(started).append('\n');
            for (long k = 0; k < count; k++) {
                note(noteRows, clinicIds[c], episode, patient, started.plusDays(3 * k + 1), therapist,
                        displayNames.get(therapist));
            }
            if ((p + 1) % BATCH == 0 || noteRows.length() > 16_000_000) {
                flush(copy, patientRows, episodeRows, noteRows);
            }
        }
        // One fresh episode per load clinician: the simulation signs its evaluation, then writes its notes.
        for (int i = 0; i < clinicians; i++) {
            int c = i % staffedClinics;
            UUID patient = UUID.randomUUID();
            patient(patientRows, patient, clinicIds[c], "LC" + (i + 1), i);
            UUID episode = UUID.randomUUID();
            LocalDate started = today.minusDays(14);
            UUID therapist = therapists.get(c).get(1 + i / staffedClinics);
            episodeRows.append(episode).append(',').append(clinicIds[c]).append(',').append(patient)
                    .append(",THORACIC,").append(started).append(",INSIDIOUS,OPEN,").append(therapist).append(',')
                    .append(started).append('\n');
            userLines.add("clinician,clinician-" + (i + 1) + "@load.rhomboid.test," + clinicIds[c] + "," + episode + ","
                    + started + ",desk-" + (c + 1) + "@load.rhomboid.test");
        }
        flush(copy, patientRows, episodeRows, noteRows);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("ANALYZE");
        }
        Files.createDirectories(usersFile.toAbsolutePath().getParent());
        Files.write(usersFile, userLines);
    }

    private static void staff(StringBuilder rows, UUID id, UUID clinic, String email, String name, String role,
                              String hash) {
        rows.append(id).append(',').append(clinic).append(',').append(email).append(',').append(name).append(',')
                .append(hash).append(",{").append(role).append("}\n");
    }

    private static void patient(StringBuilder rows, UUID id, UUID clinic, String mrn, long i) {
        // The spread of SyntheticPatients: a third share 40 common surnames exactly, the rest carry a suffix.
        String family = FAMILY[(int) ((i * 7919) % FAMILY.length)]
                + (i % 3 == 0 ? "" : Character.toUpperCase(Long.toString(i * 2654435761L % 60_466_176L, 36).charAt(0))
                + Long.toString(i * 2654435761L % 60_466_176L, 36).substring(1));
        rows.append(id).append(',').append(clinic).append(',').append(mrn).append(',').append(family).append(',')
                .append(GIVEN[(int) ((i * 104729) % GIVEN.length)]).append(',')
                .append(LocalDate.of(1925, 1, 1).plusDays((i * 37) % 36_500)).append(',')
                .append(i % 2 == 0 ? "FEMALE" : "MALE").append(",SELF_PAY\n");
    }

    /** A signed daily note: canonical content and its SHA-256, as VisitService locks one. */
    private static void note(StringBuilder rows, UUID clinic, UUID episode, UUID patient, LocalDate visit,
                             UUID author, String authorName) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("kind", "DAILY_NOTE");
        content.put("visitDate", visit.toString());
        content.put("painToday", 4);
        content.put("patientReport", "Sitting tolerance improving");
        content.put("assessment", "Better thoracic rotation; tolerating loaded extension.");
        content.put("plan", "Continue the plan of care.");
        String json = CanonicalJson.write(content);
        OffsetDateTime signed = visit.atTime(17, 0).atOffset(ZoneOffset.UTC);
        rows.append(UUID.randomUUID()).append(',').append(clinic).append(',').append(episode).append(',')
                .append(patient).append(",DAILY_NOTE,").append(visit).append(",SIGNED,\"")
                .append(json.replace("\"", "\"\"")).append("\",").append(NoteHash.of(content)).append(',')
                .append(author).append(',').append(authorName).append(",PT,").append(signed).append('\n');
    }

    private static void flush(CopyManager copy, StringBuilder patients, StringBuilder episodes, StringBuilder notes)
            throws SQLException, IOException {
        copy.copyIn("COPY patient (id, clinic_id, mrn, family_name, given_name, birth_date, sex, primary_payer)"
                + " FROM STDIN WITH (FORMAT csv)", new StringReader(patients.toString()));
        copy.copyIn("COPY episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,"
                + " treating_therapist_id, started_on) FROM STDIN WITH (FORMAT csv)", new StringReader(episodes.toString()));
        copy.copyIn("COPY note (id, clinic_id, episode_id, patient_id, kind, visit_date, status, content, content_hash,"
                + " author_id, author_name, author_role, signed_at) FROM STDIN WITH (FORMAT csv)",
                new StringReader(notes.toString()));
        patients.setLength(0);
        episodes.setLength(0);
        notes.setLength(0);
    }
}
