package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.hep.domain.Adherence;
import org.rhomboid.hep.domain.DiaryEntry;
import org.rhomboid.hep.domain.HepAdvice;
import org.rhomboid.hep.domain.MonitoringDays;
import org.rhomboid.hep.domain.PainTrend;
import org.rhomboid.hep.domain.ProgramVersion;
import org.rhomboid.hep.domain.SessionLog;
import org.rhomboid.hep.domain.Thresholds;
import org.rhomboid.shared.domain.SettingChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the patient's logs say, for the therapist: adherence by week, the pain trend, the patient's comments, a
 * suggestion to progress or review the programme, and the days with data in each 30-day monitoring period.
 */
@Service
@Transactional
public class HomeExerciseProgress {

    /** A comment the patient wrote, with where it came from. */
    public record Comment(LocalDate date, String source, String text, Integer pain) {}

    public record Report(List<Adherence.Week> weeks, List<PainTrend.Day> pain, Optional<HepAdvice.Advice> advice,
                         List<Comment> comments, List<MonitoringDays.Period> periods, Thresholds thresholds,
                         boolean anyLogs) {

        public Optional<MonitoringDays.Period> currentPeriod() {
            return periods.stream().filter(MonitoringDays.Period::current).findFirst();
        }
    }

    /** What the next daily note shows at its top: the patient's own record since the last visit. */
    public record SinceLastVisit(LocalDate since, int daysLogged, Integer adherencePercent, Double meanPain,
                                 Integer latestPain, List<Comment> comments, Optional<HepAdvice.Advice> advice,
                                 String program) {

        /** Whether the patient logged anything since the last visit (otherwise there is nothing to show). */
        public boolean anything() {
            return daysLogged > 0;
        }
    }

    private final PortalRepository portal;
    private final ProgramRepository programs;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    HomeExerciseProgress(PortalRepository portal, ProgramRepository programs, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.portal = portal;
        this.programs = programs;
        this.audit = audit;
    }

    /** The caller has read the episode and its programme versions (oldest first). */
    public Report report(Episode episode, List<Program> programVersions, LocalDate today) {
        UUID clinic = ClinicScope.require();
        List<ProgramVersion> versions = programVersions.stream().map(Program::asVersion).toList();
        List<SessionLog> sessions = portal.sessions(clinic, episode.id()).stream()
                .map(PortalRepository.LoggedSession::log).toList();
        List<DiaryEntry> diary = portal.diary(clinic, episode.id()).stream().map(PortalRepository.LoggedDiary::entry)
                .toList();
        audit.record(AuditAction.READ, PatientPortal.LOG, null, episode.patientId(), AuditOutcome.SUCCESS);
        Thresholds thresholds = portal.thresholds(clinic);
        List<Adherence.Week> weeks = versions.isEmpty() ? List.of() : Adherence.byWeek(versions, sessions, today);
        LocalDate first = versions.isEmpty() ? today : versions.get(0).from();
        List<PainTrend.Day> pain = PainTrend.daily(sessions, diary, first.minusDays(7), today);
        Set<LocalDate> logged = new TreeSet<>();
        sessions.forEach(s -> logged.add(s.date()));
        diary.forEach(d -> logged.add(d.date()));
        List<MonitoringDays.Period> periods = logged.isEmpty() ? List.of()
                : MonitoringDays.periods(logged, logged.iterator().next(), today);
        return new Report(weeks, pain, versions.isEmpty() ? Optional.empty()
                : HepAdvice.assess(versions, sessions, diary, thresholds, today),
                comments(sessions, diary, null), periods, thresholds, !logged.isEmpty());
    }

