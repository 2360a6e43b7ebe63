package org.rhomboid.fhir.document;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirMeta;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirReader;
import org.rhomboid.fhir.PatientCompartment;
import org.rhomboid.link.PublicLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's documents for FHIR, with their own read-only SQL over the notes (signed, or signed by an assistant and
 * awaiting co-signature), the letters each episode's signed notes make, and the handout of each episode's programme
 * in force. Each read and search is audited; restricted records stay with their care team.
 */
@Component
class DocumentRecords implements FhirReader, PatientCompartment {

    static final String TYPE = "DocumentReference";

    /** Every document of the clinic, one row each ({@link DocumentRow}); parameters {@code :c} and {@code :today}. */
    static final String DOCUMENTS = """
            (select n.id::text as id, n.kind, n.patient_id, n.episode_id, n.id as note_id, n.visit_date as on_date,
                    n.signed_at as at, n.author_id, n.author_name,
                    coalesce(n.cosigned_by, case when n.status = 'SIGNED' then n.author_id end) as signer_id,
                    coalesce(n.cosigner_name, case when n.status = 'SIGNED' then n.author_name end) as signer_name,
                    n.status
               from note n where n.clinic_id = :c and n.status <> 'DRAFT'
             union all
             select l.episode_id::text || '.' || l.suffix, l.letter, l.patient_id, l.episode_id, l.id, l.visit_date,
                    l.signed_at, l.author_id, l.author_name, l.author_id, l.author_name, l.status
               from (select distinct on (n.episode_id, n.kind) n.*,
                            case n.kind when 'INITIAL_EVALUATION' then 'plan-of-care'
                                        when 'PROGRESS_REPORT' then 'progress' else 'discharge' end as suffix,
                            case n.kind when 'INITIAL_EVALUATION' then 'LETTER_PLAN_OF_CARE'
                                        when 'PROGRESS_REPORT' then 'LETTER_PROGRESS' else 'LETTER_DISCHARGE' end
                                as letter
                       from note n
                      where n.clinic_id = :c and n.status = 'SIGNED'
                        and n.kind in ('INITIAL_EVALUATION', 'PROGRESS_REPORT', 'DISCHARGE_SUMMARY')
                      order by n.episode_id, n.kind, n.visit_date desc, n.signed_at desc) l
             union all
             select h.episode_id::text || '.hep', 'HEP_HANDOUT', h.patient_id, h.episode_id, null, h.effective_from,
                    h.created_at, h.created_by, h.created_by_name, null, null, 'SIGNED'
               from (select distinct on (episode_id) * from hep_program where clinic_id = :c
                      order by episode_id, (effective_from <= :today) desc, version desc) h)""";

    private static final String COLUMNS = "d.id, d.kind, d.patient_id, d.episode_id, d.note_id, d.on_date, d.at,"
            + " d.author_id, d.author_name, d.signer_id, d.signer_name, d.status";

    private final JdbcClient jdbc;
    private final FhirPatients access;
    private final FhirAudit audit;
    private final FhirContext context;
    private final ClinicDates dates;
    private final PublicLinks links;

    DocumentRecords(JdbcClient jdbc, FhirPatients access, FhirAudit audit, FhirContext context, ClinicDates dates,
                    PublicLinks links) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.context = context;
        this.dates = dates;
        this.links = links;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Transactional
    public DocumentReference read(String id) {
        DocumentRow row = row(id).orElse(null);
        if (row == null) {
            audit.notFound(TYPE, FhirIds.orNull(id));
            throw new ResourceNotFoundException("No such document in this clinic");
        }
        access.require(row.patientId());
        audit.read(TYPE, row.auditId(), row.patientId());
        return resource(row);
    }

    @Override
    @Transactional
    public Optional<DocumentReference> find(String id) {
        Optional<DocumentRow> row = row(id);
        row.ifPresent(found -> {
            access.require(found.patientId());
            audit.read(TYPE, found.auditId(), found.patientId());
        });
        return row.map(this::resource);
    }

    /** The document a Binary is the content of: checked and audited as a read of the document. */
    @Transactional
    public DocumentRow require(String id) {
        DocumentRow row = row(id).orElseThrow(() -> new ResourceNotFoundException("No such document in this clinic"));
        access.require(row.patientId());
        return row;
    }

    @Override
    @Transactional
    public List<DocumentReference> everything(UUID patientId) {
        Map<String, Object> params = params();
        params.put("p", patientId);
        List<DocumentReference> found = jdbc.sql("select " + COLUMNS + " from " + DOCUMENTS
                        + " d where d.patient_id = :p order by d.at desc, d.id")
                .params(params).query(DocumentRecords::map).list().stream().map(this::resource).toList();
        audit.searched(TYPE, found.size(), List.of(patientId));
        return found;
    }

    /** A search: the patient named is checked first (404, 403); across patients, restricted records are left out. */
    @Transactional
    public SearchAnswer search(DocumentQuery query, FhirPage page) {
        if (query.patient() != null) {
            access.require(query.patient());
        }
        Map<String, Object> params = params();
        params.putAll(FhirPatients.visibility());
        String where = "p.clinic_id = :c and " + FhirPatients.VISIBLE + " and "
                + query.where(params, dates.zone());
        String from = " from " + DOCUMENTS + " d join patient p on p.clinic_id = :c and p.id = d.patient_id where ";
        List<DocumentRow> rows = jdbc.sql("select " + COLUMNS + from + where + " order by " + query.order()
                        + " limit " + page.limit() + " offset " + page.offset())
                .params(params).query(DocumentRecords::map).list();
        List<DocumentReference> resources = rows.stream().map(this::resource).toList();
        List<DocumentReference> shown = resources.subList(0, Math.min(resources.size(), page.count()));
        audit.searched(TYPE, shown.size(), rows.stream().limit(page.count()).map(DocumentRow::patientId).toList());
        return new SearchAnswer(resources, shown, () -> jdbc.sql("select count(*)" + from + where).params(params)
                .query(Integer.class).single());
    }

    /** The rows read (one more than the page), those shown, and how to count them all. */
    record SearchAnswer(List<DocumentReference> rows, List<DocumentReference> shown,
                        java.util.function.IntSupplier count) {
        IBundleProvider page(FhirPage page, List<? extends Resource> included) {
            return page.answer(rows, included, count);
        }
    }

    private Optional<DocumentRow> row(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        Map<String, Object> params = params();
        params.put("id", id);
        return jdbc.sql("select " + COLUMNS + " from " + DOCUMENTS + " d where d.id = :id").params(params)
                .query(DocumentRecords::map).optional();
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("c", ClinicScope.require());
        params.put("today", dates.today());
        return params;
    }

    private DocumentReference resource(DocumentRow row) {
        UUID clinic = ClinicScope.require();
        DocumentReference resource = DocumentMapping.toFhir(row, clinic,
                links.address().to("/fhir/Binary/" + row.id()));
        return FhirMeta.stampByContent(context, resource, row.at() == null ? null : row.at().toInstant());
    }

    private static DocumentRow map(ResultSet rs, int n) throws SQLException {
        return new DocumentRow(rs.getString("id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getObject("patient_id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("note_id", UUID.class), rs.getObject("on_date", LocalDate.class),
                rs.getObject("at", OffsetDateTime.class), rs.getObject("author_id", UUID.class),
                rs.getString("author_name"), rs.getObject("signer_id", UUID.class), rs.getString("signer_name"),
                rs.getString("status"));
    }
}
