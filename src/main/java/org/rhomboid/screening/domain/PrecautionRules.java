package org.rhomboid.screening.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interventions to withhold, each with every reason that applies. Contraindications to manipulation follow
 * MANIP-CONTRA, electrophysical agents EPA-CONTRA, dry needling DN-THORAX (docs/clinical-sources.md).
 */
final class PrecautionRules {

    private static final Set<Condition> STRUCTURAL = EnumSet.of(Condition.VERTEBRAL_FRACTURE,
            Condition.SPINAL_MALIGNANCY, Condition.SPINAL_INFECTION, Condition.SPINAL_CORD_COMPRESSION,
            Condition.CAUDA_EQUINA);

    private PrecautionRules() {
    }

    /**
     * Precautions from the person's findings, and from the open {@code concerns}; a condition in {@code cleared}
     * has been excluded (CLEARANCE), so a finding kept only "until it is excluded" gives no precaution.
     */
    static List<Precaution> derive(Presentation p, List<Concern> concerns, Set<Condition> cleared) {
        Map<PrecautionCode, List<String>> reasons = new EnumMap<>(PrecautionCode.class);
        // Thrust manipulation: fragile or diseased bone, bleeding risk, neurological compromise, suspected pathology.
        when(p, Finding.OSTEOPOROSIS, reasons, PrecautionCode.NO_THRUST_MANIPULATION, "osteoporosis (fragile bone)");
        when(p, Finding.PREVIOUS_FRAGILITY_FRACTURE, reasons, PrecautionCode.NO_THRUST_MANIPULATION,
                "previous fragility fracture");
        when(p, Finding.LONG_TERM_CORTICOSTEROIDS, reasons, PrecautionCode.NO_THRUST_MANIPULATION,
                "long-term corticosteroids weaken bone");
        when(p, Finding.HEIGHT_LOSS, reasons, PrecautionCode.NO_THRUST_MANIPULATION,
                "height loss may mean vertebral fractures");
        when(p, Finding.HISTORY_OF_CANCER, reasons, PrecautionCode.NO_THRUST_MANIPULATION,
                "history of cancer (possible bone metastasis)");
        when(p, Finding.ANTICOAGULANTS, reasons, PrecautionCode.NO_THRUST_MANIPULATION, "anticoagulants (bleeding risk)");
        if (p.hasAny(NeurologicalSigns.ANY)) {
            add(reasons, PrecautionCode.NO_THRUST_MANIPULATION, "neurological signs");
        }
        for (Concern concern : concerns) {
            if (STRUCTURAL.contains(concern.condition()) || concern.condition() == Condition.AORTIC) {
                add(reasons, PrecautionCode.NO_THRUST_MANIPULATION,
                        "suspected " + concern.condition().label().toLowerCase());
            }
            // Until serious pathology is excluded, no joint mobilisation either.
            if (STRUCTURAL.contains(concern.condition()) && concern.level().compareTo(Disposition.URGENT_REFERRAL) >= 0) {
                add(reasons, PrecautionCode.NO_JOINT_MOBILIZATION,
                        concern.condition().label().toLowerCase() + " not yet excluded");
            }
        }
        if (!cleared.contains(Condition.VERTEBRAL_FRACTURE)) {
            when(p, Finding.SIGNIFICANT_TRAUMA, reasons, PrecautionCode.NO_JOINT_MOBILIZATION,
                    "significant trauma until fracture is excluded");
        }

        // Electrophysical agents.
        for (PrecautionCode code : List.of(PrecautionCode.NO_ELECTRICAL_STIMULATION,
                PrecautionCode.NO_THERAPEUTIC_ULTRASOUND)) {
            when(p, Finding.PACEMAKER_OR_IMPLANTED_DEVICE, reasons, code, "pacemaker or implanted electronic device");
            when(p, Finding.PREGNANCY, reasons, code, "pregnancy");
            when(p, Finding.HISTORY_OF_CANCER, reasons, code, "history of cancer (not over possible malignancy)");
        }
        when(p, Finding.IMPAIRED_SENSATION, reasons, PrecautionCode.NO_ELECTRICAL_STIMULATION, "impaired skin sensation");
        when(p, Finding.RECENT_SPINAL_PROCEDURE, reasons, PrecautionCode.NO_THERAPEUTIC_ULTRASOUND,
                "recent spinal procedure (not over the spinal cord after surgery)");
        when(p, Finding.IMPAIRED_SENSATION, reasons, PrecautionCode.NO_HEAT, "impaired skin sensation (burn risk)");
        when(p, Finding.HISTORY_OF_CANCER, reasons, PrecautionCode.NO_HEAT, "history of cancer (not over malignancy)");
        when(p, Finding.PREGNANCY, reasons, PrecautionCode.NO_HEAT, "pregnancy");
        when(p, Finding.FEVER, reasons, PrecautionCode.NO_HEAT, "fever or possible infection");

        // Dry needling over the thorax.
        when(p, Finding.ANTICOAGULANTS, reasons, PrecautionCode.NO_DRY_NEEDLING, "anticoagulants (bleeding risk)");
        when(p, Finding.IMMUNOSUPPRESSION, reasons, PrecautionCode.NO_DRY_NEEDLING, "immunosuppression (infection risk)");
        when(p, Finding.PREGNANCY, reasons, PrecautionCode.NO_DRY_NEEDLING, "pregnancy");
        when(p, Finding.SHORTNESS_OF_BREATH, reasons, PrecautionCode.NO_DRY_NEEDLING,
                "breathlessness (pneumothorax would be hard to recognise)");

        List<Precaution> precautions = new ArrayList<>();
        reasons.forEach((code, why) -> precautions.add(new Precaution(code, capitalize(String.join("; ", why)))));
        return precautions;
    }

    private static void when(Presentation p, Finding finding, Map<PrecautionCode, List<String>> reasons,
                             PrecautionCode code, String reason) {
        if (p.has(finding)) {
            add(reasons, code, reason);
        }
    }

    private static void add(Map<PrecautionCode, List<String>> reasons, PrecautionCode code, String reason) {
        List<String> list = reasons.computeIfAbsent(code, c -> new ArrayList<>());
        if (!list.contains(reason)) {
            list.add(reason);
        }
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
