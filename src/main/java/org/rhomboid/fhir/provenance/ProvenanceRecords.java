package org.rhomboid.fhir.provenance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Provenance;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.FhirRevIncluder;
import org.rhomboid.fhir.PatientCompartment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who signed, co-signed and amended each signed note, read for FHIR from the note and its addenda (the clinic's,
 * under RLS); each read and search audited. Also what {@code _revinclude=Provenance:target} brings.
 */
@Component
class ProvenanceRecords implements FhirReader, FhirRevIncluder, PatientCompartment {

    static final String TYPE = "Provenance";

    private static final String ACTS = """
            (select n.id::text as id, 'SIGNED' as act, n.id as note_id, n.patient_id, n.signed_at as recorded,
                    n.author_id as who, n.author_name as who_name, n.author_role, n.id as audit_id
               from note n where n.clinic_id = :c and n.status <> 'DRAFT'
             union all
             select n.id::text || '.cosign', 'COSIGNED', n.id, n.patient_id, n.cosigned_at, n.cosigned_by,
                    n.cosigner_name, 'PT', n.id
               from note n where n.clinic_id = :c and n.cosigned_at is not null
             union all
             select a.id::text, 'AMENDED', n.id, n.patient_id, a.signed_at, a.author_id, a.author_name, null, a.id
               from note_addendum a join note n on n.clinic_id = a.clinic_id and n.id = a.note_id
              where a.clinic_id = :c)""";

    private static final String COLUMNS = "v.id, v.act, v.note_id, v.patient_id, v.recorded, v.who, v.who_name,"
            + " v.author_role, v.audit_id";

    private final JdbcClient jdbc;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirContext context;

    ProvenanceRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirContext context) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.context = context;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String revinclude() {
        return "Provenance:target";
    }

    @Transactional
    public Provenance read(String id) {
        ProvenanceRow row = row(id).orElse(null);
        if (row == null) {
            audit.notFound(TYPE, FhirIds.orNull(id));
            throw new ResourceNotFoundException("No such provenance in this clinic");
        }
        access.require(row.patientId());
        audit.read(TYPE, row.auditId(), row.patientId());
        return resource(row);
    }

    @Override
    @Transactional
    public Optional<Provenance> find(String id) {
        Optional<ProvenanceRow> row = row(id);
        row.ifPresent(found -> {
            access.require(found.patientId());
            audit.read(TYPE, found.auditId(), found.patientId());
        });
        return row.map(this::resource);
    }

    /** The acts on the notes among the targets ("DocumentReference/{noteId}" or "Encounter/{noteId}"). */
    @Override
    @Transactional
    public List<Provenance> referringTo(List<String> targets) {
        List<UUID> notes = new ArrayList<>();
        for (String target : targets) {
            if (target.startsWith("DocumentReference/") || target.startsWith("Encounter/")) {
                UUID note = FhirIds.orNull(target);
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = params();
        params.put("notes", notes);
        List<ProvenanceRow> rows = jdbc.sql("select " + COLUMNS + " from " + ACTS
                        + " v where v.note_id in (:notes) order by v.recorded, v.id")
                .params(params).query(ProvenanceRecords::map).list();
        rows.stream().map(ProvenanceRow::patientId).distinct().forEach(access::require);
        audit.searched(TYPE, rows.size(), rows.stream().map(ProvenanceRow::patientId).toList());
        return rows.stream().map(this::resource).toList();
    }

    @Override
    @Transactional
    public List<Provenance> everything(UUID patientId) {
        Map<String, Object> params = params();
        params.put("p", patientId);
        List<Provenance> found = jdbc.sql("select " + COLUMNS + " from " + ACTS
                        + " v where v.patient_id = :p order by v.recorded, v.id")
                .params(params).query(ProvenanceRecords::map).list().stream().map(this::resource).toList();
        audit.searched(TYPE, found.size(), List.of(patientId));
        return found;
    }

    /** A search by patient, target or _id; the patient named is checked first, restricted records left out. */
    @Transactional
    public IBundleProvider search(UUID patient, UUID targetNote, String id, FhirPage page) {
        if (patient != null) {
            access.require(patient);
        }
        Map<String, Object> params = params();
        params.putAll(FhirPatients.visibility());
        List<String> conditions = new ArrayList<>(List.of("p.clinic_id = :c", FhirPatients.VISIBLE));
        if (patient != null) {
            params.put("patient", patient);
            conditions.add("v.patient_id = :patient");
        }
        if (targetNote != null) {
            params.put("note", targetNote);
            conditions.add("v.note_id = :note");
        }
        if (id != null) {
            params.put("id", id);
            conditions.add("v.id = :id");
        }
        String from = " from " + ACTS + " v join patient p on p.clinic_id = :c and p.id = v.patient_id where "
                + String.join(" and ", conditions);
        List<ProvenanceRow> rows = jdbc.sql("select " + COLUMNS + from + " order by v.recorded, v.id limit "
                        + page.limit() + " offset " + page.offset())
                .params(params).query(ProvenanceRecords::map).list();
        List<ProvenanceRow> shown = rows.subList(0, Math.min(rows.size(), page.count()));
        audit.searched(TYPE, shown.size(), shown.stream().map(ProvenanceRow::patientId).toList());
        return page.answer(rows.stream().map(this::resource).toList(),
                () -> jdbc.sql("select count(*)" + from).params(params).query(Integer.class).single());
    }

    private Optional<ProvenanceRow> row(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        Map<String, Object> params = params();
        params.put("id", id);
        return jdbc.sql("select " + COLUMNS + " from " + ACTS + " v where v.id = :id").params(params)
                .query(ProvenanceRecords::map).optional();
    }

    private static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("c", ClinicScope.require());
        return params;
    }

    private Provenance resource(ProvenanceRow row) {
        Provenance provenance = ProvenanceMapping.toFhir(row, ClinicScope.require());
        return FhirMeta.stampByContent(context, provenance, row.recorded().toInstant());
    }

    private static ProvenanceRow map(ResultSet rs, int n) throws SQLException {
        return new ProvenanceRow(rs.getString("id"), rs.getString("act"), rs.getObject("note_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("recorded", OffsetDateTime.class),
                rs.getObject("who", UUID.class), rs.getString("who_name"), rs.getString("author_role"),
                rs.getObject("audit_id", UUID.class));
    }
}
