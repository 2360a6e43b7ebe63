package org.rhomboid.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the order test classes were found in, but puts those marked {@link ScansTheLog} after all others: they read
 * what the rest made the application log. Failsafe hands every class to one JUnit run, so this holds for the suite.
 */
public class LogScanLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: everything else keeps its place.
        context.getClassDescriptors().sort(Comparator.comparing(
                descriptor -> descriptor.getTestClass().isAnnotationPresent(ScansTheLog.class)));
    }
}
