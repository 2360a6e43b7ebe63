package org.rhomboid.billing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CDC/CMS ICD-10-CM order file (icd10cm_order_YYYY.txt), fixed width: order number (columns 1–5),
 * code (7–13, left-justified, no dot), valid-for-submission flag (15: 1 billable, 0 header), short description
 * (17–76) and long description (78 to the end). Source: ICD-ORDER-FILE.
 */
public final class IcdOrderFile {

    private IcdOrderFile() {
    }

    public static List<IcdCode> parse(Reader source) {
        List<IcdCode> codes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                codes.add(parseLine(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static IcdCode parseLine(String line, int number) {
        if (line.length() < 17 || !line.substring(0, 5).strip().matches("\\d+") || line.charAt(5) != ' ') {
            throw new IllegalArgumentException("Line " + number + " is not in the order-file layout");
        }
        String code = line.substring(6, 13).strip();
        if (!code.matches("[A-Z][0-9][0-9A-Z]{1,5}")) {
            throw new IllegalArgumentException("Line " + number + ": '" + code + "' is not an ICD-10-CM code");
        }
        char flag = line.charAt(14);
        if (flag != '0' && flag != '1') {
            throw new IllegalArgumentException("Line " + number + ": the valid flag must be 0 or 1");
        }
        String description = line.length() > 77 ? line.substring(77).strip() : line.substring(16).strip();
        return new IcdCode(code, description, flag == '1');
    }
}
