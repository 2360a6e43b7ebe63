package org.rhomboid.payer.domain;

import java.util.Optional;
import org.rhomboid.patient.domain.Payer;

/**
 * The claim filing indicator (837P SBR09, X12 code list 1032): which kind of programme pays. It also gives the
 * payer's default billing rules, through the kind of payer it belongs to (Medicare's rules for MA and MB, and so on).
 */
public enum FilingIndicator {
    MB("MB", "Medicare Part B", Payer.MEDICARE),
    MA("MA", "Medicare Part A", Payer.MEDICARE),
    MC("MC", "Medicaid", Payer.MEDICAID),
    CI("CI", "Commercial insurance company", Payer.COMMERCIAL),
    BL("BL", "Blue Cross / Blue Shield", Payer.COMMERCIAL),
    HM("HM", "Health maintenance organisation (HMO)", Payer.COMMERCIAL),
    PPO("12", "Preferred provider organisation (PPO)", Payer.COMMERCIAL),
    POS("13", "Point of service (POS)", Payer.COMMERCIAL),
    EPO("14", "Exclusive provider organisation (EPO)", Payer.COMMERCIAL),
    INDEMNITY("15", "Indemnity insurance", Payer.COMMERCIAL),
    MEDICARE_ADVANTAGE("16", "HMO Medicare risk (Medicare Advantage)", Payer.COMMERCIAL),
    OTHER_NON_FEDERAL("11", "Other non-federal programme", Payer.COMMERCIAL),
    TRICARE("CH", "TRICARE (CHAMPUS)", Payer.COMMERCIAL),
    FEDERAL_EMPLOYEES("FI", "Federal Employees Program", Payer.COMMERCIAL),
    VETERANS("VA", "Veterans Affairs plan", Payer.COMMERCIAL),
    OTHER_FEDERAL("OF", "Other federal programme", Payer.COMMERCIAL),
    AUTOMOBILE("AM", "Automobile medical", Payer.COMMERCIAL),
    LIABILITY("LM", "Liability medical", Payer.COMMERCIAL),
    DISABILITY("DS", "Disability", Payer.COMMERCIAL),
    WC("WC", "Workers' compensation health claim", Payer.WORKERS_COMP),
    MUTUALLY_DEFINED("ZZ", "Mutually defined", Payer.COMMERCIAL);

    private final String code;
    private final String label;
    private final Payer kind;

    FilingIndicator(String code, String label, Payer kind) {
        this.code = code;
        this.label = label;
        this.kind = kind;
    }

    /** The code as it goes in SBR09. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The kind of payer whose rules apply unless the payer's own settings say otherwise. */
    public Payer kind() {
        return kind;
    }

    public static Optional<FilingIndicator> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        for (FilingIndicator f : values()) {
            if (f.code.equals(c)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
