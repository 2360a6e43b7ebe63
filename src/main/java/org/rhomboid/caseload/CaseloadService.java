package org.rhomboid.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.caseload.domain.Caseload;
import org.rhomboid.caseload.domain.DueItem;
import org.rhomboid.caseload.domain.Sparkline;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.hep.HomeExerciseProgress;
import org.rhomboid.schedule.Appointment;
import org.rhomboid.schedule.Appointments;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.visit.ComplianceService;
import org.rhomboid.visit.domain.ComplianceWorklist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's caseload: the day's appointments in the clinic's time zone, by start, and for each patient what is due,
 * gathered from the features that judge it (compliance worklist, screening, home exercise) in a few reads for the
 * whole list rather than per patient where the feature allows it. Read once, audited once: the patients shown.
 */
@Service
@Transactional
public class CaseloadService {

    public static final String RESOURCE = "Caseload";
    /** The sparkline's size, in SVG units. */
    static final int SPARK_WIDTH = 64;
    static final int SPARK_HEIGHT = 18;

    /** One appointment of the day with what is due for its patient. */
    public record Row(Appointment appointment, List<DueItem> due, Caseload.HomeExercise home, Caseload.Trend trend,
                      String sparkline) {
        public boolean redFlag() {
            return due.stream().anyMatch(d -> d.kind() == DueItem.Kind.RED_FLAG);
        }
    }

    /** A visit documented today without an appointment. */
    public record Unbooked(UUID noteId, UUID patientId, String patientName, String kind, String authorName) {}

    /**
     * @param therapistId whose day, or null for the whole clinic
     * @param clinical    whether what is due was gathered (only for those who read clinical records)
     */
    public record Day(LocalDate day, UUID therapistId, boolean clinical, List<Row> rows, List<Unbooked> unbooked) {}

    private final Appointments appointments;
    private final ComplianceService compliance;
    private final ScreeningService screening;
    private final HomeExerciseProgress homeExercise;
    private final CaseloadRepository repository;
    private final ClinicDates dates;
    private final AuditLog audit;

    CaseloadService(Appointments appointments, ComplianceService compliance, ScreeningService screening,
                    HomeExerciseProgress homeExercise, CaseloadRepository repository, ClinicDates dates,
                    AuditLog audit) {
        this.appointments = appointments;
        this.compliance = compliance;
        this.screening = screening;
        this.homeExercise = homeExercise;
        this.repository = repository;
        this.dates = dates;
        this.audit = audit;
    }

    public Day today(UUID therapistId, boolean clinical) {
        ZoneId zone = dates.zone();
        Instant now = dates.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appointment> list = appointments.forCaseload(from, to, therapistId);
        List<CaseloadRepository.UnbookedVisit> unbooked = clinical
                ? repository.unbooked(ClinicScope.require(), today, from, to, therapistId) : List.of();

        Set<UUID> patients = new LinkedHashSet<>();
        list.forEach(a -> patients.add(a.patientId()));
        unbooked.forEach(u -> patients.add(u.patientId()));
        List<Row> rows = new ArrayList<>();
        if (clinical) {
            Set<UUID> episodes = new LinkedHashSet<>();
            list.stream().filter(a -> a.episodeId() != null).forEach(a -> episodes.add(a.episodeId()));
            Map<UUID, List<ComplianceWorklist.Item>> worklist = compliance.dueForPatients(patients, now, zone);
            Map<UUID, List<Concern>> concerns = screening.openConcerns(episodes);
            Map<UUID, HomeExerciseProgress.Glance> glances = homeExercise.glance(episodes, today);
            int meaningful = homeExercise.thresholds().reviewPainRise();
            LocalDate windowStart = today.minusDays(HomeExerciseProgress.GLANCE_DAYS - 1);
            for (Appointment a : list) {
                List<Caseload.RedFlag> flags = a.episodeId() == null ? List.of()
                        : concerns.getOrDefault(a.episodeId(), List.of()).stream()
                        .map(c -> new Caseload.RedFlag(c.condition().label(), c.level().label(),
                                c.level().compareTo(Disposition.ROUTINE_REFERRAL) >= 0))
                        .toList();
                Caseload.HomeExercise home = home(a.episodeId() == null ? null : glances.get(a.episodeId()));
                rows.add(new Row(a, Caseload.dueFor(flags, worklist.getOrDefault(a.patientId(), List.of()), home),
                        home, Caseload.trend(home.pain(), meaningful),
                        Sparkline.points(home.pain(), windowStart, HomeExerciseProgress.GLANCE_DAYS, SPARK_WIDTH,
                                SPARK_HEIGHT)));
            }
        } else {
            for (Appointment a : list) {
                rows.add(new Row(a, List.of(), Caseload.HomeExercise.NONE, Caseload.Trend.UNKNOWN, ""));
            }
        }
        // Which patients the page showed, by id, once each (AUDIT-EVENTS).
        audit.recordShown(AuditAction.READ, RESOURCE, List.copyOf(patients), "caseload " + today
                + (clinical ? "" : " (appointments only)"));
        return new Day(today, therapistId, clinical, rows, unbooked.stream()
                .map(u -> new Unbooked(u.noteId(), u.patientId(), u.patientName(), kindLabel(u.kind()),
                        u.authorName() == null ? "" : u.authorName()))
                .toList());
    }

    private static Caseload.HomeExercise home(HomeExerciseProgress.Glance glance) {
        if (glance == null) {
            return Caseload.HomeExercise.NONE;
        }
        List<Caseload.PainPoint> pain = new ArrayList<>();
        glance.pain().forEach(d -> {
            if (d.worst() != null) {
                pain.add(new Caseload.PainPoint(d.date(), d.worst()));
            }
        });
        return new Caseload.HomeExercise(glance.adherencePercent(), pain, glance.reviewReason());
    }

    private static String kindLabel(String kind) {
        try {
            return org.rhomboid.visit.domain.NoteKind.valueOf(kind).label();
        } catch (IllegalArgumentException unknown) {
            return "Visit note";
        }
    }

    /** Who the filter offers: the clinic's physical therapists and assistants. */
    public List<ComplianceService.Therapist> therapists() {
        return compliance.therapists();
    }
}
