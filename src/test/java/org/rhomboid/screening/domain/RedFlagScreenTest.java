package org.rhomboid.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rhomboid.screening.domain.Disposition.EMERGENCY_REFERRAL;
import static org.rhomboid.screening.domain.Disposition.ROUTINE_REFERRAL;
import static org.rhomboid.screening.domain.Disposition.TREAT;
import static org.rhomboid.screening.domain.Disposition.TREAT_WITH_MONITORING;
import static org.rhomboid.screening.domain.Disposition.URGENT_REFERRAL;
import static org.rhomboid.screening.domain.Finding.*;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedFlagScreenTest {

    private static ScreeningResult screen(int age, Sex sex, Finding... findings) {
        return RedFlagScreen.screen(Presentation.of(age, sex, findings));
    }

    /** A 40-year-old man: no age or sex risk of his own, so each finding is judged on its merits. */
    private static ScreeningResult man40(Finding... findings) {
        return screen(40, Sex.MALE, findings);
    }

    private static Optional<Concern> concern(ScreeningResult result, Condition condition) {
        return result.concerns().stream().filter(c -> c.condition() == condition).findFirst();
    }

    private static Disposition level(ScreeningResult result, Condition condition) {
        return concern(result, condition).map(Concern::level).orElse(null);
    }

    private static boolean precaution(ScreeningResult result, PrecautionCode code) {
        return result.precautions().stream().anyMatch(p -> p.code() == code);
    }

    @Test
    void noFindingsMeansTreat() {
        ScreeningResult result = man40();
        assertThat(result.disposition()).isEqualTo(TREAT);
        assertThat(result.concerns()).isEmpty();
        assertThat(result.precautions()).isEmpty();
    }

    @Test
    void theIssuesWorkedExample() {
        ScreeningResult result = screen(72, Sex.FEMALE, OSTEOPOROSIS, MINOR_TRAUMA);
        assertThat(result.disposition()).isEqualTo(URGENT_REFERRAL);
        Concern fracture = concern(result, Condition.VERTEBRAL_FRACTURE).orElseThrow();
        assertThat(fracture.level()).isEqualTo(URGENT_REFERRAL);
        assertThat(fracture.findings()).containsExactly(OSTEOPOROSIS, MINOR_TRAUMA);
        assertThat(fracture.rationale()).isNotBlank();
        assertThat(fracture.source()).isEqualTo("VCF-RISK");
        assertThat(precaution(result, PrecautionCode.NO_THRUST_MANIPULATION)).isTrue();
    }

    @Nested
    class StatementsFromTheBrief {

        @ParameterizedTest
        @EnumSource(value = Finding.class, names = {"LEG_WEAKNESS_OR_NUMBNESS", "BOWEL_OR_BLADDER_CHANGE"})
        void legWeaknessOrBowelBladderChangeCallForEmergencyImaging(Finding finding) {
            assertThat(man40(finding).disposition()).isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void fallingWithNeurologicalSignsIsAnEmergency() {
            assertThat(screen(30, Sex.MALE, FALLS, GAIT_DISTURBANCE).disposition()).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(screen(30, Sex.MALE, FALLS, UPPER_MOTOR_NEURON_SIGNS).disposition()).isEqualTo(EMERGENCY_REFERRAL);
        }

        @ParameterizedTest
        @EnumSource(value = Finding.class,
                names = {"UNEXPLAINED_WEIGHT_LOSS", "NIGHT_PAIN_UNRELENTING", "FEVER", "PROGRESSIVE_NEUROLOGICAL_DEFICIT"})
        void theseAreRedFlags(Finding finding) {
            ScreeningResult result = man40(finding);
            assertThat(result.disposition()).isNotEqualTo(TREAT);
            assertThat(result.concerns()).isNotEmpty().allSatisfy(c -> assertThat(c.findings()).contains(finding));
        }

        @Test
        void progressiveNeurologicalDeficitIsAnEmergency() {
            assertThat(man40(PROGRESSIVE_NEUROLOGICAL_DEFICIT).disposition()).isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void inWomenOver50WithoutSignificantTraumaOsteoporoticFractureIsRaised() {
            assertThat(level(screen(51, Sex.FEMALE), Condition.VERTEBRAL_FRACTURE)).isEqualTo(TREAT_WITH_MONITORING);
            assertThat(concern(screen(51, Sex.FEMALE), Condition.VERTEBRAL_FRACTURE).orElseThrow().rationale())
                    .contains("osteoporotic compression fracture");
            assertThat(concern(screen(50, Sex.FEMALE), Condition.VERTEBRAL_FRACTURE)).isEmpty();
            assertThat(concern(screen(60, Sex.MALE), Condition.VERTEBRAL_FRACTURE)).isEmpty();
        }
    }

    @Nested
    class CombinationLogic {

        @Test
        void aSingleWeakFlagRaisesMonitoringNotAnEmergency() {
            assertThat(man40(UNEXPLAINED_WEIGHT_LOSS).disposition()).isEqualTo(TREAT_WITH_MONITORING);
            assertThat(screen(68, Sex.MALE, UNEXPLAINED_WEIGHT_LOSS).disposition()).isEqualTo(TREAT_WITH_MONITORING);
            assertThat(man40(NIGHT_PAIN_UNRELENTING).disposition()).isEqualTo(TREAT_WITH_MONITORING);
        }

        @Test
        void clustersEscalate() {
            assertThat(man40(UNEXPLAINED_WEIGHT_LOSS, NIGHT_PAIN_UNRELENTING).disposition()).isEqualTo(URGENT_REFERRAL);
            assertThat(man40(UNEXPLAINED_WEIGHT_LOSS, NIGHT_PAIN_UNRELENTING, LEG_WEAKNESS_OR_NUMBNESS).disposition())
                    .isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void theMostUrgentConcernWinsAndConcernsAreListedMostUrgentFirst() {
            ScreeningResult result = screen(72, Sex.FEMALE, PLEURITIC_PAIN, FALLS, SADDLE_ANESTHESIA);
            assertThat(result.disposition()).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(result.concerns()).extracting(Concern::level).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(result.concerns()).extracting(Concern::condition)
                    .contains(Condition.CAUDA_EQUINA, Condition.VERTEBRAL_FRACTURE, Condition.PULMONARY);
        }

        @Test
        void everyConcernCitesOnlyFindingsThePersonHasAndASource() {
            var findings = new Finding[] {HISTORY_OF_CANCER, FEVER, DIABETES, EXERTIONAL_PAIN, URINARY_SYMPTOMS,
                    PAIN_RELATED_TO_EATING, TEARING_PAIN, SHORTNESS_OF_BREATH, OSTEOPOROSIS, FALLS};
            ScreeningResult result = screen(70, Sex.FEMALE, findings);
            assertThat(result.concerns()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(c -> {
                assertThat(c.findings()).isNotEmpty().isSubsetOf(findings);
                assertThat(c.source()).isNotBlank();
                assertThat(c.rationale()).isNotBlank();
            });
        }

        @Test
        void findingsStayInTheOrderReported() {
            Concern malignancy = concern(man40(NIGHT_PAIN_UNRELENTING, UNEXPLAINED_WEIGHT_LOSS),
                    Condition.SPINAL_MALIGNANCY).orElseThrow();
            assertThat(malignancy.findings()).containsExactly(NIGHT_PAIN_UNRELENTING, UNEXPLAINED_WEIGHT_LOSS);
        }

        @Test
        void aPresentationOutsideTheAgeRangeIsRefused() {
            assertThatThrownBy(() -> Presentation.of(121, Sex.FEMALE)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Presentation.of(-1, Sex.FEMALE)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Presentation.of(30, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CordAndCaudaEquina {

        @ParameterizedTest
        @EnumSource(value = Finding.class, names = {"LEG_WEAKNESS_OR_NUMBNESS", "BILATERAL_LEG_SYMPTOMS",
                "PROGRESSIVE_NEUROLOGICAL_DEFICIT", "GAIT_DISTURBANCE", "UPPER_MOTOR_NEURON_SIGNS",
                "SENSORY_LEVEL_ON_TRUNK"})
        void everyCordSignIsAnEmergency(Finding sign) {
            assertThat(level(man40(sign), Condition.SPINAL_CORD_COMPRESSION)).isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void saddleAnaesthesiaIsCaudaEquina() {
            assertThat(level(man40(SADDLE_ANESTHESIA), Condition.CAUDA_EQUINA)).isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void bandLikePainOrPainLyingFlatAloneIsMonitored() {
            assertThat(level(man40(BAND_LIKE_TRUNK_PAIN), Condition.SPINAL_CORD_COMPRESSION))
                    .isEqualTo(TREAT_WITH_MONITORING);
            assertThat(man40(PAIN_WORSE_LYING_FLAT).disposition()).isEqualTo(TREAT_WITH_MONITORING);
        }
    }

    @Nested
    class Malignancy {

        @Test
        void cancerHistoryWithThoracicPainIsUrgent() {
            ScreeningResult result = man40(HISTORY_OF_CANCER);
            assertThat(level(result, Condition.SPINAL_MALIGNANCY)).isEqualTo(URGENT_REFERRAL);
            assertThat(precaution(result, PrecautionCode.NO_ELECTRICAL_STIMULATION)).isTrue();
            assertThat(precaution(result, PrecautionCode.NO_JOINT_MOBILIZATION)).isTrue();
        }

        @Test
        void cancerHistoryWithEarlyCordFeaturesIsCitedUnderMalignancy() {
            ScreeningResult result = man40(HISTORY_OF_CANCER, BAND_LIKE_TRUNK_PAIN);
            assertThat(concern(result, Condition.SPINAL_MALIGNANCY).orElseThrow().findings())
                    .containsExactly(HISTORY_OF_CANCER, BAND_LIKE_TRUNK_PAIN);
            assertThat(concern(result, Condition.SPINAL_CORD_COMPRESSION)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Finding.class, names = {"PAIN_NOT_RELIEVED_BY_REST", "NO_IMPROVEMENT_AFTER_4_WEEKS",
                "SYSTEMICALLY_UNWELL"})
        void eachWeakFeatureAloneIsMonitored(Finding feature) {
            assertThat(level(man40(feature), Condition.SPINAL_MALIGNANCY)).isEqualTo(TREAT_WITH_MONITORING);
        }
    }

    @Nested
    class Fracture {

        @Test
        void significantTraumaIsUrgentAndWithNeurologicalSignsAnEmergency() {
            assertThat(level(man40(SIGNIFICANT_TRAUMA), Condition.VERTEBRAL_FRACTURE)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(SIGNIFICANT_TRAUMA, SADDLE_ANESTHESIA), Condition.VERTEBRAL_FRACTURE))
                    .isEqualTo(EMERGENCY_REFERRAL);
            assertThat(precaution(man40(SIGNIFICANT_TRAUMA), PrecautionCode.NO_JOINT_MOBILIZATION)).isTrue();
        }

        @Test
        void fragileBoneWithATriggerIsUrgent() {
            assertThat(level(man40(LONG_TERM_CORTICOSTEROIDS, SUDDEN_ONSET_SEVERE_PAIN), Condition.VERTEBRAL_FRACTURE))
                    .isEqualTo(URGENT_REFERRAL);
            assertThat(level(screen(78, Sex.MALE, MINOR_TRAUMA), Condition.VERTEBRAL_FRACTURE)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(screen(55, Sex.FEMALE, FALLS), Condition.VERTEBRAL_FRACTURE)).isEqualTo(URGENT_REFERRAL);
        }

        @Test
        void aFallAloneAsksForAReferral() {
            assertThat(level(man40(FALLS), Condition.VERTEBRAL_FRACTURE)).isEqualTo(ROUTINE_REFERRAL);
        }

        @Test
        void riskFactorsWithoutATriggerAreRoutineOrMonitored() {
            assertThat(level(man40(OSTEOPOROSIS, HEIGHT_LOSS), Condition.VERTEBRAL_FRACTURE)).isEqualTo(ROUTINE_REFERRAL);
            assertThat(level(screen(60, Sex.FEMALE, OSTEOPOROSIS), Condition.VERTEBRAL_FRACTURE))
                    .isEqualTo(ROUTINE_REFERRAL);
            assertThat(level(man40(PREVIOUS_FRAGILITY_FRACTURE), Condition.VERTEBRAL_FRACTURE))
                    .isEqualTo(TREAT_WITH_MONITORING);
            assertThat(level(screen(76, Sex.MALE), Condition.VERTEBRAL_FRACTURE)).isEqualTo(TREAT_WITH_MONITORING);
        }
    }

    @Nested
    class Infection {

        @Test
        void feverWithARiskFactorIsUrgentAndWithNeurologyAnEmergency() {
            assertThat(level(man40(FEVER, IV_DRUG_USE), Condition.SPINAL_INFECTION)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(FEVER, DIABETES), Condition.SPINAL_INFECTION)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(FEVER, SYSTEMICALLY_UNWELL), Condition.SPINAL_INFECTION)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(FEVER, RECENT_SPINAL_PROCEDURE, GAIT_DISTURBANCE), Condition.SPINAL_INFECTION))
                    .isEqualTo(EMERGENCY_REFERRAL);
        }

        @Test
        void feverAloneIsReferredAndARiskFactorAloneMonitored() {
            assertThat(level(man40(FEVER), Condition.SPINAL_INFECTION)).isEqualTo(ROUTINE_REFERRAL);
            assertThat(level(man40(IMMUNOSUPPRESSION), Condition.SPINAL_INFECTION)).isEqualTo(TREAT_WITH_MONITORING);
            assertThat(level(man40(HISTORY_OF_TUBERCULOSIS), Condition.SPINAL_INFECTION)).isEqualTo(TREAT_WITH_MONITORING);
        }

        @Test
        void diabetesAloneRaisesNothing() {
            assertThat(man40(DIABETES).disposition()).isEqualTo(TREAT);
        }
    }

    @Nested
    class VisceralSources {

        @Test
        void cardiac() {
            assertThat(level(man40(EXERTIONAL_PAIN, SHORTNESS_OF_BREATH), Condition.CARDIAC)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(EXERTIONAL_PAIN, AUTONOMIC_SYMPTOMS), Condition.CARDIAC)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(EXERTIONAL_PAIN), Condition.CARDIAC)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(AUTONOMIC_SYMPTOMS, PAIN_NOT_MECHANICAL), Condition.CARDIAC)).isEqualTo(URGENT_REFERRAL);
            assertThat(man40(AUTONOMIC_SYMPTOMS).disposition()).isEqualTo(TREAT);
        }

        @Test
        void aortic() {
            assertThat(level(man40(TEARING_PAIN), Condition.AORTIC)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(PULSE_DEFICIT), Condition.AORTIC)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(SUDDEN_ONSET_SEVERE_PAIN, PAIN_NOT_MECHANICAL), Condition.AORTIC))
                    .isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(SUDDEN_ONSET_SEVERE_PAIN), Condition.AORTIC)).isEqualTo(URGENT_REFERRAL);
            assertThat(concern(man40(SUDDEN_ONSET_SEVERE_PAIN, MINOR_TRAUMA), Condition.AORTIC)).isEmpty();
        }

        @Test
        void pulmonary() {
            assertThat(level(man40(PLEURITIC_PAIN, SHORTNESS_OF_BREATH), Condition.PULMONARY)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(SUDDEN_ONSET_SEVERE_PAIN, SHORTNESS_OF_BREATH), Condition.PULMONARY))
                    .isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(SHORTNESS_OF_BREATH), Condition.PULMONARY)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(PLEURITIC_PAIN, FEVER), Condition.PULMONARY)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(PLEURITIC_PAIN), Condition.PULMONARY)).isEqualTo(TREAT_WITH_MONITORING);
        }

        @Test
        void gastrointestinal() {
            assertThat(level(man40(JAUNDICE_OR_DARK_URINE), Condition.GASTROINTESTINAL)).isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(PAIN_RELATED_TO_EATING, PAIN_NOT_MECHANICAL), Condition.GASTROINTESTINAL))
                    .isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(PAIN_RELATED_TO_EATING), Condition.GASTROINTESTINAL)).isEqualTo(ROUTINE_REFERRAL);
        }

        @Test
        void renal() {
            assertThat(level(man40(URINARY_SYMPTOMS, FEVER, SYSTEMICALLY_UNWELL), Condition.RENAL))
                    .isEqualTo(EMERGENCY_REFERRAL);
            assertThat(level(man40(URINARY_SYMPTOMS, FEVER), Condition.RENAL)).isEqualTo(URGENT_REFERRAL);
            assertThat(level(man40(URINARY_SYMPTOMS), Condition.RENAL)).isEqualTo(ROUTINE_REFERRAL);
        }

        @Test
        void nonMechanicalPainAloneIsNotEnoughToName() {
            assertThat(man40(PAIN_NOT_MECHANICAL).disposition()).isEqualTo(TREAT);
        }
    }

    @Nested
    class Precautions {

        @Test
        void boneFragilityRulesOutThrust() {
            for (Finding fragile : EnumSet.of(OSTEOPOROSIS, LONG_TERM_CORTICOSTEROIDS, PREVIOUS_FRAGILITY_FRACTURE)) {
                ScreeningResult result = man40(fragile);
                assertThat(precaution(result, PrecautionCode.NO_THRUST_MANIPULATION)).as(fragile.name()).isTrue();
                assertThat(precaution(result, PrecautionCode.NO_JOINT_MOBILIZATION)).as(fragile.name()).isFalse();
            }
        }

        @Test
        void pacemakerPregnancyOrCancerRuleOutElectricalStimulation() {
            for (Finding finding : EnumSet.of(PACEMAKER_OR_IMPLANTED_DEVICE, PREGNANCY, HISTORY_OF_CANCER)) {
                assertThat(precaution(screen(30, Sex.FEMALE, finding), PrecautionCode.NO_ELECTRICAL_STIMULATION))
                        .as(finding.name()).isTrue();
                assertThat(precaution(screen(30, Sex.FEMALE, finding), PrecautionCode.NO_THERAPEUTIC_ULTRASOUND))
                        .as(finding.name()).isTrue();
            }
        }

        @Test
        void heatNeedsSensationAndNoFever() {
            assertThat(precaution(man40(IMPAIRED_SENSATION), PrecautionCode.NO_HEAT)).isTrue();
            assertThat(precaution(man40(FEVER), PrecautionCode.NO_HEAT)).isTrue();
            assertThat(precaution(man40(IMPAIRED_SENSATION), PrecautionCode.NO_ELECTRICAL_STIMULATION)).isTrue();
        }

        @Test
        void dryNeedlingNeedsNormalClottingAndImmunity() {
            assertThat(precaution(man40(ANTICOAGULANTS), PrecautionCode.NO_DRY_NEEDLING)).isTrue();
            assertThat(precaution(man40(IMMUNOSUPPRESSION), PrecautionCode.NO_DRY_NEEDLING)).isTrue();
            assertThat(man40(ANTICOAGULANTS).disposition()).isEqualTo(TREAT);
        }

        @Test
        void oneEntryPerPrecautionWithEveryReason() {
            ScreeningResult result = screen(70, Sex.FEMALE, OSTEOPOROSIS, ANTICOAGULANTS, MINOR_TRAUMA);
            assertThat(result.precautions()).extracting(Precaution::code).doesNotHaveDuplicates();
            Precaution thrust = result.precautions().stream()
                    .filter(p -> p.code() == PrecautionCode.NO_THRUST_MANIPULATION).findFirst().orElseThrow();
            assertThat(thrust.reason()).contains("Osteoporosis").contains("anticoagulants")
                    .contains("suspected vertebral fracture");
        }

        @Test
        void recentSpinalSurgeryRulesOutUltrasoundOverTheCord() {
            assertThat(precaution(man40(RECENT_SPINAL_PROCEDURE), PrecautionCode.NO_THERAPEUTIC_ULTRASOUND)).isTrue();
        }
    }

    @Test
    void everyPatientReportableFindingHasAQuestionAndExamFindingsDoNot() {
        assertThat(EnumSet.of(UPPER_MOTOR_NEURON_SIGNS, SENSORY_LEVEL_ON_TRUNK, PULSE_DEFICIT))
                .allSatisfy(f -> assertThat(f.patientReportable()).isFalse());
        assertThat(Finding.values()).hasSize(45);
        assertThat(EnumSet.complementOf(EnumSet.of(UPPER_MOTOR_NEURON_SIGNS, SENSORY_LEVEL_ON_TRUNK, PULSE_DEFICIT)))
                .allSatisfy(f -> assertThat(f.question()).endsWith("?"));
    }
}
