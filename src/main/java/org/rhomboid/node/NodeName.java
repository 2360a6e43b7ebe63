package org.rhomboid.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.security.SecureRandom;

/**
 * Which of several nodes this is: named in the X-Rhomboid-Node header of every answer and in ShedLock's
 * {@code locked_by}, so an operator sees which node served a request or holds a job. RHOMBOID_NODE_NAME sets it;
 * otherwise the host name and port, or the host name and a random suffix when the port is chosen at start.
 */
public record NodeName(String value) {

    public static NodeName of(String configured, int port) {
        if (configured != null && !configured.isBlank()) {
            return new NodeName(configured.strip());
        }
        String host = hostName();
        if (port > 0) {
            return new NodeName(host + ":" + port);
        }
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return new NodeName(host + "-" + HexFormat.of().formatHex(suffix));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "node";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
