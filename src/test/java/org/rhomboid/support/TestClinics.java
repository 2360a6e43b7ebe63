package org.rhomboid.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffAccounts;
import org.rhomboid.account.StaffUser;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeDetails;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes fresh, fully separate clinics for a test, through the application's own services. */
@TestComponent
public class TestClinics {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger sequence = new AtomicInteger();

    /** A clinic with one user per role, one patient and one open episode. */
    public record Clinic(UUID id, Map<Role, StaffUser> staff, Patient patient, Episode episode) {
        public StaffUser user(Role role) {
            return staff.get(role);
        }
    }

    private final ClinicRepository clinics;
    private final StaffAccounts accounts;
    private final PatientService patients;
    private final EpisodeService episodes;
    private final TransactionTemplate transaction;

    TestClinics(ClinicRepository clinics, StaffAccounts accounts, PatientService patients, EpisodeService episodes,
                TransactionTemplate transaction) {
        this.clinics = clinics;
        this.accounts = accounts;
        this.patients = patients;
        this.episodes = episodes;
        this.transaction = transaction;
    }

    public Clinic create(String patientFamilyName) {
        UUID clinicId = UUID.randomUUID();
        int n = sequence.incrementAndGet();
        String suffix = clinicId.toString().substring(0, 8);
        return ClinicScope.callAs(clinicId, () -> transaction.execute(status -> {
            clinics.insert(clinicId, "Test clinic " + n);
            var staff = new java.util.EnumMap<Role, StaffUser>(Role.class);
            for (Role role : Role.values()) {
                var roles = role == Role.CLINIC_ADMIN ? EnumSet.of(Role.CLINIC_ADMIN, Role.PT) : EnumSet.of(role);
                staff.put(role, accounts.create(role.name().toLowerCase() + "-" + suffix + "@test.rhomboid.org",
                        role.label() + " " + n, PASSWORD, roles, null));
            }
            Patient patient = patients.register(new PatientDetails(null, patientFamilyName, "Quinn",
                    LocalDate.of(1960, 2, 14), Sex.FEMALE, null, null, null, null, null, null, Payer.MEDICARE,
                    "1EG4TE5MK7" + (n % 10), null, null, null));
            Episode episode = episodes.open(patient.id(), new EpisodeDetails(BodyRegion.THORACIC,
                    LocalDate.now().minusWeeks(3), Mechanism.INSIDIOUS, EpisodeStatus.OPEN,
                    staff.get(Role.PT).id(), null));
            return new Clinic(clinicId, Map.copyOf(staff), patient, episode);
        }));
    }
}
