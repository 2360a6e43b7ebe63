package org.rhomboid.billing.domain;

import org.rhomboid.shared.domain.RuleTables;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The PT procedure codes Rhomboid bills, from billing/procedure-codes.tsv. */
public final class ProcedureCatalog {

    private static final ProcedureCatalog BUILT_IN = load("/billing/procedure-codes.tsv");

    private final Map<String, ProcedureCode> codes;

    private ProcedureCatalog(Map<String, ProcedureCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static ProcedureCatalog builtIn() {
        return BUILT_IN;
    }

    static ProcedureCatalog load(String resource) {
        Map<String, ProcedureCode> codes = new LinkedHashMap<>();
        for (String[] row : RuleTables.rows(resource)) {
            codes.put(row[0], new ProcedureCode(row[0], row[1].equals("TIMED"),
                    ProcedureCode.MedicareStatus.valueOf(row[2]), row[3], row.length > 4 ? row[4] : ""));
        }
        return new ProcedureCatalog(codes);
    }

    /** Every code, in the order of the catalogue file. */
    public java.util.List<ProcedureCode> codes() {
        return java.util.List.copyOf(codes.values());
    }

    public Optional<ProcedureCode> find(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code.strip().toUpperCase()));
    }
}
