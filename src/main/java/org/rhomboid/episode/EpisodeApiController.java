package org.rhomboid.episode;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.account.access.ManagesEpisodes;
import org.rhomboid.patient.PatientService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@KeepsDemographics
class EpisodeApiController {

    private final EpisodeService episodes;
    private final PatientService patients;

    EpisodeApiController(EpisodeService episodes, PatientService patients) {
        this.episodes = episodes;
        this.patients = patients;
    }

    @GetMapping("/api/v1/patients/{patientId}/episodes")
    List<Episode> ofPatient(@PathVariable UUID patientId) {
        return episodes.of(patients.get(patientId));
    }

    @ManagesEpisodes
    @PostMapping("/api/v1/patients/{patientId}/episodes")
    ResponseEntity<Episode> open(@PathVariable UUID patientId, @Valid @RequestBody EpisodeDetails details) {
        Episode episode = episodes.open(patientId, details);
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + episode.id())).body(episode);
    }

    @GetMapping("/api/v1/episodes/{episodeId}")
    Episode get(@PathVariable UUID episodeId) {
        return episodes.get(episodeId);
    }

    @ManagesEpisodes
    @PutMapping("/api/v1/episodes/{episodeId}")
    Episode change(@PathVariable UUID episodeId, @Valid @RequestBody EpisodeDetails details) {
        return episodes.change(episodeId, details);
    }
}
