package org.rhomboid.bootstrap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.ClinicFounding;
import org.rhomboid.account.StaffUser;
import org.rhomboid.billing.BillingSettings;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeDetails;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.domain.Npi;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.springframework.stereotype.Component;

/**
 * A small outpatient clinic with one account per role and a caseload of fictional thoracic patients, so a
 * new user can try every screen. Seeded once, through the same services the UI uses (and so audited).
 */
@Component
public class DemoClinic {

    public static final String PASSWORD = "rhomboid-demo";
    public static final String PT_EMAIL = "pt@demo.rhomboid.org";

    /** The demo accounts, as listed in the README. */
    public record Account(String email, String name, Role role) {}

    public static final List<Account> ACCOUNTS = List.of(
            new Account(PT_EMAIL, "Dana Whitfield, PT, DPT", Role.PT),
            new Account("pt2@demo.rhomboid.org", "Luis Ortega, PT", Role.PT),
            new Account("pta@demo.rhomboid.org", "Sam Okafor, PTA", Role.PTA),
            new Account("frontdesk@demo.rhomboid.org", "Riley Chen", Role.FRONT_DESK),
            new Account("biller@demo.rhomboid.org", "Morgan Hale", Role.BILLER),
            new Account("admin@demo.rhomboid.org", "Pat Alvarez", Role.CLINIC_ADMIN));

    private record DemoPatient(String given, String family, String birth, Sex sex, Payer payer, String member,
                               String referrer, String onset, Mechanism mechanism) {}

