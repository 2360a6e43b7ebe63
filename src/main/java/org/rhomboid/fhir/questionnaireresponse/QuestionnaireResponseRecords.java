package org.rhomboid.fhir.questionnaireresponse;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.PatientCompartment;
import org.rhomboid.fhir.codesystem.CodeSystemProvider;
import org.rhomboid.fhir.questionnaire.Questionnaires;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * QuestionnaireResponses read for FHIR: each submitted intake (its id) and each outcome result answered outside
 * the intake (the result's id; the intake's NPRS and PSFS are in the intake's response). Read-only SQL naming the
 * clinic; each read and search audited.
 */
@Component
class QuestionnaireResponseRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "QuestionnaireResponse";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String INTAKES = """
            select i.id, i.patient_id, i.answers::text as answers, i.submitted_at, i.entered_by
              from intake i where i.clinic_id = :c and i.status = 'SUBMITTED'
            """;
    private static final String OUTCOMES = """
            select r.id, e.patient_id, r.instrument, r.responses, r.source, r.recorded_by, r.recorded_at
              from outcome_result r join episode e on e.clinic_id = r.clinic_id and e.id = r.episode_id
             where r.clinic_id = :c and r.source <> 'INTAKE'
            """;

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirContext context;

    QuestionnaireResponseRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirContext context,
                                 FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.context = context;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public QuestionnaireResponse read(String id) {
        UUID uuid = FhirIds.orNull(id);
        return reads.read(TYPE, "questionnaire response", uuid, uuid == null ? Optional.empty() : select(uuid),
                QuestionnaireResponseRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<QuestionnaireResponse> find(String id) {
        return reads.find(TYPE, id, this::select, QuestionnaireResponseRecords::patientOf);
    }

    private Optional<QuestionnaireResponse> select(UUID id) {
        Map<String, Object> params = Map.of("c", ClinicScope.require(), "id", id);
        Optional<QuestionnaireResponse> intake = jdbc.sql(INTAKES + " and i.id = :id").params(params)
                .query(this::intake).optional();
        return intake.isPresent() ? intake
               : jdbc.sql(OUTCOMES + " and r.id = :id").params(params).query(this::outcome).optional();
    }

    @Transactional
    public IBundleProvider search(UUID patientId, TokenParam id, ReferenceParam questionnaire, DateRangeParam authored,
                                  ZoneId zone, FhirPage page) {
        access.require(patientId);
        Map<String, Object> params = new HashMap<>(Map.of("c", ClinicScope.require(), "p", patientId));
        String intakeWhere = " and i.patient_id = :p and "
                + FhirDates.condition("i.submitted_at", false, authored, zone, params, "iauth");
        String outcomeWhere = " and e.patient_id = :p and "
                + FhirDates.condition("r.recorded_at", false, authored, zone, params, "rauth");
        if (id != null) {
            params.put("id", FhirIds.orNull(id.getValue()));
            intakeWhere += " and i.id = :id";
            outcomeWhere += " and r.id = :id";
        }
        List<QuestionnaireResponse> all = new ArrayList<>();
        all.addAll(jdbc.sql(INTAKES + intakeWhere).params(params).query(this::intake).list());
        all.addAll(jdbc.sql(OUTCOMES + outcomeWhere).params(params).query(this::outcome).list());
        if (questionnaire != null) {
            String value = questionnaire.getValue();
            all.removeIf(r -> !matches(value, r.getQuestionnaire()));
        }
        all.sort(Comparator.comparing((QuestionnaireResponse r) -> r.getAuthored())
                .thenComparing(QuestionnaireResponse::getIdPart));
        List<QuestionnaireResponse> rows = all.stream().skip(page.offset()).limit(page.limit()).toList();
        IBundleProvider answer = page.answer(rows, all::size);
        int shown = Math.min(rows.size(), page.count());
        audit.searched(TYPE, shown, shown == 0 ? List.of() : List.of(patientId));
        return answer;
    }

    /** A questionnaire search value (its url, with or without |version, or Questionnaire/id) against a canonical. */
    private static boolean matches(String value, String canonical) {
        int bar = canonical.indexOf('|');
        String url = canonical.substring(0, bar);
        String version = canonical.substring(bar + 1);
        if (value.startsWith("Questionnaire/")) {
            return url.equals(Questionnaires.BASE + value.substring("Questionnaire/".length()));
        }
        return CodeSystemProvider.canonical(value, url, version);
    }

    @Override
    @Transactional
    public List<QuestionnaireResponse> everything(UUID patientId) {
        Map<String, Object> params = Map.of("c", ClinicScope.require(), "p", patientId);
        List<QuestionnaireResponse> all = new ArrayList<>();
        all.addAll(jdbc.sql(INTAKES + " and i.patient_id = :p").params(params).query(this::intake).list());
        all.addAll(jdbc.sql(OUTCOMES + " and e.patient_id = :p").params(params).query(this::outcome).list());
        audit.searched(TYPE, all.size(), all.isEmpty() ? List.of() : List.of(patientId));
        return all;
    }

    private static UUID patientOf(QuestionnaireResponse response) {
        return UUID.fromString(response.getSubject().getReferenceElement().getIdPart());
    }

    private QuestionnaireResponse intake(ResultSet rs, int n) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        UUID enteredBy = rs.getObject("entered_by", UUID.class);
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        QuestionnaireResponse r = base(rs.getObject("id", UUID.class), Questionnaires.INTAKE, patient, submitted,
                enteredBy == null ? "Patient/" + patient : "Practitioner/" + enteredBy);
        IntakeAnswers answers = JSON.readValue(rs.getString("answers"), IntakeAnswers.class);
        integer(r.addItem().setLinkId(Questionnaires.PAIN_NOW), answers.painNow());
        integer(r.addItem().setLinkId(Questionnaires.PAIN_BEST), answers.painBest());
        integer(r.addItem().setLinkId(Questionnaires.PAIN_WORST), answers.painWorst());
        if (answers.onsetDate() != null) {
            r.addItem().setLinkId(Questionnaires.ONSET_DATE).addAnswer()
                    .setValue(new DateType(answers.onsetDate().toString()));
        }
        for (IntakeAnswers.PsfsItem psfs : answers.psfs()) {
            QuestionnaireResponseItemComponent group = r.addItem().setLinkId(Questionnaires.PSFS);
            group.addItem().setLinkId(Questionnaires.PSFS_ACTIVITY).addAnswer()
                    .setValue(new StringType(psfs.activity()));
            integer(group.addItem().setLinkId(Questionnaires.PSFS_SCORE), psfs.score());
        }
        if (answers.goals() != null && !answers.goals().isBlank()) {
            r.addItem().setLinkId(Questionnaires.GOALS).addAnswer().setValue(new StringType(answers.goals()));
        }
        return FhirMeta.stampByContent(context, r, submitted.toInstant());
    }

    private QuestionnaireResponse outcome(ResultSet rs, int n) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        UUID recordedBy = rs.getObject("recorded_by", UUID.class);
        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
        OutcomeInstrument instrument = OutcomeInstrument.valueOf(rs.getString("instrument"));
        boolean therapist = "THERAPIST".equals(rs.getString("source"));
        QuestionnaireResponse r = base(rs.getObject("id", UUID.class), Questionnaires.id(instrument), patient,
                recorded, therapist && recordedBy != null ? "Practitioner/" + recordedBy : "Patient/" + patient);
        if (therapist) {
            // The therapist recorded the answers the patient gave.
            r.setSource(new Reference("Patient/" + patient));
        }
        List<Integer> responses = Arrays.asList((Integer[]) rs.getArray("responses").getArray());
        for (int i = 0; i < responses.size(); i++) {
            QuestionnaireResponseItemComponent item = r.addItem().setLinkId(String.valueOf(i + 1))
                    .setText(instrument.itemLabel(i));
            if (responses.get(i) != null) {
                integer(item, responses.get(i));
            }
        }
        return FhirMeta.stampByContent(context, r, recorded.toInstant());
    }

    private static QuestionnaireResponse base(UUID id, String questionnaire, UUID patient, OffsetDateTime authored,
                                              String author) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(id.toString());
        r.getMeta().addProfile(FhirProfiles.QUESTIONNAIRE_RESPONSE);
        r.setQuestionnaire(Questionnaires.canonical(questionnaire));
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/" + patient));
        r.setAuthoredElement(new DateTimeType(Date.from(authored.toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(authored.getOffset())));
        r.setAuthor(new Reference(author));
        return r;
    }

    private static void integer(QuestionnaireResponseItemComponent item, int value) {
        item.addAnswer().setValue(new IntegerType(value));
    }
}
