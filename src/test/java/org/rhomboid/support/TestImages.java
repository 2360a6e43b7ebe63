package org.rhomboid.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A plain side-view "photo" (a drawn silhouette) for upload tests. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] posturePhoto(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(241, 245, 249));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(100, 116, 139));
        g.fillOval(width / 2 - 40, height / 8, 80, 100);      // head
        g.fillRect(width / 2 - 50, height / 8 + 110, 100, height / 2); // trunk
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
