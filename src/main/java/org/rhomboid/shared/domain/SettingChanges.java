package org.rhomboid.shared.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a saved setting changed, for the audit trail (AUDIT-EVENTS): the fields whose values differ, named in words
 * as an auditor reads them ("postal code", "tax ID"), never the values themselves (a clinic's tax ID or a
 * clearinghouse contact need not sit in every auditor's export).
 */
public final class SettingChanges {

    private SettingChanges() {
    }

    /** Abbreviations written in capitals when a field's name is put into words. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of("npi", "NPI", "id", "ID",
            "url", "URL", "mrn", "MRN", "hep", "HEP", "isa", "ISA", "gs", "GS", "etin", "ETIN");

    /** The components of two records of the same type whose values differ, in words, in declaration order. */
    public static List<String> between(Record before, Record after) {
        if (before == null || after == null || before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Compare two settings of the same kind");
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (!same(value(component, before), value(component, after))) {
                changed.add(words(component.getName()));
            }
        }
        return changed;
    }

    /** A field's name in words: "postalCode" → "postal code", "taxId" → "tax ID". */
    public static String words(String fieldName) {
        List<String> words = new ArrayList<>();
        for (String word : fieldName.split("(?<=[a-z0-9])(?=[A-Z])|_")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            words.add(ABBREVIATIONS.getOrDefault(lower, lower));
        }
        return String.join(" ", words);
    }

    /** "changed: name, NPI", or empty when nothing changed (saving an unchanged form is no event). */
    public static Optional<String> describe(Record before, Record after) {
        List<String> changed = between(before, after);
        return changed.isEmpty() ? Optional.empty() : Optional.of("changed: " + String.join(", ", changed));
    }

    /** Amounts are the same when they are equal in value: 10.0 and 10.00 are one fee. */
    public static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
