package org.rhomboid.exam;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.exam.domain.ExamFindings;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.exam.domain.ThoracicExam;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structured examination: every recording is kept, the latest is carried forward into the next, and what it
 * establishes (upper-motor-neuron signs, a sensory level…) re-runs the red-flag screen. Posture photos belong to
 * the episode and are read only through here, audited.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ExamService {

    public static final String RESOURCE = "Examination";
    public static final String PHOTO = "PosturePhoto";

    /** The outcome of saving: the recorded exam, or the form's problems (nothing saved, nothing lost). */
    public record Saved(RecordedExam exam, Map<String, String> errors) {}

    private final ExamRepository exams;
    private final EpisodeService episodes;
    private final ScreeningService screening;
    private final AuditLog audit;

    ExamService(ExamRepository exams, EpisodeService episodes, ScreeningService screening, AuditLog audit) {
        this.exams = exams;
        this.episodes = episodes;
        this.screening = screening;
        this.audit = audit;
    }

    /** The latest examination of the episode; the caller has already read the episode. */
    public Optional<RecordedExam> latest(Episode episode) {
        Optional<RecordedExam> latest = exams.latest(ClinicScope.require(), episode.id()).map(ExamService::recorded);
        audit.record(AuditAction.READ, RESOURCE, latest.map(RecordedExam::id).orElse(null), episode.patientId(),
                AuditOutcome.SUCCESS);
        return latest;
    }

    /** Every examination of the episode, oldest first, for trends over the episode. */
    public java.util.List<RecordedExam> history(Episode episode) {
        java.util.List<RecordedExam> history = exams.history(ClinicScope.require(), episode.id()).stream()
                .map(ExamService::recorded).toList();
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return history;
    }

    private static RecordedExam recorded(ExamRepository.Row row) {
        return new RecordedExam(row.id(), row.episodeId(), row.form(), row.form().check(null).exam(), row.examinedAt(),
                row.examinedBy());
    }

    /** The form to start from: the last examination's answers without its photo, which a re-examination retakes. */
    public static ExamForm carriedForward(RecordedExam last) {
        return last.form().with(withoutPhoto());
    }

    public Saved record(UUID episodeId, ExamForm form) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        ExamForm.PhotoSize size = null;
        String photo = form.value("photo");
        if (!photo.isEmpty()) {
            // The photo must be one of this episode's; anything else is treated as no photo at all.
            size = photoSize(episodeId, photo).orElse(null);
            if (size == null) {
                return new Saved(null, Map.of("photo", "Upload the photo again"));
            }
        }
        ExamForm.Checked checked = form.check(size);
        if (!checked.valid()) {
            return new Saved(null, checked.errors());
        }
        ThoracicExam exam = checked.exam();
        UUID id = UUID.randomUUID();
        exams.insert(clinic, id, episodeId, form, exam.posture() == null ? null : exam.posture().photoId(),
                exam.posture() == null ? null : exam.posture().craniovertebralAngle(), StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, RESOURCE, id, episode.patientId(), AuditOutcome.SUCCESS);
        screening.recordStructuredExamFindings(episodeId, ExamFindings.of(exam));
        return new Saved(new RecordedExam(id, episodeId, form, exam, null, null), Map.of());
    }

    public UUID uploadPhoto(UUID episodeId, byte[] bytes) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        PhotoUpload.Accepted accepted = PhotoUpload.check(bytes);
        UUID id = UUID.randomUUID();
        exams.insertPhoto(clinic, new PosturePhoto(id, episodeId, accepted.contentType(), accepted.width(),
                accepted.height(), bytes), StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, PHOTO, id, episode.patientId(), AuditOutcome.SUCCESS);
        return id;
    }

    public PosturePhoto photo(UUID photoId) {
        UUID clinic = ClinicScope.require();
        PosturePhoto photo = exams.photo(clinic, photoId, true).orElse(null);
        if (photo == null) {
            audit.record(AuditAction.READ, PHOTO, photoId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(PHOTO);
        }
        Episode episode = episodes.get(photo.episodeId());
        audit.record(AuditAction.READ, PHOTO, photoId, episode.patientId(), AuditOutcome.SUCCESS);
        return photo;
    }

    /** Size of one of the episode's photos, for placing landmarks; empty when it isn't this episode's. */
    public Optional<ExamForm.PhotoSize> photoSize(UUID episodeId, String photoId) {
        return parse(photoId).flatMap(id -> exams.photo(ClinicScope.require(), id, false))
                .filter(p -> p.episodeId().equals(episodeId))
                .map(p -> new ExamForm.PhotoSize(p.width(), p.height()));
    }

    private static Map<String, String> withoutPhoto() {
        Map<String, String> cleared = new HashMap<>();
        for (String field : new String[] {"photo", "tragusX", "tragusY", "c7X", "c7Y"}) {
            cleared.put(field, null);
        }
        return cleared;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
