package org.rhomboid.billing.claim;

import static org.rhomboid.billing.claim.X12Values.padded;
import static org.rhomboid.billing.claim.X12Values.shortDate;
import static org.rhomboid.billing.claim.X12Values.time;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an 837P (005010X222A1) file for one visit or a batch: one interchange (ISA/IEA) holding one functional group
 * (GS/GE) holding one transaction (ST/SE) with every claim in it.
 */
public final class X12ClaimWriter {

    static final String VERSION = "005010X222A1";
    // the IG recommends no more than 5000 claims per transaction; clearinghouses enforce it
    private static final int MAX_CLAIMS = 5000;

    public String write(Interchange settings, List<Claim> claims) {
        return write(settings, claims, Map.of());
    }

    /**
     * Claims to a secondary (or tertiary) payer, each with the earlier payer's adjudication in loops 2320/2330 and
     * 2430 (see {@link SecondaryClaim}).
     */
    public String writeSecondary(Interchange settings, List<SecondaryClaim> claims) {
        Map<Claim, OtherPayer> otherPayers = new IdentityHashMap<>();
        Check.present(claims, "claims").forEach(c -> otherPayers.put(c.claim(), c.otherPayer()));
        return write(settings, SecondaryClaim.claims(claims), otherPayers);
    }

    private String write(Interchange settings, List<Claim> claims, Map<Claim, OtherPayer> otherPayers) {
        Check.present(settings, "interchange settings");
        if (claims == null || claims.isEmpty() || claims.size() > MAX_CLAIMS) {
            throw new IllegalArgumentException("a claim file needs 1–" + MAX_CLAIMS + " claims");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EDIStreamWriter out = newFactory().createEDIStreamWriter(bytes, StandardCharsets.UTF_8.name())) {
            // StAEDI's own ISA/GS/ST schema checks the envelope as it is written
            out.setControlSchema(SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"}));
            Segments segments = new Segments(out);
            out.startInterchange();
            writeEnvelope(settings, claims, otherPayers, segments);
            out.endInterchange();
        } catch (EDIStreamException | EDISchemaException e) {
            throw new ClaimWriteException("could not write the 837P interchange", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static EDIOutputFactory newFactory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, '~');
        factory.setProperty(Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(Delimiters.REPETITION, '^');
        return factory;
    }

    private static void writeEnvelope(Interchange settings, List<Claim> claims, Map<Claim, OtherPayer> otherPayers,
                                      Segments segments) {
        String control = String.format("%09d", settings.controlNumber());
        String groupControl = Integer.toString(settings.controlNumber());
        segments.write("ISA", "00", padded("", 10), "00", padded("", 10),
                "ZZ", padded(settings.senderId(), 15), "ZZ", padded(settings.receiverId(), 15),
                shortDate(settings.createdAt()), time(settings.createdAt()), "^", "00501", control,
                "0", String.valueOf(settings.usage()), ":");
        segments.write("GS", "HC", settings.senderId(), settings.receiverId(),
                X12Values.date(settings.createdAt().toLocalDate()), time(settings.createdAt()), groupControl, "X", VERSION);
        new ClaimTransaction(segments, settings, otherPayers).write(claims);
        segments.write("GE", "1", groupControl);
        segments.write("IEA", "1", control);
    }
}
