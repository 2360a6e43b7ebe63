package org.rhomboid.outside.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentUploadTest {

    @Test
    void aPdfJpegOrPngIsAcceptedAsWhatItsBytesProve() {
        assertThat(DocumentUpload.check("referral.pdf", SampleFiles.pdf()).kind()).isEqualTo(FileKind.PDF);
        assertThat(DocumentUpload.check("card.jpg", SampleFiles.jpeg()).kind()).isEqualTo(FileKind.JPEG);
        assertThat(DocumentUpload.check("card.png", SampleFiles.png()).kind()).isEqualTo(FileKind.PNG);
        assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileKind.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileKind.PNG.contentType()).isEqualTo("image/png");
    }

    @Test
    void aPngNamedAsAPdfIsStillAPng() {
        // The browser may say application/pdf and the name may say .pdf: only the bytes count.
        DocumentUpload.Checked checked = DocumentUpload.check("imaging-report.pdf", SampleFiles.png());
        assertThat(checked.accepted()).isTrue();
        assertThat(checked.kind()).isEqualTo(FileKind.PNG);
        assertThat(checked.kind().contentType()).isEqualTo("image/png");
    }

    @Test
    void anHtmlPageNamedAsAPdfIsRefused() {
        DocumentUpload.Checked checked = DocumentUpload.check("referral.pdf",
                SampleFiles.text("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"));
        assertThat(checked.accepted()).isFalse();
        assertThat(checked.problem()).isEqualTo(
                "Upload a PDF, JPEG or PNG file; this file is none of them, whatever its name says");
    }

    @Test
    void anSvgIsRefused() {
        assertThat(DocumentUpload.check("scan.svg", SampleFiles.text(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"))
                .problem()).startsWith("Upload a PDF, JPEG or PNG file");
        assertThat(DocumentUpload.check("scan.png", SampleFiles.text("<?xml version=\"1.0\"?><svg/>")).accepted())
                .isFalse();
    }

    @Test
    void anEmptyFileOrNoFileIsRefused() {
        assertThat(DocumentUpload.check("scan.pdf", new byte[0]).problem())
                .isEqualTo("The file is empty; scan or save it again");
        assertThat(DocumentUpload.check("", new byte[0]).problem()).isEqualTo("Choose the file to upload");
        assertThat(DocumentUpload.check(null, null).problem()).isEqualTo("Choose the file to upload");
    }

    @Test
    void tenMegabytesAreAcceptedAndOneByteMoreIsNot() {
        assertThat(DocumentUpload.check("big.pdf", pdfOfSize(DocumentUpload.MAX_BYTES)).kind()).isEqualTo(FileKind.PDF);
        DocumentUpload.Checked tooBig = DocumentUpload.check("big.pdf", pdfOfSize(DocumentUpload.MAX_BYTES + 1));
        assertThat(tooBig.accepted()).isFalse();
        assertThat(tooBig.problem()).isEqualTo(DocumentUpload.TOO_LARGE).contains("larger than 10 MB");
    }

    @Test
    void aPdfCutShortOrAnImageWithoutAReadableHeaderIsRefusedAsDamaged() {
        byte[] pdf = SampleFiles.pdf();
        String damaged = "The file could not be read; it may be damaged or incomplete. Save or scan it again";
        assertThat(DocumentUpload.check("cut.pdf", Arrays.copyOf(pdf, pdf.length - 8)).problem()).isEqualTo(damaged);
        byte[] png = SampleFiles.png();
        assertThat(DocumentUpload.check("cut.png", Arrays.copyOf(png, png.length - 12)).problem()).isEqualTo(damaged);
        byte[] jpeg = SampleFiles.jpeg();
        assertThat(DocumentUpload.check("cut.jpg", Arrays.copyOf(jpeg, 4)).problem()).isEqualTo(damaged);
        assertThat(DocumentUpload.check("magic.pdf", SampleFiles.text("%PDF-")).problem()).isEqualTo(damaged);
    }

    @Test
    void anImageHeaderClaimingAbsurdDimensionsIsRefused() {
        byte[] png = SampleFiles.png();
        png[16] = 0x7F; // width 2 billion pixels: a decompression bomb, not a scan
        assertThat(DocumentUpload.check("bomb.png", png).accepted()).isFalse();
        assertThat(DocumentUpload.check("tiny.png", SampleFiles.image("png", 8, 8)).accepted()).isFalse();
        assertThat(DocumentUpload.check("tiny.jpg", SampleFiles.image("jpg", 8, 8)).accepted()).isFalse();
    }

    @Test
    void theNameIsKeptOnlyAsALabelWithoutPathsOrInvisibleCharacters() {
        assertThat(DocumentUpload.check("C:\\fakepath\\MRI report.pdf", SampleFiles.pdf()).label())
                .isEqualTo("MRI report.pdf");
        assertThat(DocumentUpload.label("../../etc/passwd", FileKind.PDF)).isEqualTo("passwd");
        assertThat(DocumentUpload.label("scan\u0000\r\n\u0007.pdf", FileKind.PDF)).isEqualTo("scan.pdf");
        // A right-to-left override would show "fdp.exe" as "exe.pdf".
        assertThat(DocumentUpload.label("report\u202Efdp.exe", FileKind.PDF)).isEqualTo("reportfdp.exe");
        assertThat(DocumentUpload.label("  ", FileKind.PNG)).isEqualTo("document.png");
        assertThat(DocumentUpload.label("..", FileKind.JPEG)).isEqualTo("document.jpg");
        assertThat(DocumentUpload.label(null, FileKind.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentUpload.label("é".repeat(300) + ".pdf", FileKind.PDF)).hasSize(200);
        assertThat(DocumentUpload.label("😀".repeat(250), FileKind.PDF).codePointCount(0, 400)).isEqualTo(200);
    }

    /** A valid PDF padded (with a comment line of spaces) to exactly {@code size} bytes. */
    private static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n%".getBytes();
        byte[] tail = "\n%%EOF\n".getBytes();
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }
}
