package org.rhomboid.exam;

import java.util.UUID;

/** A stored side-view posture photo of one episode. */
public record PosturePhoto(UUID id, UUID episodeId, String contentType, int width, int height, byte[] bytes) {
}
