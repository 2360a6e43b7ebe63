package org.rhomboid.screening;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.screening.domain.ClearedConcern;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.ConcernStanding;
import org.rhomboid.screening.domain.Precaution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the red-flag statement a document prints. A document written now (a letter, the referral) states what
 * is current; a signed document states what was in force when it was signed — the latest screening and the
 * acknowledgements up to that moment — so printing it again later gives the same words (signed documents keep
 * what they said; later outcomes appear in later documents).
 */
@Service
@Transactional
public class RedFlagStatements {


    private final ScreeningRepository screenings;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    RedFlagStatements(ScreeningRepository screenings, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.screenings = screenings;
        this.audit = audit;
    }

    /** The statement as of now. */
    public RedFlagStatement current(Episode episode) {
        return asOf(episode, OffsetDateTime.now());
    }

    /** The statement as it stood at {@code signedAt} (a signature's time; now when there is none). */
    public RedFlagStatement asOf(Episode episode, OffsetDateTime signedAt) {
        OffsetDateTime moment = signedAt == null ? OffsetDateTime.now() : signedAt;
        UUID clinic = ClinicScope.require();
        ScreeningRecord latest = screenings.history(clinic, episode.id()).stream()
                .filter(r -> !r.screenedAt().isAfter(moment)).findFirst().orElse(null);
        audit.record(AuditAction.READ, ScreeningService.RESOURCE, latest == null ? null : latest.id(),
                episode.patientId(), AuditOutcome.SUCCESS);
        if (latest == null) {
            return new RedFlagStatement(moment, null, null, List.of(), List.of());
        }
        List<Acknowledgement> acknowledgements = screenings.acknowledgements(clinic, episode.id()).stream()
                .filter(a -> !a.acknowledgedAt().isAfter(moment)).toList();
        List<RedFlagStatement.ConcernLine> concerns = new ArrayList<>();
        for (Concern concern : latest.result().concerns()) {
            // An acknowledgement covers the same condition at the same or a lower level (as on the chart).
            Acknowledgement covering = acknowledgements.stream()
                    .filter(a -> a.condition() == concern.condition() && a.level().compareTo(concern.level()) >= 0)
                    .reduce((earlier, later) -> later).orElse(null);
            ConcernStanding standing = ConcernStanding.of(concern.level(), covering != null);
            String detail = covering == null ? concern.rationale()
                    : "acknowledged by " + covering.acknowledgedBy() + " on "
                    + clinicDates.day(covering.acknowledgedAt()) + ": " + covering.note();
            concerns.add(new RedFlagStatement.ConcernLine(concern.condition().label(),
                    concern.level().label().toLowerCase(Locale.ROOT), standing.label(), detail));
        }
        for (ClearedConcern cleared : latest.result().cleared()) {
            concerns.add(new RedFlagStatement.ConcernLine(cleared.concern().condition().label(),
                    cleared.concern().level().label().toLowerCase(Locale.ROOT), ConcernStanding.CLEARED.label(),
                    cleared.clearance().summary(clinicDates.words())));
        }
        List<RedFlagStatement.PrecautionLine> precautions = new ArrayList<>();
        for (Precaution precaution : latest.result().precautions()) {
            precautions.add(new RedFlagStatement.PrecautionLine(precaution.code().label(), precaution.reason()));
        }
        return new RedFlagStatement(moment, latest.screenedAt(), latest.result().disposition().label(), concerns,
                precautions);
    }
}
