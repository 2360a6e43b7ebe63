package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.hep.domain.DiaryForm;
import org.rhomboid.hep.domain.SessionForm;
import org.rhomboid.patient.PatientService;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The patient's side of the portal, reached only by the link's token: today's programme with its pictures, and
 * logging sessions and the pain diary. Each opening and each entry is audited as the patient's own access.
 */
@Service
public class PatientPortal {

    public static final String LOG = "HomeExerciseLog";

    /** What the patient sees: their programme today (if one is in force) and what they logged lately. */
    public record View(String givenName, String clinicName, String clinicPhone, Optional<Program> program,
                       List<Exercise> exercises, List<PortalRepository.LoggedSession> recentSessions,
                       List<PortalRepository.LoggedDiary> recentDiary) {
    }

    private final PortalRepository portal;
    private final ProgramRepository programs;
    private final HomePrograms homePrograms;
    private final PatientService patients;
    private final ClinicSettings clinic;
    private final PortalAccess accesses;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    private final ClinicDates clinicDates;

    PatientPortal(PortalRepository portal, ProgramRepository programs, HomePrograms homePrograms,
                  PatientService patients, ClinicSettings clinic, PortalAccess accesses, AuditLog audit,
                  TransactionTemplate transaction, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.portal = portal;
        this.programs = programs;
        this.homePrograms = homePrograms;
        this.patients = patients;
        this.clinic = clinic;
        this.accesses = accesses;
        this.audit = audit;
        this.transaction = transaction;
    }

    public Optional<View> open(String token, LocalDate today) {
        return inScopeOf(token, today, access -> {
            Optional<Program> program = HomePrograms.inForce(programs.versions(ClinicScope.require(),
                    access.episodeId()), today).map(Program::forPatient);
            List<PortalRepository.LoggedSession> sessions = portal.sessions(ClinicScope.require(), access.episodeId());
            List<PortalRepository.LoggedDiary> diary = portal.diary(ClinicScope.require(), access.episodeId());
            portal.used(ClinicScope.require(), access.id());
            audit.record(AuditAction.READ, HomePrograms.PROGRAM, null, access.patientId(), AuditOutcome.SUCCESS);
            var profile = clinic.current();
            return new View(patients.get(access.patientId()).givenName(), profile.name(), profile.phone(), program,
                    program.map(homePrograms::exercisesOf).orElse(List.of()),
                    latest(sessions, 5), latest(diary, 7));
        });
    }

    /** Logs a session of the programme in force on its date; errors are returned with nothing stored. */
    public Optional<SessionForm.Checked> logSession(String token, Map<String, List<String>> form, LocalDate today) {
        return inScopeOf(token, today, access -> {
            List<Program> versions = programs.versions(ClinicScope.require(), access.episodeId());
            Optional<Program> program = HomePrograms.inForce(versions, today);
            if (program.isEmpty()) {
                return new SessionForm.Checked(null, Map.of("date", "There is no programme to log yet"));
            }
            SessionForm.Checked checked = SessionForm.check(form, program.get().asVersion().exercises(), today, today,
                    clinicDates.words());
            if (checked.valid()) {
                Program logged = HomePrograms.inForce(versions, checked.log().date()).orElse(program.get());
                portal.insertSession(ClinicScope.require(), access.episodeId(), access.patientId(), logged.id(),
                        checked.log());
                audit.record(AuditAction.CREATE, LOG, null, access.patientId(), AuditOutcome.SUCCESS);
            }
            return checked;
        });
    }

    public Optional<DiaryForm.Checked> logDiary(String token, Map<String, List<String>> form, LocalDate today) {
        return inScopeOf(token, today, access -> {
            DiaryForm.Checked checked = DiaryForm.check(form, today, clinicDates.words());
            if (checked.valid()) {
                portal.saveDiary(ClinicScope.require(), access.episodeId(), access.patientId(), checked.entry());
                audit.record(AuditAction.CREATE, LOG, null, access.patientId(), AuditOutcome.SUCCESS);
            }
            return checked;
        });
    }

    /** The last n items, newest first. */
    private static <T> List<T> latest(List<T> items, int n) {
        List<T> last = new java.util.ArrayList<>(items.subList(Math.max(0, items.size() - n), items.size()));
        java.util.Collections.reverse(last);
        return last;
    }

    private interface Work<T> {
        T apply(PortalRepository.Access access);
    }

    /**
     * Finds the link's clinic, then works inside that clinic's scope, so row-level security applies; only while the
     * link is live, its episode in care and its last day not passed (a refusal then is audited as denied).
     */
    private <T> Optional<T> inScopeOf(String token, LocalDate today, Work<T> work) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return portal.link(SecretTokens.hash(token)).flatMap(link -> ClinicScope.callAs(link.clinicId(), () ->
                transaction.execute(status -> portal.access(link.clinicId(), link.accessId())
                        .filter(PortalRepository.Access::live)
                        .filter(access -> accesses.opens(access, today))
                        .map(work::apply))));
    }
}
