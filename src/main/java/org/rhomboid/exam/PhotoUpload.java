package org.rhomboid.exam;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.rhomboid.shared.FieldProblemException;

/**
 * Accepts a posture photo only if it really is a JPEG or PNG (judged by its bytes, not the name or the browser's
 * claim) of a sensible size; reads its dimensions from the header without decoding the whole image.
 */
final class PhotoUpload {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_SIDE = 12_000;

    record Accepted(String contentType, int width, int height) {}

    private PhotoUpload() {
    }

    static Accepted check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new FieldProblemException("photoFile", "Choose a photo to upload");
        }
        if (bytes.length > MAX_BYTES) {
            throw new FieldProblemException("photoFile", "The photo is larger than 10 MB; take it at a lower resolution");
        }
        String type = isJpeg(bytes) ? "image/jpeg" : isPng(bytes) ? "image/png" : null;
        if (type == null) {
            throw new FieldProblemException("photoFile", "Upload a JPEG or PNG photo");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 50 || height < 50 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new FieldProblemException("photoFile", "The photo must be between 50 and 12,000 pixels a side");
                }
                return new Accepted(type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof FieldProblemException problem) {
                throw problem;
            }
            throw unreadable();
        }
    }

    private static FieldProblemException unreadable() {
        return new FieldProblemException("photoFile", "The photo could not be read; upload it again as JPEG or PNG");
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }
}
