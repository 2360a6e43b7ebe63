package org.rhomboid.letter;

import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.screening.RedFlagStatements;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Letters to the referring provider, as a page to read and a PDF to send, both from the fragment in
 * {@code letters/body.html}. Who may open them follows the visit notes: therapists, assistants, billers and
 * administrators.
 */
@Controller
@ReadsClinicalRecords
class LetterController {

    private final Letters letters;
    private final ClinicSettings clinic;
    private final RedFlagStatements redFlags;

    private final ClinicDates clinicDates;
    private final LetterPdfs letterPdfs;

    LetterController(Letters letters, ClinicSettings clinic, RedFlagStatements redFlags, ClinicDates clinicDates,
                     LetterPdfs letterPdfs) {
        this.letterPdfs = letterPdfs;
        this.clinicDates = clinicDates;
        this.redFlags = redFlags;
        this.letters = letters;
        this.clinic = clinic;
    }

    @GetMapping("/episodes/{episodeId}/letters/{kind}")
    String page(@PathVariable UUID episodeId, @PathVariable String kind, Model model) {
        Letter letter = letters.write(episodeId, kind(kind), clinicDates.today());
        model.addAttribute("letter", letter);
        model.addAttribute("safety", redFlags.current(letter.episode()));
        return "letters/page";
    }

    @GetMapping("/episodes/{episodeId}/letters/{kind}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID episodeId, @PathVariable String kind) {
        Letter letter = letters.write(episodeId, kind(kind), clinicDates.today());
        byte[] pdf = letterPdfs.render(letter);
        return PdfDownload.inline(pdf, letter.kind().slug() + "-letter-" + letter.date() + ".pdf");
    }

    private static LetterKind kind(String slug) {
        return LetterKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("Letter"));
    }
}
