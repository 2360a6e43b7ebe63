package org.rhomboid.outside.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real files (and pretenders) for upload rules. */
final class SampleFiles {

    private SampleFiles() {
    }

    /** A one-page PDF as a scanner's software writes it, ending with %%EOF and a newline. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        return image("png", 300, 200);
    }

    static byte[] jpeg() {
        return image("jpg", 300, 200);
    }

    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
