package org.rhomboid.bootstrap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo's side-view posture "photo": a drawn silhouette facing right with the head carried forward, as a PNG the
 * examination's upload accepts, and where its tragus and C7 are (pixels), for the craniovertebral angle.
 */
final class DemoPhoto {

    static final int WIDTH = 360;
    static final int HEIGHT = 480;
    /** The ear, ahead of and above the base of the neck: a craniovertebral angle of about 45°. */
    static final double[] TRAGUS = {222, 118};
    static final double[] C7 = {168, 172};

    private DemoPhoto() {
    }

    static byte[] forwardHead() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(241, 245, 249));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(100, 116, 139));
        g.fillOval(200, 70, 70, 84);                       // head, carried forward
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(222, 140, 170, 178);                    // neck
        g.drawArc(110, 160, 120, 150, 90, 110);            // rounded upper back
        g.drawLine(140, 280, 150, 330);                    // low back
        g.setStroke(new BasicStroke(40, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(150, 330, 160, 440);                    // legs
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
