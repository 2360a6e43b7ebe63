package org.rhomboid.exam;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.exam.domain.ThoracicExam;

/** An examination as recorded: the form as typed (carried forward next time) and the checked exam. */
public record RecordedExam(UUID id, UUID episodeId, ExamForm form, ThoracicExam exam, OffsetDateTime examinedAt,
                           String examinedBy) {
}