    /** For the top of a daily note: the patient's logs after the previous visit, up to today. */
    public SinceLastVisit sinceLastVisit(Episode episode, LocalDate lastVisit, LocalDate today) {
        UUID clinic = ClinicScope.require();
        List<Program> all = programs.versions(clinic, episode.id());
        List<ProgramVersion> versions = all.stream().map(Program::asVersion).toList();
        List<SessionLog> sessions = portal.sessions(clinic, episode.id()).stream()
                .map(PortalRepository.LoggedSession::log).toList();
        List<DiaryEntry> diary = portal.diary(clinic, episode.id()).stream().map(PortalRepository.LoggedDiary::entry)
                .toList();
        audit.record(AuditAction.READ, PatientPortal.LOG, null, episode.patientId(), AuditOutcome.SUCCESS);
        LocalDate since = lastVisit == null ? (versions.isEmpty() ? today : versions.get(0).from())
                : lastVisit.plusDays(1);
        LocalDate until = today;
        Integer adherence = versions.isEmpty() || since.isAfter(until) ? null
                : Adherence.percent(versions, sessions, since, until);
        List<PainTrend.Day> days = PainTrend.daily(sessions, diary, since, until);
        Integer latestPain = days.isEmpty() ? null : days.get(days.size() - 1).worst();
        Optional<Program> current = HomePrograms.inForce(all, today);
        Set<LocalDate> logged = new TreeSet<>();
        sessions.stream().map(SessionLog::date).filter(d -> !d.isBefore(since) && !d.isAfter(until)).forEach(logged::add);
        diary.stream().map(DiaryEntry::date).filter(d -> !d.isBefore(since) && !d.isAfter(until)).forEach(logged::add);
        return new SinceLastVisit(since, logged.size(), adherence, PainTrend.mean(days, since, until), latestPain,
                comments(sessions, diary, since), versions.isEmpty() ? Optional.empty()
                : HepAdvice.assess(versions, sessions, diary, portal.thresholds(clinic), today),
                current.map(p -> p.noteLine(clinicDates.words())).orElse(null));
    }

    /**
     * The home programme at a glance for today's caseload: adherence over the last {@link #GLANCE_DAYS} days, each
     * logged day's pain in that window, and the advice to review the programme (HEP-REVIEW), if any. Not audited
     * here: the caller audits the patients it shows, once.
     */
    public record Glance(Integer adherencePercent, List<PainTrend.Day> pain, String reviewReason) {}

    public static final int GLANCE_DAYS = 14;

    /** By episode; episodes without a programme or any log are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Glance> glance(java.util.Collection<UUID> episodeIds, LocalDate today) {
        UUID clinic = ClinicScope.require();
        Thresholds thresholds = portal.thresholds(clinic);
        Map<UUID, Glance> glances = new java.util.HashMap<>();
        LocalDate from = today.minusDays(GLANCE_DAYS - 1);
        for (UUID episodeId : episodeIds) {
            List<ProgramVersion> versions = programs.versions(clinic, episodeId).stream().map(Program::asVersion)
                    .toList();
            List<SessionLog> sessions = portal.sessions(clinic, episodeId).stream()
                    .map(PortalRepository.LoggedSession::log).toList();
            List<DiaryEntry> diary = portal.diary(clinic, episodeId).stream()
                    .map(PortalRepository.LoggedDiary::entry).toList();
            if (versions.isEmpty() && sessions.isEmpty() && diary.isEmpty()) {
                continue;
            }
            Integer adherence = versions.isEmpty() ? null : Adherence.percent(versions, sessions, from, today);
            String review = versions.isEmpty() ? null : HepAdvice.assess(versions, sessions, diary, thresholds, today)
                    .filter(a -> a.kind() == HepAdvice.Kind.REVIEW).map(HepAdvice.Advice::reason).orElse(null);
            glances.put(episodeId, new Glance(adherence, PainTrend.daily(sessions, diary, from, today), review));
        }
        return glances;
    }

    public Thresholds thresholds() {
        return portal.thresholds(ClinicScope.require());
    }

    public Map<String, String> saveThresholds(Integer adherence, Integer maxPain, Integer days, Integer rise) {
        Map<String, String> problems = Thresholds.problems(adherence, maxPain, days, rise);
        if (problems.isEmpty()) {
            Thresholds before = portal.thresholds(ClinicScope.require());
            Thresholds after = new Thresholds(adherence, maxPain, days, rise);
            portal.saveThresholds(ClinicScope.require(), after, StaffPrincipal.currentUserId());
            SettingChanges.describe(before, after).ifPresent(changed -> audit.recordEvent(AuditAction.UPDATE,
                    "HomeExerciseThresholds", ClinicScope.require(), changed, AuditOutcome.SUCCESS));
        }
        return problems;
    }

    private static List<Comment> comments(List<SessionLog> sessions, List<DiaryEntry> diary, LocalDate since) {
        List<Comment> comments = new ArrayList<>();
        for (SessionLog s : sessions) {
            if (s.comment() != null && !s.comment().isBlank() && (since == null || !s.date().isBefore(since))) {
                comments.add(new Comment(s.date(), "Exercise session", s.comment(), s.painAfter()));
            }
        }
        for (DiaryEntry d : diary) {
            if (d.comment() != null && !d.comment().isBlank() && (since == null || !d.date().isBefore(since))) {
                comments.add(new Comment(d.date(), "Pain diary", d.comment(), d.pain()));
            }
        }
        comments.sort(Comparator.comparing(Comment::date).reversed());
        return comments;
    }
}
