package org.rhomboid.outside;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.outside.domain.FileKind;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.web.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.rhomboid.account.access.FilesOutsideDocuments;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filing a document from the chart's Documents section, and serving it back. The bytes are served as what they
 * were proven to be, never cached, never sniffed, in a sandbox (no script, no same-origin access even if a file
 * hides some), under a name that says nothing about the patient.
 */
@Controller
@FilesOutsideDocuments
class OutsideDocumentController {

    private final OutsideDocuments documents;

    OutsideDocumentController(OutsideDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/patients/{patientId}/documents")
    String upload(@PathVariable UUID patientId, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        Map<String, List<String>> typed = Forms.typed(params);
        OutsideDocuments.Filed filed;
        try {
            filed = documents.uploadForm(patientId, typed, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (IOException interrupted) {
            filed = new OutsideDocuments.Filed(null, Map.of("file", "The upload was interrupted; choose the file again"));
        }
        if (filed.filed()) {
            redirect.addFlashAttribute("documentNotice", "Document filed.");
        } else {
            Map<String, String> kept = new LinkedHashMap<>();
            typed.forEach((name, values) -> kept.put(name, values.isEmpty() ? "" : values.get(0)));
            redirect.addFlashAttribute("documentForm", kept);
            redirect.addFlashAttribute("documentErrors", filed.errors());
        }
        return "redirect:/patients/" + patientId + "#documents";
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<byte[]> view(@PathVariable UUID documentId) {
        return serve(documents.content(documentId), ContentDisposition.inline());
    }

    @GetMapping("/documents/{documentId}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID documentId) {
        return serve(documents.content(documentId), ContentDisposition.attachment());
    }

    @PostMapping("/documents/{documentId}/error")
    String markEnteredInError(@PathVariable UUID documentId, @RequestParam(defaultValue = "") String reason,
                              RedirectAttributes redirect) {
        OutsideDocument document = documents.find(documentId);
        try {
            documents.markEnteredInError(documentId, reason);
            redirect.addFlashAttribute("documentNotice", "Marked entered in error.");
        } catch (FieldProblemException problem) {
            redirect.addFlashAttribute("markErrorFor", documentId);
            redirect.addFlashAttribute("markError", problem.getMessage());
            redirect.addFlashAttribute("markReason", reason);
        }
        return "redirect:/patients/" + document.patientId() + "#document-" + documentId;
    }

    private static ResponseEntity<byte[]> serve(OutsideDocuments.Content content, ContentDisposition.Builder how) {
        OutsideDocument document = content.document();
        FileKind kind = FileKind.ofContentType(document.contentType());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kind.contentType()))
                .contentLength(content.bytes().length)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        how.filename("outside-document-" + document.id() + "." + kind.extension()).build().toString())
                .body(content.bytes());
    }
}
