package org.rhomboid.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small real documents, as a scanner or fax would deliver them, for upload tests. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF showing {@code line} (ASCII), with a valid cross-reference table, that any viewer opens. */
    public static byte[] pdf(String line) {
        String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String content = "BT /F1 20 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> write(out, String.format("%010d 00000 n \n", offset)));
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** A PDF of exactly {@code size} bytes (padded inside a comment), to test size limits. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[size];
        java.util.Arrays.fill(pdf, (byte) ' ');
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
