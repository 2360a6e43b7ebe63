package org.rhomboid.outcome;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.outcome.domain.LicensedWording;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of the copyrighted instruments (NDI, ODI, FABQ, FRI) that the clinic in scope loaded under its own
 * licence (QUESTIONNAIRE-LICENCE). Until it has, the instrument can't be sent to patients; its score can still be
 * entered by a clinician.
 */
@Service
@Transactional
public class LicensedWordings {

    public static final String RESOURCE = "LicensedQuestionnaire";

    /** What the administrator's page shows of one loaded file. */
    public record Loaded(OutcomeInstrument instrument, String fileName, String loadedBy, OffsetDateTime loadedAt,
                         int items) {}

    private final LicensedWordingRepository wordings;
    private final AuditLog audit;

    LicensedWordings(LicensedWordingRepository wordings, AuditLog audit) {
        this.wordings = wordings;
        this.audit = audit;
    }

    /** The clinic's loaded wording by instrument (a stored file that no longer reads is left out). */
    public Map<OutcomeInstrument, LicensedWording> ofClinic() {
        Map<OutcomeInstrument, LicensedWording> found = new EnumMap<>(OutcomeInstrument.class);
        for (LicensedWordingRepository.Stored stored : wordings.all(ClinicScope.require())) {
            LicensedWording.read(stored.instrument(), stored.wording()).wording()
                    .ifPresent(w -> found.put(stored.instrument(), w));
        }
        return found;
    }

    public Optional<LicensedWording> of(OutcomeInstrument instrument) {
        return Optional.ofNullable(ofClinic().get(instrument));
    }

    /** For the administrator's page: what is loaded, by whom and when. */
    public List<Loaded> loaded() {
        return wordings.all(ClinicScope.require()).stream().map(s -> new Loaded(s.instrument(), s.fileName(),
                s.loadedBy(), s.loadedAt(), LicensedWording.read(s.instrument(), s.wording()).wording()
                        .map(w -> w.items().size()).orElse(0))).toList();
    }

    /**
     * Checks the file against the instrument's scoring and, if it reads, stores it for the clinic (replacing an
     * earlier one) and audits the change; otherwise the problems, nothing stored.
     */
    public List<String> load(OutcomeInstrument instrument, String text, String fileName) {
        LicensedWording.Read read = LicensedWording.read(instrument, text);
        if (!read.valid()) {
            return read.problems();
        }
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(200, fileName.strip().length()));
        boolean replaced = wordings.save(ClinicScope.require(), instrument, text, name,
                StaffPrincipal.currentUserId());
        audit.recordEvent(replaced ? AuditAction.UPDATE : AuditAction.CREATE, RESOURCE, instrument.name(),
                "wording loaded, " + read.wording().orElseThrow().items().size() + " items", AuditOutcome.SUCCESS);
        return List.of();
    }
}
