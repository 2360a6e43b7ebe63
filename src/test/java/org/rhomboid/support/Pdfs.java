package org.rhomboid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back: their text with PDFBox, and a page rendered to PNG by Poppler's pdftoppm, as a printer would. */
public final class Pdfs {

    private Pdfs() {
    }

    /** The text in reading order, with runs of white space (line breaks in table cells) as one space. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Page one at 50 dpi, kept in target/screenshots for a look; fails if pdftoppm can't read the file. */
    public static BufferedImage firstPage(byte[] pdf, String name) throws IOException, InterruptedException {
        return firstPage(pdf, name, 50);
    }

    /** Page one at the given resolution (codes to scan need more than 50 dpi). */
    public static BufferedImage firstPage(byte[] pdf, String name, int dpi) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-singlefile",
                file.toString(), dir.resolve(name).toString()).redirectErrorStream(true).start();
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertThat(pdftoppm.exitValue()).as("pdftoppm: " + output).isZero();
        return ImageIO.read(dir.resolve(name + ".png").toFile());
    }

    /** The text of the first QR code found on a printed page, as a phone camera would read it. */
    public static String qrCode(BufferedImage page) throws com.google.zxing.NotFoundException,
            com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        // Look hard, as a phone camera keeps looking: the page is a whole sheet, not the code alone.
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Share of the page's pixels that are not near-white: a blank or broken page has none. */
    public static double inked(BufferedImage page) {
        long inked = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) page.getWidth() * page.getHeight());
    }
}
