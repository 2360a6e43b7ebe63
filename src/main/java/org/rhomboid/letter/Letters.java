package org.rhomboid.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.billing.domain.IcdCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationDocument;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.Note;
import org.rhomboid.visit.TherapistReports;
import org.rhomboid.visit.VisitService;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the letters to the referring provider from the episode's signed documents, never from drafts: each read
 * is audited by the service it goes through. A letter whose source is missing answers 409 and says what to sign.
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
public class Letters {

    private final EpisodeService episodes;
    private final EvaluationService evaluations;
    private final VisitService visits;
    private final TherapistReports reports;
    private final VisitLines.Rules codes;

    Letters(EpisodeService episodes, EvaluationService evaluations, VisitService visits, TherapistReports reports,
            VisitLines.Rules codes) {
        this.episodes = episodes;
        this.evaluations = evaluations;
        this.visits = visits;
        this.reports = reports;
        this.codes = codes;
    }

    public Letter write(UUID episodeId, LetterKind kind, LocalDate today) {
        return switch (kind) {
            case PLAN_OF_CARE -> certification(episodeId, today);
            case PROGRESS -> fromReport(episodeId, LetterKind.PROGRESS, NoteKind.PROGRESS_REPORT, today);
            case DISCHARGE -> fromReport(episodeId, LetterKind.DISCHARGE, NoteKind.DISCHARGE_SUMMARY, today);
        };
    }

    private CertificationLetter certification(UUID episodeId, LocalDate today) {
        EvaluationDocument evaluation = evaluations.document(episodeId, today);
        return new CertificationLetter(today, evaluation, describe(evaluation.plan().diagnoses()));
    }

    /** A letter from the latest signed report of the kind, refused if it is missing or altered. */
    private ReportLetter fromReport(UUID episodeId, LetterKind letter, NoteKind source, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        Note latest = visits.notes(episode).stream()
                .filter(n -> n.kind() == source && n.status() == NoteStatus.SIGNED)
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new ConflictException("There is no signed " + source.label().toLowerCase(
                        java.util.Locale.ROOT) + " yet: the " + letter.title().toLowerCase(java.util.Locale.ROOT)
                        + " letter is made from it."));
        VisitService.NoteView view = visits.view(latest.id());
        if (!view.intact()) {
            throw new ConflictException("The " + source.label().toLowerCase(java.util.Locale.ROOT)
                    + "’s stored content no longer matches the fingerprint taken when it was signed, so no letter is"
                    + " made from it.");
        }
        return new ReportLetter(letter, today, view.facts().patient(), episode, latest, view.content(),
                reports.charts(view.facts(), latest.visitDate()), view.facts().plan(),
                describe(view.facts().plan().diagnoses()));
    }

    private List<String> describe(List<String> diagnoses) {
        return diagnoses.stream().map(code -> codes.icd().find(IcdCode.bare(code))
                .map(found -> found.display() + " — " + found.description()).orElse(code)).toList();
    }
}
