package org.rhomboid.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Patients over JSON. Searching is a POST so that names and birth dates never appear in URLs or logs. */
@RestController
@RequestMapping("/api/v1/patients")
@KeepsDemographics
class PatientApiController {

    record SearchRequest(@Size(max = 200, message = "Use at most 200 characters") String query) {}

    record SearchResponse(List<Patient> results, int limit) {}

    private final PatientService patients;

    PatientApiController(PatientService patients) {
        this.patients = patients;
    }

    @PostMapping
    ResponseEntity<Patient> register(@Valid @RequestBody PatientDetails details) {
        Patient patient = patients.register(details);
        return ResponseEntity.created(URI.create("/api/v1/patients/" + patient.id())).body(patient);
    }

    @GetMapping("/{patientId}")
    Patient get(@PathVariable UUID patientId) {
        return patients.get(patientId);
    }

    @PutMapping("/{patientId}")
    Patient correct(@PathVariable UUID patientId, @Valid @RequestBody PatientDetails details) {
        return patients.correct(patientId, details);
    }

    @PostMapping("/search")
    SearchResponse search(@Valid @RequestBody SearchRequest request) {
        return new SearchResponse(patients.search(request.query()), PatientService.SEARCH_LIMIT);
    }
}
