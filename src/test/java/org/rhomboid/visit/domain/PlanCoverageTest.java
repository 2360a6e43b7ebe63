package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.screening.domain.PrecautionCode;
import org.rhomboid.visit.domain.PlanCoverage.Verdict;

class PlanCoverageTest {

    private static final ProcedureCatalog CATALOG = ProcedureCatalog.builtIn();

    private static PlanCoverage fromPlan(List<Intervention> planned, Set<PrecautionCode> precautions,
                                         Set<HealthCondition> conditions) {
        return PlanCoverage.fromPlan(planned, InterventionSafety.check(planned, precautions, conditions), CATALOG);
    }

    @Test
    void aCodeOnThePlanIsAllowed() {
        var coverage = PlanCoverage.of(Set.of("97110", "97140"), Map.of(), CATALOG);
        var decision = coverage.check(" 97110 ");
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(decision.documentable()).isTrue();
        assertThat(decision.code()).isEqualTo("97110");
        assertThat(decision.message()).isNull();
    }

    @Test
    void aCodeNotOnThePlanMustBeAddedFirst() {
        var decision = PlanCoverage.of(Set.of("97110"), Map.of(), CATALOG).check("97530");
        assertThat(decision.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(decision.message()).isEqualTo("97530 (Therapeutic activities) is not in the plan of care: "
                + "add it to the plan of care first");
    }

    @Test
    void anUnknownCodeIsRefused() {
        var decision = PlanCoverage.of(Set.of("97110"), Map.of(), CATALOG).check("97999");
        assertThat(decision.documentable()).isFalse();
        assertThat(decision.message()).contains("97999 is not a procedure code");
        assertThat(PlanCoverage.of(Set.of("97110"), Map.of(), CATALOG).check(null).documentable()).isFalse();
    }

    @Test
    void evaluationCodesAreNeverDocumentedInADailyNoteEvenIfPlanned() {
        var coverage = PlanCoverage.of(Set.of("97161", "97162", "97163", "97164"), Map.of(), CATALOG);
        for (String code : List.of("97161", "97162", "97163", "97164")) {
            assertThat(coverage.check(code).verdict()).as(code).isEqualTo(Verdict.REFUSED);
            assertThat(coverage.check(code).message()).contains("not in a daily note");
        }
    }

    @Test
    void aContraindicatedCodeIsRefusedEvenOnThePlanAndACautionIsShown() {
        var coverage = PlanCoverage.of(Set.of("97035", "97140"),
                Map.of("97035", Status.CONTRAINDICATED, "97140", Status.CAUTION), CATALOG);
        assertThat(coverage.check("97035").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(coverage.check("97035").message()).contains("contraindicated");
        assertThat(coverage.check("97140").verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(coverage.check("97140").documentable()).isTrue();
    }

    @Test
    void fromThePlanEachInterventionCoversItsCodes() {
        var coverage = fromPlan(List.of(Intervention.TENS, Intervention.MOBILITY_EXERCISE, Intervention.DRY_NEEDLING),
                Set.of(), Set.of());
        assertThat(coverage.planCodes()).containsExactlyInAnyOrder("97014", "G0283", "97110", "20560", "20561");
        assertThat(coverage.check("G0283").verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(coverage.check("97140").verdict()).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void aSharedCodeIsRefusedOnlyWhenEveryPlannedInterventionUnderItIsContraindicated() {
        var thrustOnly = fromPlan(List.of(Intervention.THORACIC_THRUST_MANIPULATION), Set.of(),
                Set.of(HealthCondition.OSTEOPOROSIS));
        assertThat(thrustOnly.check("97140").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(thrustOnly.check("97140").message()).contains("Osteoporosis");

        var withSoftTissue = fromPlan(List.of(Intervention.THORACIC_THRUST_MANIPULATION,
                Intervention.SOFT_TISSUE_MOBILIZATION), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS));
        var decision = withSoftTissue.check("97140");
        assertThat(decision.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(decision.message()).contains("not Thoracic thrust manipulation (grade V)").contains("contraindicated");
    }

    @Test
    void aCautionFromTheSafetyTableIsCarriedWithItsReason() {
        var coverage = fromPlan(List.of(Intervention.THORACIC_MOBILIZATION_GRADE_I_II), Set.of(),
                Set.of(HealthCondition.OSTEOPOROSIS));
        assertThat(coverage.check("97140").verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(coverage.check("97140").message()).contains("gentle grades only");
    }

    @Test
    void aScreeningPrecautionRefusesTheModality() {
        var coverage = fromPlan(List.of(Intervention.TENS, Intervention.MOBILITY_EXERCISE),
                Set.of(PrecautionCode.NO_ELECTRICAL_STIMULATION), Set.of());
        assertThat(coverage.check("G0283").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(coverage.check("97014").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(coverage.check("97110").verdict()).isEqualTo(Verdict.ALLOWED);
    }
}