    private static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("Margaret", "Ellison", "1951-04-12", Sex.FEMALE, Payer.MEDICARE, "1EG4TE5MK73",
                    "Dr. Alan Brooks", "2026-10-28", Mechanism.INSIDIOUS),
            new DemoPatient("Jordan", "Pike", "1991-08-03", Sex.MALE, Payer.COMMERCIAL, "XJH448812",
                    "Dr. Priya Natarajan", "2026-11-02", Mechanism.SUDDEN_MOVEMENT),
            new DemoPatient("Alicia", "Moreno", "1984-01-22", Sex.FEMALE, Payer.COMMERCIAL, "BCX7730021",
                    "Dr. Priya Natarajan", "2026-09-15", Mechanism.REPETITIVE),
            new DemoPatient("Harold", "Jensen", "1946-11-30", Sex.MALE, Payer.MEDICARE, "2KM7RT8NP41",
                    "Dr. Alan Brooks", "2026-10-05", Mechanism.ACUTE_TRAUMA),
            new DemoPatient("Keisha", "Robinson", "1978-06-09", Sex.FEMALE, Payer.MEDICAID, "MD55012877",
                    null, "2026-08-20", Mechanism.INSIDIOUS),
            new DemoPatient("Tomás", "Herrera", "1969-03-17", Sex.MALE, Payer.WORKERS_COMP, "WC-2026-11873",
                    "Dr. Grace Liu", "2026-10-30", Mechanism.ACUTE_TRAUMA),
            new DemoPatient("Emily", "Smith", "1999-12-01", Sex.FEMALE, Payer.SELF_PAY, null,
                    null, "2026-11-10", Mechanism.REPETITIVE),
            new DemoPatient("John", "Smith", "1962-05-25", Sex.MALE, Payer.COMMERCIAL, "UHC90021344",
                    "Dr. Grace Liu", "2026-07-01", Mechanism.INSIDIOUS),
            new DemoPatient("Beatrice", "Nakamura", "1957-09-14", Sex.FEMALE, Payer.MEDICARE, "5HT2WE9AA62",
                    "Dr. Alan Brooks", "2026-10-12", Mechanism.INSIDIOUS),
            new DemoPatient("Ravi", "Shah", "1988-02-29", Sex.MALE, Payer.COMMERCIAL, "AET6612093",
                    null, "2026-11-14", Mechanism.SUDDEN_MOVEMENT),
            new DemoPatient("Olivia", "Brennan", "2009-07-07", Sex.FEMALE, Payer.COMMERCIAL, "CIG3390018",
                    "Dr. Priya Natarajan", "2026-10-01", Mechanism.REPETITIVE),
            new DemoPatient("Samuel", "Adeyemi", "1973-10-19", Sex.MALE, Payer.COMMERCIAL, "BCB2201945",
                    "Dr. Grace Liu", "2026-09-28", Mechanism.SUDDEN_MOVEMENT));

    private final ClinicFounding founding;
    private final PatientService patients;
    private final EpisodeService episodes;
    private final ClinicRepository clinics;
    private final BillingSettings billing;
    private final org.rhomboid.payer.PayerDirectory payerDirectory;
    private final DemoEpisodes demoEpisodes;

    DemoClinic(ClinicFounding founding, PatientService patients, EpisodeService episodes, ClinicRepository clinics,
               BillingSettings billing, org.rhomboid.payer.PayerDirectory payerDirectory, DemoEpisodes demoEpisodes) {
        this.demoEpisodes = demoEpisodes;
        this.payerDirectory = payerDirectory;
        this.clinics = clinics;
        this.billing = billing;
        this.founding = founding;
        this.patients = patients;
        this.episodes = episodes;
    }

    public UUID seed() {
        List<ClinicFounding.NewStaff> staff = ACCOUNTS.stream()
                .map(a -> new ClinicFounding.NewStaff(a.email(), a.name(), PASSWORD, EnumSet.of(a.role()),
                        a.role() == Role.PT ? npi(a.email().hashCode()) : null))
                .toList();
        return founding.found("Harbor Street Physical Therapy (demo)", false, staff, founded -> {
            Map<String, Episode> admitted = new LinkedHashMap<>();
            for (int i = 0; i < PATIENTS.size(); i++) {
                DemoPatient demo = PATIENTS.get(i);
                admitted.put(demo.given() + " " + demo.family(), admit(demo, i, founded.staff().get(i % 2)));
            }
            // The letterhead of its notes and letters; the group NPI and EIN are made up (valid check digit).
            clinics.updateProfile(founded.clinicId(), new ClinicProfile("Harbor Street Physical Therapy (demo)",
                    "12 Harbor Street, Suite 3", "Portland", "ME", "041013301", "(555) 010-1000", "(555) 010-1001",
                    npi("Harbor Street Physical Therapy".hashCode()), "123456789", true, 3));
            seedBilling();
            demoEpisodes.seed(founded, admitted);
            return founded.clinicId();
        });
    }

    /**
     * A plausible fee schedule (made-up charges and allowed amounts, not any payer's rates) and clearinghouse test
     * settings, so a biller can make a test batch as soon as notes are signed.
     */
    private void seedBilling() {
        Map<String, Fee> fees = new LinkedHashMap<>();
        for (String[] row : FEES) {
            fees.put(row[0], new Fee(row[0], new BigDecimal(row[1]), row.length > 2 ? new BigDecimal(row[2]) : null));
        }
        billing.saveFees(fees);
        Map<Payer, PayerIdentity> payers = new EnumMap<>(Payer.class);
        payers.put(Payer.MEDICARE, new PayerIdentity("Medicare Part B (demo)", "DEMOMCR"));
        payers.put(Payer.MEDICAID, new PayerIdentity("MaineCare (demo)", "DEMOMCD"));
        payers.put(Payer.COMMERCIAL, new PayerIdentity("Commercial plans (demo)", "DEMOCOM"));
        payers.put(Payer.WORKERS_COMP, new PayerIdentity("Workers' comp carrier (demo)", "DEMOWC"));
        billing.save(new ClearinghouseSettings("225100000X", "11", "HARBORPTDEMO", "DEMOCLEARING",
                "Demo Clearinghouse", "Harbor Street Physical Therapy", "Morgan Hale", "5550101000", 'T', 1, payers));
        // A few made-up insurers of each kind (invented payer IDs and addresses), read through the CSV import.
        org.rhomboid.payer.domain.PayerCsv.Read read = org.rhomboid.payer.domain.PayerCsv.read(
                demoPayers());
        if (!read.valid()) {
            throw new IllegalStateException("demo-payers.csv: " + read.problems());
        }
        payerDirectory.importAll(read.payers());
    }

    private static String demoPayers() {
        try (java.io.InputStream in = DemoClinic.class.getResourceAsStream("/bootstrap/demo-payers.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Code, charge per unit, expected allowed amount (demo figures). */
    private static final String[][] FEES = {
            {"97161", "150.00", "104.00"}, {"97162", "175.00", "104.00"}, {"97163", "200.00", "104.00"},
            {"97164", "110.00", "71.00"}, {"97110", "55.00", "29.00"}, {"97112", "58.00", "33.00"},
            {"97140", "52.00", "27.00"}, {"97530", "60.00", "35.00"}, {"97535", "55.00", "32.00"},
            {"97032", "30.00", "17.00"}, {"97035", "25.00", "12.00"}, {"97116", "50.00", "29.00"},
            {"97010", "20.00"}, {"97014", "25.00"}, {"G0283", "25.00", "9.00"}, {"97150", "35.00", "17.00"},
            {"20560", "60.00"}, {"20561", "80.00"}};

    /**
     * Registers one demo patient with an open thoracic episode; DemoEpisodes then documents two of them in full (one
     * to discharge).
     */
    private Episode admit(DemoPatient demo, int i, StaffUser therapist) {
        Patient patient = patients.register(new PatientDetails(null, demo.family(), demo.given(),
                LocalDate.parse(demo.birth()), demo.sex(), "(555) 010-" + (2000 + i * 37),
                demo.given().toLowerCase() + "." + demo.family().toLowerCase() + "@example.com",
                (100 + i * 12) + " Harbor Street", "Portland", "ME", "04101", demo.payer(), demo.member(),
                demo.referrer(), demo.referrer() == null ? null : npi(demo.referrer().hashCode()), null));
        Episode episode = episodes.open(patient.id(), new EpisodeDetails(BodyRegion.THORACIC,
                LocalDate.parse(demo.onset()), demo.mechanism(), EpisodeStatus.OPEN, therapist.id(), null));
        return episode;
    }

    /** A fictional but well-formed NPI (valid check digit), stable for a given seed. */
    static String npi(int seed) {
        String firstNine = "1" + String.format("%08d", Math.floorMod(seed, 100_000_000));
        return firstNine + Npi.checkDigit(firstNine);
    }
}
