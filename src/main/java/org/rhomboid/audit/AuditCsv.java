package org.rhomboid.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rhomboid.shared.domain.CsvCell;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Audit events as a CSV download: one row per event, every cell quoted and formula-safe, served as an uncached
 * attachment whose name says nothing about a patient. The trail's export adds the patient's opaque id; a patient's
 * accounting of disclosures leaves it out (it is all one patient).
 */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static String of(List<AuditEvent> events, boolean withPatient) {
        StringBuilder csv = new StringBuilder("occurred_at,user,action,resource,resource_id,")
                .append(withPatient ? "patient_id," : "").append("channel,outcome,source_address,detail\r\n");
        for (AuditEvent e : events) {
            csv.append(e.occurredAt()).append(',').append(CsvCell.of(e.username())).append(',')
                    .append(e.action()).append(',').append(CsvCell.of(e.resourceType())).append(',')
                    .append(CsvCell.of(e.resourceId())).append(',');
            if (withPatient) {
                csv.append(e.patientId() == null ? "" : e.patientId().toString()).append(',');
            }
            csv.append(e.channel()).append(',').append(e.outcome()).append(',')
                    .append(CsvCell.of(e.sourceAddress())).append(',').append(CsvCell.of(e.detail())).append("\r\n");
        }
        return csv.toString();
    }

    public static ResponseEntity<byte[]> download(String csv, String fileName) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
