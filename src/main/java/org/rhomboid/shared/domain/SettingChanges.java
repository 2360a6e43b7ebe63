package org.rhomboid.shared.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a saved setting changed, for the audit trail (AUDIT-EVENTS): the names of the fields whose values differ,
 * never the values themselves (a clinic's tax ID or a clearinghouse contact need not sit in every auditor's export).
 */
public final class SettingChanges {

    private SettingChanges() {
    }

    /** The components of two records of the same type whose values differ, in declaration order. */
    public static List<String> between(Record before, Record after) {
        if (before == null || after == null || before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Compare two settings of the same kind");
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (!same(value(component, before), value(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    /** "changed: name, npi", or empty when nothing changed (saving an unchanged form is no event). */
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
