package org.rhomboid.outcome;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.outcome.domain.LicensedWording;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator loads the clinic's licensed wording of the copyrighted instruments, a file per instrument
 * (QUESTIONNAIRE-LICENCE); what is wrong with a file is said beside its field and nothing is stored.
 */
@Controller
@AdministersClinic
class QuestionnaireWordingController {

    private final LicensedWordings wordings;

    QuestionnaireWordingController(LicensedWordings wordings) {
        this.wordings = wordings;
    }

    @GetMapping("/admin/questionnaires")
    String page(Model model) {
        return render(Map.of(), model);
    }

    @PostMapping("/admin/questionnaires")
    String load(@RequestParam(name = "instrument", required = false) String instrumentName,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                RedirectAttributes redirect) throws IOException {
        OutcomeInstrument instrument = LicensedWording.NEEDED_FOR.stream()
                .filter(i -> i.name().equals(instrumentName)).findFirst().orElse(null);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (instrument == null) {
            errors.put("instrument", List.of("Choose one of the instruments listed."));
        } else if (file == null || file.isEmpty()) {
            errors.put(instrument.name(), List.of("Choose the file with the licensed wording."));
        } else if (file.getSize() > LicensedWording.MAX_BYTES) {
            errors.put(instrument.name(), List.of("The file is larger than " + LicensedWording.MAX_BYTES / 1024
                    + " kilobytes: a questionnaire's wording is far smaller. Is it the right file?"));
        } else {
            String text = utf8(file.getBytes());
            List<String> problems = text == null
                    ? List.of("The file is not plain text in UTF-8: save it as UTF-8 text and try again.")
                    : wordings.load(instrument, text, file.getOriginalFilename());
            if (!problems.isEmpty()) {
                errors.put(instrument.name(), problems);
            }
        }
        if (!errors.isEmpty()) {
            return render(errors, model);
        }
        redirect.addFlashAttribute("notice", "The " + instrument.name() + " wording is loaded: the "
                + instrument.name() + " can now be sent to patients.");
        return "redirect:/admin/questionnaires";
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private String render(Map<String, List<String>> errors, Model model) {
        Map<OutcomeInstrument, LicensedWordings.Loaded> loaded = new LinkedHashMap<>();
        wordings.loaded().forEach(l -> loaded.put(l.instrument(), l));
        model.addAttribute("licensed", List.copyOf(LicensedWording.NEEDED_FOR));
        model.addAttribute("loaded", loaded);
        model.addAttribute("errors", errors);
        return "admin/questionnaires";
    }
}
