package org.rhomboid.payer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.Bills;
import org.rhomboid.payer.domain.FilingIndicator;
import org.rhomboid.payer.domain.PayerCsv;
import org.rhomboid.payer.domain.PayerForm;
import org.rhomboid.payer.domain.PayerProfile;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.web.Forms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payer directory's pages: the list, a payer's form, and the CSV file in and out. Billers and administrators. */
@Controller
@Bills
class PayerController {

    /** A CSV file of a few thousand payers is far below this; anything larger is not a payer list. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final PayerDirectory directory;

    PayerController(PayerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/billing/payers")
    String list(Model model) {
        return listPage(model, List.of());
    }

    @GetMapping("/billing/payers/new")
    String newPayer(@RequestParam(name = "kind", defaultValue = "CI") String kind, Model model) {
        FilingIndicator indicator = FilingIndicator.ofCode(kind).orElse(FilingIndicator.CI);
        return form(model, null, PayerForm.defaults(indicator), Map.of());
    }

    @PostMapping("/billing/payers")
    String add(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> typed = Forms.typed(params);
        PayerForm.Checked checked = PayerForm.check(typed, null);
        if (!checked.valid()) {
            return form(model, null, Forms.firstValues(typed), checked.errors());
        }
        try {
            PayerProfile stored = directory.add(checked.payer());
            redirect.addFlashAttribute("notice", stored.name() + " added to the payer directory.");
            return "redirect:/billing/payers";
        } catch (FieldProblemException problem) {
            return form(model, null, Forms.firstValues(typed), Map.of(problem.field(), problem.getMessage()));
        } catch (DuplicateKeyException sameNameAtOnce) {
            return form(model, null, Forms.firstValues(typed), Map.of("name", "The directory already has a payer of this name"));
        }
    }

    @GetMapping("/billing/payers/{payerId}")
    String edit(@PathVariable UUID payerId, Model model) {
        PayerProfile payer = directory.find(payerId).orElseThrow(() -> new NotFoundException("Payer"));
        return form(model, payer, PayerForm.typed(payer), Map.of());
    }

    @PostMapping("/billing/payers/{payerId}")
    String change(@PathVariable UUID payerId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        PayerProfile payer = directory.find(payerId).orElseThrow(() -> new NotFoundException("Payer"));
        Map<String, List<String>> typed = Forms.typed(params);
        PayerForm.Checked checked = PayerForm.check(typed, payerId);
        if (!checked.valid()) {
            return form(model, payer, Forms.firstValues(typed), checked.errors());
        }
        try {
            directory.change(checked.payer());
        } catch (FieldProblemException problem) {
            return form(model, payer, Forms.firstValues(typed), Map.of(problem.field(), problem.getMessage()));
        } catch (DuplicateKeyException sameNameAtOnce) {
            return form(model, payer, Forms.firstValues(typed), Map.of("name", "The directory already has a payer of this name"));
        }
        redirect.addFlashAttribute("notice", checked.payer().name() + " saved.");
        return "redirect:/billing/payers";
    }

    @GetMapping("/billing/payers/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("payers.csv").build().toString())
                .body(directory.exportCsv().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/billing/payers/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                      RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return listPage(model, List.of("Choose a CSV file to import"));
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return listPage(model, List.of("The file is larger than 1 MB; a payer list is much smaller"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException notText) {
            return listPage(model, List.of("The file is not a UTF-8 text (CSV) file"));
        }
        PayerCsv.Read read = PayerCsv.read(text);
        if (!read.valid()) {
            return listPage(model, read.problems());
        }
        PayerDirectory.Imported done = directory.importAll(read.payers());
        redirect.addFlashAttribute("notice", "Imported: " + done.added() + " payers added, " + done.updated()
                + " updated.");
        return "redirect:/billing/payers";
    }

    private String listPage(Model model, List<String> importProblems) {
        model.addAttribute("payers", directory.all());
        model.addAttribute("kinds", FilingIndicator.values());
        model.addAttribute("importProblems", importProblems);
        return "billing/payers";
    }

    private String form(Model model, PayerProfile payer, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("payer", payer);
        model.addAttribute("title", payer == null ? "New payer" : payer.name());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(FilingIndicator.values()));
        model.addAttribute("states", PayerForm.STATES.stream().sorted().toList());
        return "billing/payer";
    }
}
