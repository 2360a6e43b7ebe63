package org.rhomboid.remittance;

import java.io.IOException;

/** The hand-written 835 files of src/test/resources/x12, for tests in other packages. */
public final class RemittanceFiles {

    private RemittanceFiles() {
    }

    public static String read(String name) throws IOException {
        return RemittanceReadingTest.file(name);
    }
}
