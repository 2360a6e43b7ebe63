package org.rhomboid.authorization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.authorization.domain.Authorization;
import org.rhomboid.authorization.domain.CountedVisit;
import org.rhomboid.authorization.domain.VisitLimit;
import org.rhomboid.database.PgArrays;
import org.rhomboid.patient.domain.Payer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Prior authorizations, yearly visit limits, their corrections and the flags notes carried; and what counts against
 * them, read set by set: the signed billed visits with their billable lines, and the appointments still booked.
 */
@Repository
class AuthorizationRepository {

    /** The note kinds that are billed visits (V16's note_billed_date_idx): the evaluation, daily notes, re-evaluations. */
    static final String BILLED_KINDS = "('INITIAL_EVALUATION', 'DAILY_NOTE', 'RE_EVALUATION')";

    private static final String COLUMNS = "id, patient_id, number, payer_kind, payer_name, start_date, end_date,"
            + " visits_allowed, units_allowed, codes";

    private final JdbcClient jdbc;

    AuthorizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Authorization> ofPatient(UUID clinic, UUID patient) {
        return jdbc.sql("select " + COLUMNS + " from prior_authorization where clinic_id = :clinic"
                        + " and patient_id = :patient order by start_date, number")
                .param("clinic", clinic).param("patient", patient).query(AuthorizationRepository::map).list();
    }

