package org.rhomboid.chart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.audit.AuditCsv;
import org.rhomboid.audit.AuditEvent;
import org.rhomboid.audit.AuditTrail;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.settings.ClinicSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A patient's accounting of disclosures (AUDIT-DISCLOSURES; HIPAA §164.528, ONC §170.315(d)(11)): who read,
 * changed, listed or exported the patient's record, when, how and from where, between two dates — as CSV for a
 * spreadsheet or a PDF to hand over. For the clinic's administrator; the export is itself recorded.
 */
@Controller
@AdministersClinic
class DisclosuresController {

    /** The longest period one export covers (six years: the accounting HIPAA gives a patient). */
    static final int MAX_DAYS = 6 * 366;

    private final PatientService patients;
    private final AuditTrail trail;
    private final ClinicSettings clinic;
    private final PdfRenderer documents;

    private final ClinicDates clinicDates;

    DisclosuresController(PatientService patients, AuditTrail trail, ClinicSettings clinic, PdfRenderer documents, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.patients = patients;
        this.trail = trail;
        this.clinic = clinic;
        this.documents = documents;
    }

    @GetMapping("/patients/{patientId}/disclosures")
    ResponseEntity<byte[]> export(@PathVariable UUID patientId, @RequestParam(defaultValue = "") String from,
                                  @RequestParam(defaultValue = "") String to,
                                  @RequestParam(defaultValue = "csv") String format) {
        Patient patient = patients.get(patientId);
        LocalDate end = date(to, clinicDates.today());
        LocalDate start = date(from, end.minusYears(1));
        if (start.isAfter(end) || start.isBefore(end.minusDays(MAX_DAYS)) || !(format.equals("csv") || format.equals("pdf"))) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(("Give dates as yyyy-mm-dd, the first on or before the last, at most six years apart, and"
                            + " a format of csv or pdf.").getBytes(StandardCharsets.UTF_8));
        }
        List<AuditEvent> events = trail.disclosures(patientId, start, end, format);
        String name = "disclosures-" + patientId + "-" + start + "-" + end;
        if (format.equals("pdf")) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("clinic", clinic.current());
            variables.put("patient", patient);
            variables.put("events", events);
            variables.put("from", start);
            variables.put("to", end);
            return PdfDownload.inline(documents.render("documents/disclosures", variables), name + ".pdf");
        }
        return AuditCsv.download(AuditCsv.of(events, false), name);
    }

    private static LocalDate date(String raw, LocalDate otherwise) {
        if (raw.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException notADate) {
            return LocalDate.MIN;
        }
    }
}
