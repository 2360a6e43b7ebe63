package org.rhomboid.visit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.evaluation.EvaluationSigned;
import org.rhomboid.monitoring.BusinessCounters;
import org.rhomboid.visit.domain.CanonicalJson;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.LateEntry;
import org.rhomboid.visit.domain.NoteHash;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The initial evaluation's visit (EVAL-BILLED): when the evaluation is signed, its date of service and its code
 * (97161–97163, one untimed unit with the payer's modifiers) are recorded as a signed note of their own kind, in
 * the signing transaction, so that claims bill the evaluation on its day like any other billable document — alone
 * on a day without treatment, or beside that day's daily note, with NCCI edits between them.
 */
@Component
class EvaluationVisits {

    private final NoteRepository notes;
    private final VisitFactsReader reader;
    private final VisitService visits;
    private final VisitLines.Rules codes;
    private final AuditLog audit;
    private final BusinessCounters counters;

    private final ClinicDates clinicDates;

    EvaluationVisits(NoteRepository notes, VisitFactsReader reader, VisitService visits, VisitLines.Rules codes,
                     AuditLog audit, BusinessCounters counters,
                     ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.notes = notes;
        this.reader = reader;
        this.visits = visits;
        this.codes = codes;
        this.audit = audit;
        this.counters = counters;
    }

    @EventListener
    void evaluationSigned(EvaluationSigned signed) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        Note note = new Note(UUID.randomUUID(), signed.episodeId(), signed.patientId(), NoteKind.INITIAL_EVALUATION,
                signed.evaluatedOn(), NoteStatus.SIGNED, Map.of(), null, null, me.userId(), me.displayName(),
                Clinician.PT, OffsetDateTime.now(), null, null, null, OffsetDateTime.now(), null, null);
        VisitFacts facts = reader.facts(note, signed.evaluatedOn());
        VisitLines.Result coding = VisitLines.build(new VisitLines.Visit(facts.patient().primaryPayer(),
                signed.evaluatedOn(), facts.plan().diagnoses(),
                List.of(new VisitLines.Service(signed.code(), 0, 0, false, null)), null,
                reader.sameDay(note, signed.evaluatedOn(), false), facts.payerRules()), codes);
        Map<String, Object> content = VisitService.header(note, facts, signed.evaluatedOn());
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("code", signed.code());
        content.put("evaluation", evaluation);
        content.put("coding", CodedLines.of(coding));
        LateEntry.of(signed.evaluatedOn(), clinicDates.today(), visits.clinic().lateEntryDays())
                .ifPresent(late -> content.put("lateEntry", late.sentence(clinicDates.words())));
        notes.insertSigned(ClinicScope.require(), note, CanonicalJson.write(content), NoteHash.of(content));
        visits.recordServices(note, coding.lines());
        visits.countVisits(signed.episodeId());
        audit.record(AuditAction.CREATE, VisitService.RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
        counters.noteSigned(NoteKind.INITIAL_EVALUATION);
        visits.announceSigned(note, signed.evaluatedOn());
    }
}
