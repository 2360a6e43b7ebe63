package org.rhomboid.document;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every PDF is served: shown in the browser (inline) under a readable file name, and never cached. */
public final class PdfDownload {

    private PdfDownload() {
    }

    public static ResponseEntity<byte[]> inline(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
