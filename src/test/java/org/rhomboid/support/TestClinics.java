package org.rhomboid.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.rhomboid.account.Role;
import org.rhomboid.account.ClinicFounding;
import org.rhomboid.account.StaffUser;
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

    private final ClinicFounding founding;
    private final PatientService patients;
    private final EpisodeService episodes;

    TestClinics(ClinicFounding founding, PatientService patients, EpisodeService episodes) {
        this.founding = founding;
        this.patients = patients;
        this.episodes = episodes;
    }

    public Clinic create(String patientFamilyName) {
        int n = sequence.incrementAndGet();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<ClinicFounding.NewStaff> staff = Arrays.stream(Role.values())
                .map(role -> new ClinicFounding.NewStaff(role.name().toLowerCase() + "-" + suffix + "@test.rhomboid.org",
                        role.label() + " " + n, PASSWORD,
                        role == Role.CLINIC_ADMIN ? EnumSet.of(Role.CLINIC_ADMIN, Role.PT) : EnumSet.of(role), null))
                .toList();
        return founding.found("Test clinic " + n, false, staff, founded -> {
            Map<Role, StaffUser> byRole = new EnumMap<>(Role.class);
            for (int i = 0; i < Role.values().length; i++) {
                byRole.put(Role.values()[i], founded.staff().get(i));
            }
            Patient patient = patients.register(new PatientDetails(null, patientFamilyName, "Quinn",
                    LocalDate.of(1960, 2, 14), Sex.FEMALE, null, null, null, null, null, null, Payer.MEDICARE,
                    "1EG4TE5MK7" + (n % 10), null, null, null));
            Episode episode = episodes.open(patient.id(), new EpisodeDetails(BodyRegion.THORACIC,
                    LocalDate.now().minusWeeks(3), Mechanism.INSIDIOUS, EpisodeStatus.OPEN,
                    byRole.get(Role.PT).id(), null));
            return new Clinic(founded.clinicId(), Map.copyOf(byRole), patient, episode);
        });
    }
}
