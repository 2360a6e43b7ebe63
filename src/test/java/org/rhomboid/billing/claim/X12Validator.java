package org.rhomboid.billing.claim;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an 837P back with StAEDI: its built-in X12 control schema checks ISA/GS/ST and their counts and control
 * numbers; our 005010X222A1 schema checks the loops, segments and elements inside ST…SE.
 */
public final class X12Validator {

    static final String SCHEMA = "/x12/837P-005010X222A1.xml";

    /** What StAEDI reported, e.g. "SEGMENT_ERROR UNEXPECTED_SEGMENT NM1 at segment 12". */
    public record Result(List<String> errors, List<String> loops) {
    }

    private X12Validator() {
    }

    public static Result validate(String x12) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        Schema transactionSchema;
        try (InputStream schemaXml = X12Validator.class.getResourceAsStream(SCHEMA)) {
            transactionSchema = SchemaFactory.newFactory().createSchema(schemaXml);
        }
        List<String> errors = new ArrayList<>();
        List<String> loops = new ArrayList<>();
        boolean sawTransaction = false;
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_TRANSACTION -> {
                        // StAEDI takes the transaction schema only while the ST header is being read
                        reader.setTransactionSchema(transactionSchema);
                        sawTransaction = true;
                    }
                    case START_LOOP -> loops.add(reader.getReferenceCode());
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(event + " "
                            + reader.getErrorType() + " " + reader.getReferenceCode() + " at segment "
                            + reader.getLocation().getSegmentPosition() + " element "
                            + reader.getLocation().getElementPosition() + " (" + textOf(reader) + ")");
                    default -> {
                    }
                }
            }
        }
        if (!sawTransaction) {
            errors.add("no ST transaction found");
        }
        return new Result(errors, loops);
    }

    private static String textOf(EDIStreamReader reader) {
        try {
            return reader.getText();
        } catch (IllegalStateException noText) {
            return "";
        }
    }
}
