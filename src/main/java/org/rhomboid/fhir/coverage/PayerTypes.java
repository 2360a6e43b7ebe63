package org.rhomboid.fhir.coverage;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.rhomboid.payer.domain.FilingIndicator;

/**
 * The payer's claim filing indicator (X12 1032, 837P SBR09) as a Source of Payment Typology code (PHDSC, the code
 * system US Core's Coverage.type binds to), the indicator itself kept as the text. docs/clinical-sources.md.
 */
final class PayerTypes {

    private PayerTypes() {
    }

    static CodeableConcept of(String filingIndicator) {
        FilingIndicator indicator = FilingIndicator.ofCode(filingIndicator).orElse(FilingIndicator.MUTUALLY_DEFINED);
        String[] sopt = switch (indicator) {
            case MB, MA -> new String[]{"1", "MEDICARE"};
            case MEDICARE_ADVANTAGE -> new String[]{"11", "Medicare (Managed Care)"};
            case MC -> new String[]{"2", "MEDICAID"};
            case TRICARE -> new String[]{"311", "TRICARE (CHAMPUS)"};
            case VETERANS -> new String[]{"32", "Department of Veterans Affairs"};
            case FEDERAL_EMPLOYEES, OTHER_FEDERAL -> new String[]{"3", "OTHER GOVERNMENT (Federal/State/Local)"
                    + " (excluding Department of Corrections)"};
            case CI -> new String[]{"5", "PRIVATE HEALTH INSURANCE"};
            case HM -> new String[]{"511", "Commercial Managed Care - HMO"};
            case PPO -> new String[]{"512", "Commercial Managed Care - PPO"};
            case POS -> new String[]{"513", "Commercial Managed Care - POS"};
            case EPO -> new String[]{"514", "Exclusive Provider Organization"};
            case INDEMNITY -> new String[]{"52", "Private Health Insurance - Indemnity"};
            case BL -> new String[]{"6", "BLUE CROSS/BLUE SHIELD"};
            case WC -> new String[]{"95", "Worker's Compensation"};
            case AUTOMOBILE -> new String[]{"96", "Auto Insurance (includes no fault)"};
            case OTHER_NON_FEDERAL, LIABILITY, DISABILITY -> new String[]{"9", "MISCELLANEOUS/OTHER"};
            case MUTUALLY_DEFINED -> new String[]{"99", "No Typology Code available for payment source"};
        };
        return new CodeableConcept().addCoding(new Coding(CoverageRecords.SOPT, sopt[0], sopt[1]))
                .setText(indicator.label() + " (claim filing indicator " + indicator.code() + ")");
    }
}