    /** Every authorization of the clinic's patients that ends on or after a date, by patient. */
    Map<UUID, List<Authorization>> endingFrom(UUID clinic, LocalDate from) {
        Map<UUID, List<Authorization>> byPatient = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from prior_authorization where clinic_id = :clinic and end_date >= :from"
                        + " order by patient_id, start_date")
                .param("clinic", clinic).param("from", from)
                .query(AuthorizationRepository::map).list()
                .forEach(a -> byPatient.computeIfAbsent(a.patientId(), p -> new ArrayList<>()).add(a));
        return byPatient;
    }

    /** The authorizations of patients with a live appointment from a date, whatever their dates, by patient. */
    Map<UUID, List<Authorization>> ofPatientsBookedFrom(UUID clinic, java.time.Instant from) {
        Map<UUID, List<Authorization>> byPatient = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from prior_authorization a where a.clinic_id = :clinic and exists ("
                        + " select 1 from appointment p where p.clinic_id = a.clinic_id and p.patient_id = a.patient_id"
                        + " and p.status in ('BOOKED', 'CHECKED_IN') and p.starts_at >= :from)"
                        + " order by a.patient_id, a.start_date")
                .param("clinic", clinic).param("from", java.sql.Timestamp.from(from))
                .query(AuthorizationRepository::map).list()
                .forEach(a -> byPatient.computeIfAbsent(a.patientId(), p -> new ArrayList<>()).add(a));
        return byPatient;
    }

    /** The authorizations of some patients whose dates meet a range, by patient (claims). */
    Map<UUID, List<Authorization>> meeting(UUID clinic, LocalDate from, LocalDate to) {
        Map<UUID, List<Authorization>> byPatient = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from prior_authorization where clinic_id = :clinic"
                        + " and start_date <= :to and end_date >= :from")
                .param("clinic", clinic).param("from", from).param("to", to)
                .query(AuthorizationRepository::map).list()
                .forEach(a -> byPatient.computeIfAbsent(a.patientId(), p -> new ArrayList<>()).add(a));
        return byPatient;
    }

    Optional<Authorization> find(UUID clinic, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from prior_authorization where clinic_id = :clinic and id = :id")
                .param("clinic", clinic).param("id", id).query(AuthorizationRepository::map).optional();
    }

    void insert(UUID clinic, Authorization a, UUID by) {
        jdbc.sql("insert into prior_authorization (id, clinic_id, patient_id, number, payer_kind, payer_name, start_date,"
                        + " end_date, visits_allowed, units_allowed, codes, created_by) values (:id, :clinic, :patient,"
                        + " :number, :kind, :name, :start, :end, :visits, :units, cast(:codes as text[]), :by)")
                .params(params(clinic, a)).param("by", by).update();
    }

    void update(UUID clinic, Authorization a) {
        jdbc.sql("update prior_authorization set number = :number, payer_kind = :kind, payer_name = :name,"
                        + " start_date = :start, end_date = :end, visits_allowed = :visits, units_allowed = :units,"
                        + " codes = cast(:codes as text[]), updated_at = now() where clinic_id = :clinic and id = :id")
                .params(params(clinic, a)).update();
    }

    private static Map<String, Object> params(UUID clinic, Authorization a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("clinic", clinic);
        p.put("patient", a.patientId());
        p.put("number", a.number());
        p.put("kind", a.payerKind().name());
        p.put("name", a.payerName());
        p.put("start", a.start());
        p.put("end", a.end());
        p.put("visits", a.visitsAllowed());
        p.put("units", a.unitsAllowed());
        p.put("codes", PgArrays.text(a.codes()));
        return p;
    }

    List<VisitLimit> limitsOf(UUID clinic, UUID patient) {
        return jdbc.sql("select id, patient_id, payer_kind, payer_name, year, visits_allowed from visit_limit"
                        + " where clinic_id = :clinic and patient_id = :patient order by year, payer_name")
                .param("clinic", clinic).param("patient", patient).query(AuthorizationRepository::limit).list();
    }

    Optional<VisitLimit> findLimit(UUID clinic, UUID id) {
        return jdbc.sql("select id, patient_id, payer_kind, payer_name, year, visits_allowed from visit_limit"
                        + " where clinic_id = :clinic and id = :id")
                .param("clinic", clinic).param("id", id).query(AuthorizationRepository::limit).optional();
    }

    void insertLimit(UUID clinic, VisitLimit l, UUID by) {
        jdbc.sql("insert into visit_limit (id, clinic_id, patient_id, payer_kind, payer_name, year, visits_allowed,"
                        + " created_by) values (:id, :clinic, :patient, :kind, :name, :year, :visits, :by)")
                .param("id", l.id()).param("clinic", clinic).param("patient", l.patientId())
                .param("kind", l.payerKind().name()).param("name", l.payerName()).param("year", l.year())
                .param("visits", l.visitsAllowed()).param("by", by).update();
    }

    void updateLimit(UUID clinic, VisitLimit l) {
        jdbc.sql("update visit_limit set payer_kind = :kind, payer_name = :name, year = :year, visits_allowed = :visits,"
                        + " updated_at = now() where clinic_id = :clinic and id = :id")
                .param("id", l.id()).param("clinic", clinic).param("kind", l.payerKind().name())
                .param("name", l.payerName()).param("year", l.year()).param("visits", l.visitsAllowed()).update();
    }

    void insertCorrection(UUID clinic, UUID patient, String kind, UUID recordId, String before, String reason,
                          UUID by, String byName) {
        jdbc.sql("insert into authorization_correction (id, clinic_id, patient_id, record_kind, record_id, before,"
                        + " reason, changed_by, changed_by_name) values (:id, :clinic, :patient, :kind, :record,"
                        + " cast(:before as jsonb), :reason, :by, :name)")
                .param("id", UUID.randomUUID()).param("clinic", clinic).param("patient", patient).param("kind", kind)
                .param("record", recordId).param("before", before).param("reason", reason).param("by", by)
                .param("name", byName).update();
    }

    List<Authorizations.Correction> corrections(UUID clinic, UUID patient) {
        return jdbc.sql("select record_id, reason, changed_by_name, changed_at from authorization_correction"
                        + " where clinic_id = :clinic and patient_id = :patient order by changed_at")
                .param("clinic", clinic).param("patient", patient)
                .query((rs, n) -> new Authorizations.Correction(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class))).list();
    }

    /** The signed (or awaiting co-signature) billed visits of some patients, each with its billable lines. */
    Map<UUID, List<CountedVisit>> visits(UUID clinic, Collection<UUID> patients) {
        Map<UUID, List<CountedVisit>> byPatient = new HashMap<>();
        if (patients.isEmpty()) {
            return byPatient;
        }
        Map<UUID, UUID> patientOf = new HashMap<>();
        Map<UUID, LocalDate> dateOf = new LinkedHashMap<>();
        Map<UUID, List<CountedVisit.Line>> lines = new HashMap<>();
        jdbc.sql("select n.id, n.patient_id, n.visit_date, s.code, s.units from note n"
                        + " left join note_service s on s.clinic_id = n.clinic_id and s.note_id = n.id"
                        + " and s.status = 'BILLABLE'"
                        + " where n.clinic_id = :clinic and n.patient_id = any(:patients) and n.status <> 'DRAFT'"
                        + " and n.kind in " + BILLED_KINDS + " order by n.visit_date, n.id, s.line")
                .param("clinic", clinic).param("patients", patients.toArray(UUID[]::new))
                .query(rs -> {
                    UUID note = rs.getObject(1, UUID.class);
                    patientOf.put(note, rs.getObject(2, UUID.class));
                    dateOf.put(note, rs.getObject(3, LocalDate.class));
                    List<CountedVisit.Line> noteLines = lines.computeIfAbsent(note, k -> new ArrayList<>());
                    String code = rs.getString(4);
                    if (code != null) {
                        noteLines.add(new CountedVisit.Line(code, rs.getInt(5)));
                    }
                });
        dateOf.forEach((note, date) -> byPatient.computeIfAbsent(patientOf.get(note), p -> new ArrayList<>())
                .add(new CountedVisit(note, date, lines.get(note))));
        return byPatient;
    }

    /**
     * The dates (in the clinic's zone) of some patients' appointments still booked or checked in from a moment on,
     * leaving out those already documented by a note.
     */
    Map<UUID, List<LocalDate>> bookings(UUID clinic, Collection<UUID> patients, java.time.Instant from,
                                        java.time.ZoneId zone) {
        Map<UUID, List<LocalDate>> byPatient = new HashMap<>();
        if (patients.isEmpty()) {
            return byPatient;
        }
        jdbc.sql("select patient_id, starts_at from appointment where clinic_id = :clinic"
                        + " and patient_id = any(:patients) and status in ('BOOKED', 'CHECKED_IN') and note_id is null"
                        + " and starts_at >= :from order by starts_at")
                .param("clinic", clinic).param("patients", patients.toArray(UUID[]::new))
                .param("from", java.sql.Timestamp.from(from))
                .query(rs -> {
                    byPatient.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>())
                            .add(rs.getObject(2, java.time.OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate());
                });
        return byPatient;
    }

    void insertFlag(UUID clinic, UUID note, UUID patient, String flag) {
        jdbc.sql("insert into authorization_note_flag (clinic_id, note_id, patient_id, flag) values (:clinic, :note,"
                        + " :patient, :flag) on conflict do nothing")
                .param("clinic", clinic).param("note", note).param("patient", patient).param("flag", flag).update();
    }

    Optional<String> flag(UUID clinic, UUID note) {
        return jdbc.sql("select flag from authorization_note_flag where clinic_id = :clinic and note_id = :note")
                .param("clinic", clinic).param("note", note).query(String.class).optional();
    }

    /** Patients' names, "Family, Given", for the worklist. */
    Map<UUID, String> names(UUID clinic, Collection<UUID> patients) {
        Map<UUID, String> names = new HashMap<>();
        if (patients.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, family_name || ', ' || given_name from patient where clinic_id = :clinic"
                        + " and id = any(:patients)")
                .param("clinic", clinic).param("patients", patients.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    private static Authorization map(ResultSet rs, int row) throws SQLException {
        return new Authorization(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("number"), Payer.valueOf(rs.getString("payer_kind")), rs.getString("payer_name"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                (Integer) rs.getObject("visits_allowed"), (Integer) rs.getObject("units_allowed"),
                strings(rs.getArray("codes")));
    }

    private static VisitLimit limit(ResultSet rs, int row) throws SQLException {
        return new VisitLimit(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                Payer.valueOf(rs.getString("payer_kind")), rs.getString("payer_name"), rs.getInt("year"),
                rs.getInt("visits_allowed"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
