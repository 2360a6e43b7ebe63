package org.rhomboid.screening.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who is being screened and what was found, findings kept in the order they were reported. */
public record Presentation(int age, Sex sex, Set<Finding> findings) {

    public Presentation {
        if (age < 0 || age > 120) {
            throw new IllegalArgumentException("Age must be between 0 and 120");
        }
        if (sex == null) {
            throw new IllegalArgumentException("Sex is required");
        }
        findings = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(findings));
    }

    public static Presentation of(int age, Sex sex, Finding... findings) {
        return new Presentation(age, sex, new LinkedHashSet<>(Arrays.asList(findings)));
    }

    public boolean has(Finding finding) {
        return findings.contains(finding);
    }

    public boolean hasAny(Collection<Finding> wanted) {
        return wanted.stream().anyMatch(findings::contains);
    }

    public int count(Collection<Finding> wanted) {
        return (int) wanted.stream().filter(findings::contains).count();
    }

    /** The person's findings that belong to {@code relevant}, in the order reported. */
    public List<Finding> among(Collection<Finding> relevant) {
        Set<Finding> set = relevant.isEmpty() ? EnumSet.noneOf(Finding.class) : EnumSet.copyOf(relevant);
        return findings.stream().filter(set::contains).toList();
    }
}
