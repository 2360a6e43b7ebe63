package org.rhomboid.screening.domain;

/** Keys of the entries in docs/clinical-sources.md that screening rules cite. */
final class Sources {
    static final String IFOMPT = "IFOMPT-2020";
    static final String BRIEF = "BRIEF-IMAGING";
    static final String CES = "CES-GIRFT";
    static final String MSCC = "MSCC-NHS";
    static final String MALIGNANCY = "MALIGNANCY-COCHRANE";
    static final String VCF = "VCF-RISK";
    static final String TRAUMA = "TRAUMA-FRACTURE";
    static final String INFECTION = "INFECTION-YUSUF";
    static final String VISCERAL = "VISCERAL-REFERRAL";
    static final String BILIARY = "BILIARY-GOODMAN";
    static final String MANIPULATION = "MANIP-CONTRA";
    static final String MODALITIES = "EPA-CONTRA";
    static final String DRY_NEEDLING = "DN-THORAX";

    private Sources() {
    }
}
