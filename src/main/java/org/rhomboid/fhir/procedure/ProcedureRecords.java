package org.rhomboid.fhir.procedure;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirReads;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services coded on signed visit documents, read for FHIR. A service has no row id of its own: its resource id
 * is "{noteId}.{line}". Reads are audited under the note's id.
 */
@Component
class ProcedureRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "Procedure";

    /** One coded line of a note: the resource id "{noteId}.{line}". */
    record Line(UUID noteId, int line) {
        static Optional<Line> of(String id) {
            if (id == null) {
                return Optional.empty();
            }
            String bare = id.substring(id.lastIndexOf('/') + 1);
            int dot = bare.lastIndexOf('.');
            UUID note = dot < 0 ? null : FhirIds.orNull(bare.substring(0, dot));
            String line = dot < 0 ? "" : bare.substring(dot + 1);
            if (note == null || !line.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            return Optional.of(new Line(note, Integer.parseInt(line)));
        }

        String id() {
            return noteId + "." + line;
        }
    }

    private static final String SELECT = """
            select s.note_id, s.line, s.code, s.minutes, s.units, s.modifiers, n.patient_id, n.visit_date,
                   n.author_id, n.cosigned_by, n.updated_at""";
    private static final String FROM = " " + """
             from note_service s
             join note n on n.clinic_id = s.clinic_id and n.id = s.note_id
             join patient p on p.clinic_id = n.clinic_id and p.id = n.patient_id
             where s.clinic_id = :c and n.status <> 'DRAFT'""";

    private final JdbcClient jdbc;
    private final FhirReads reads;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirIncludes includes;
    private final FhirContext context;
    private final ClinicDates dates;
    private final VisitLines.Rules codes;

    ProcedureRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirIncludes includes,
                     FhirContext context, ClinicDates dates, VisitLines.Rules codes, FhirReads reads) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.includes = includes;
        this.context = context;
        this.dates = dates;
        this.codes = codes;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public Procedure read(Line line) {
        return reads.read(TYPE, "procedure", line.noteId(), select(line), ProcedureRecords::patientOf);
    }

    @Override
    @Transactional
    public Optional<Procedure> find(String id) {
        Optional<Line> line = Line.of(id);
        return reads.find(TYPE, line.map(Line::noteId).orElse(null), line.flatMap(this::select),
                ProcedureRecords::patientOf);
    }

    @Override
    @Transactional
    public List<Procedure> everything(UUID patientId) {
        UUID clinic = ClinicScope.require();
        List<Procedure> all = jdbc.sql(SELECT + FROM + " and n.patient_id = :p order by n.visit_date, n.id, s.line")
                .param("c", clinic).param("p", patientId).query(this::map).list();
        audit.searched(TYPE, all.size(), List.of(patientId));
        return all;
    }

    @Transactional
    public IBundleProvider search(ProcedureQuery query, Set<Include> include, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patientId());
        }
        Map<String, Object> params = new HashMap<>(FhirPatients.visibility());
        params.put("c", ClinicScope.require());
        String where = FROM + " and " + FhirPatients.VISIBLE + " and " + query.where(params, dates.zone());
        List<Procedure> rows = jdbc.sql(SELECT + where + " order by " + query.order() + " limit " + page.limit()
                        + " offset " + page.offset()).params(params).query(this::map).list();
        List<Procedure> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        includes.include(shown, include, Map.of(
                "Procedure:patient", p -> List.of(((Procedure) p).getSubject()),
                "Procedure:subject", p -> List.of(((Procedure) p).getSubject()),
                "Procedure:encounter", p -> List.of(((Procedure) p).getEncounter())));
        IBundleProvider answer = page.answer(rows, () -> jdbc.sql("select count(*)" + where).params(params)
                .query(Integer.class).single());
        audit.searched(TYPE, shown.size(), shown.stream().map(ProcedureRecords::patientOf).toList());
        return answer;
    }

    private Optional<Procedure> select(Line line) {
        return jdbc.sql(SELECT + FROM + " and s.note_id = :note and s.line = :line").param("c", ClinicScope.require())
                .param("note", line.noteId()).param("line", line.line()).query(this::map).optional();
    }

    private static UUID patientOf(Procedure procedure) {
        return UUID.fromString(procedure.getSubject().getReferenceElement().getIdPart());
    }

    private Procedure map(ResultSet rs, int row) throws SQLException {
        UUID noteId = rs.getObject("note_id", UUID.class);
        String code = rs.getString("code");
        int minutes = rs.getInt("minutes");
        int units = rs.getInt("units");
        List<String> modifiers = Arrays.asList((String[]) rs.getArray("modifiers").getArray());
        Procedure procedure = new Procedure();
        procedure.setId(new Line(noteId, rs.getInt("line")).id());
        procedure.getMeta().addProfile(FhirProfiles.PROCEDURE);
        procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        // The code alone (CPT descriptors are the AMA's); Rhomboid's own short label as the text.
        procedure.setCode(new CodeableConcept(new Coding(FhirSystems.CPT, code, null))
                .setText(codes.procedures().find(code).map(p -> p.label()).orElse("CPT " + code)));
        procedure.setSubject(new Reference("Patient/" + rs.getObject("patient_id", UUID.class)));
        procedure.setEncounter(new Reference("Encounter/" + noteId));
        procedure.setPerformed(new DateTimeType(rs.getObject("visit_date", LocalDate.class).toString()));
        procedure.addPerformer().setActor(new Reference("Practitioner/" + rs.getObject("author_id", UUID.class)));
        // Minutes and units as billed: timed codes count minutes under the 8-minute rule; untimed codes show 0.
        StringBuilder note = new StringBuilder();
        if (minutes > 0) {
            note.append(minutes).append(" minutes, ");
        }
        note.append(units).append(units == 1 ? " unit" : " units");
        if (!modifiers.isEmpty()) {
            note.append(" (modifiers ").append(String.join(", ", modifiers)).append(')');
        }
        procedure.addNote().setText(note.toString());
        return FhirMeta.stampByContent(context, procedure, rs.getObject("updated_at", OffsetDateTime.class)
                .toInstant());
    }
}
