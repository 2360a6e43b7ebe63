package org.rhomboid.web;

/** Logging helpers: exception messages may quote patient data, so logs get types and locations only. */
public final class Errors {

    private Errors() {
    }

    public static String causeChain(Throwable ex) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = ex; t != null && chain.length() < 4000; t = t.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            for (int i = 0; i < Math.min(trace.length, 8); i++) {
                chain.append("\n    at ").append(trace[i]);
            }
        }
        return chain.toString();
    }
}
