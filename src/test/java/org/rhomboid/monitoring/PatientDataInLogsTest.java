package org.rhomboid.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rhomboid.support.PatientDataInLogs;
import org.rhomboid.support.PatientDataInLogs.Finding;
import org.rhomboid.support.PatientDataInLogs.Patient;

/** The log scan itself: it must fail on a patient's name, birth date or MRN, and only on those. */
class PatientDataInLogsTest {

    static final long PID = 4242;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant STARTED = Instant.parse("2026-12-07T10:00:00Z");

    final PatientDataInLogs scan = PatientDataInLogs.of(List.of(
            new Patient("Ellison", "Margaret", LocalDate.of(1951, 4, 12), "R000001", "1EG4TE5MK73"),
            new Patient("García-López", "Tomás", LocalDate.of(1969, 3, 17), "R000002", null),
            // What the fuzz tests register: no word or code here identifies anyone.
            new Patient("null", "0", LocalDate.of(1970, 1, 1), "11", "-1"),
            new Patient("not-a-uuid", "line one line two", LocalDate.of(1971, 1, 1), "97110", "1234567893"),
            new Patient("\"; drop table patient; --", "<script>alert(1)</script>", LocalDate.of(1980, 5, 5),
                    "97110", null),
            new Patient("Newborn", "Baby", TODAY, "R000003", null)), TODAY);

    static String line(String message) {
        return "{\"@timestamp\":\"2026-12-07T10:15:30.123Z\",\"log\":{\"level\":\"WARN\",\"logger\":\"x\"},"
                + "\"process\":{\"pid\":" + PID + ",\"thread\":{\"name\":\"http-nio-1-exec-1\"}},"
                + "\"message\":\"" + message + "\",\"requestId\":\"abc12345\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"Key (family_name)=(Ellison) already exists", "search for Margaret",
            "MRN R000001 already belongs to another patient", "member 1EG4TE5MK73 refused",
            "born 1951-04-12", "born 04/12/1951", "born 4/12/1951", "DMG*D8*19510412*F~", "born Apr 12, 1951",
            "born April 12, 1951", "born 12 Apr 1951", "Tomás", "García-López", "López", "patient García was seen"})
    void findsEachWayAPatientCanBePrinted(String message) {
        assertThat(scan.scan(List.of(line(message)), PID, STARTED)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /patients/{id} 200 12ms", "Loaded 74719 ICD-10-CM codes",
            "org.rhomboid.patient.PatientService null 0 -1 11 97110 table drop script alert",
            "RHOMBOID_PUBLIC_URL is not set: line one", "Invalid UUID string: not-a-uuid", "born 1971-01-01",
            "Ellisonian margaret r000001", "Started at 2026-12-07T10:15:30Z", "1951-04-13", "04/12/1952",
            "Newborn R000003", "seal 2026-12-07", "2024-02-30 is no date"})
    void leavesEverythingElseAlone(String message) {
        List<Finding> findings = scan.scan(List.of(line(message)), PID, STARTED);
        if (message.startsWith("Newborn")) {
            // A baby born today still has a name and an MRN; only the date is not searched for.
            assertThat(findings).extracting(Finding::kind).doesNotContain("date of birth");
            return;
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void readsOnlyThisRunsLinesButEveryLineThatIsNotJson() {
        String otherProcess = line("Ellison").replace("\"pid\":" + PID, "\"pid\":1");
        assertThat(scan.scan(List.of(otherProcess), PID, STARTED)).isEmpty();
        // An earlier run whose process had the same number.
        String earlierRun = line("Ellison").replace("2026-12-07T10:15", "2026-12-07T09:15");
        assertThat(scan.scan(List.of(earlierRun), PID, STARTED)).isEmpty();
        assertThat(scan.scan(List.of(line("Ellison")), PID, STARTED)).isNotEmpty();
        assertThat(scan.scan(List.of("plain text about Ellison"), PID, STARTED)).extracting(Finding::value)
                .containsExactly("Ellison");
    }

    @Test
    void findsWhatAStackTraceQuotes() {
        String withError = line("Unexpected error").replace(",\"requestId\"", ",\"error\":{\"type\":"
                + "\"org.postgresql.util.PSQLException\",\"message\":\"Detail: Key (clinic_id, mrn)=(5a0c, R000002)"
                + " already exists.\"},\"requestId\"");
        assertThat(PatientDataInLogs.parse(withError)).as(withError).isNotNull();
        assertThat(scan.scan(List.of(withError), PID, STARTED)).extracting(Finding::value).contains("R000002");
    }
}
