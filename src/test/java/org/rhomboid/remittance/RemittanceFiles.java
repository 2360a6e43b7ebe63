package org.rhomboid.remittance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The hand-written 835 files of src/test/resources/x12, and 835s built for a batch as sent, for other packages. */
public final class RemittanceFiles {

    private RemittanceFiles() {
    }

    public static String read(String name) throws IOException {
        return RemittanceReadingTest.file(name);
    }

    /**
     * An 835 for the claims of a batch's 837P file as {@link RemittancePostingIT#era} pays them (the second denied
     * CO-197/N54, a claim never sent, a PLB), with the first claim's first line reported with one unit more: it
     * waits to be matched by hand.
     */
    public static String eraWithOneUnmatchedLine(String batchFile, String trace) {
        List<RemittancePostingIT.Sent> sent = new ArrayList<>(RemittancePostingIT.sent(batchFile));
        RemittancePostingIT.Sent first = sent.get(0);
        List<RemittancePostingIT.Line> lines = new ArrayList<>(first.lines());
        RemittancePostingIT.Line line = lines.get(0);
        lines.set(0, new RemittancePostingIT.Line(line.procedure(), line.charge(),
                String.valueOf(Integer.parseInt(line.units()) + 1)));
        sent.set(0, new RemittancePostingIT.Sent(first.claimId(), first.charge(), lines));
        return RemittancePostingIT.era(sent, trace);
    }

    /** The claim IDs of a batch's 837P file, in order. */
    public static List<String> claimIds(String batchFile) {
        return RemittancePostingIT.sent(batchFile).stream().map(RemittancePostingIT.Sent::claimId).toList();
    }
}
