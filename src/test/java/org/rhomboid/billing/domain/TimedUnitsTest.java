package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimedUnitsTest {

    private static TimedUnits.Result cms(Object... codeMinutes) {
        return TimedUnits.calculate(UnitMethod.CMS, services(codeMinutes), ProcedureCatalog.builtIn());
    }

    private static TimedUnits.Result ama(Object... codeMinutes) {
        return TimedUnits.calculate(UnitMethod.AMA, services(codeMinutes), ProcedureCatalog.builtIn());
    }

    private static List<TimedUnits.Service> services(Object... codeMinutes) {
        List<TimedUnits.Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < codeMinutes.length; i += 2) {
            services.add(new TimedUnits.Service((String) codeMinutes[i], (Integer) codeMinutes[i + 1]));
        }
        return services;
    }

    private static int[] units(TimedUnits.Result result) {
        return result.lines().stream().mapToInt(TimedUnits.Line::units).toArray();
    }

    @ParameterizedTest(name = "{0} timed minutes → {1} units")
    @CsvSource({"0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5", "83,6",
            "97,6", "98,7", "112,7", "113,8", "127,8"})
    void theCmsUnitTable(int minutes, int units) {
        assertThat(TimedUnits.unitsFor(minutes)).isEqualTo(units);
    }

    @Test
    void cmsExample1MoreUnitsToTheLongerService() {
        TimedUnits.Result r = cms("97112", 24, "97110", 23);
        assertThat(r.totalTimedMinutes()).isEqualTo(47);
        assertThat(units(r)).containsExactly(2, 1);
    }

    @Test
    void cmsExample2EqualMinutesNeverThreeOnOneCodeAndTheTieIsNoted() {
        TimedUnits.Result r = cms("97112", 20, "97110", 20);
        assertThat(r.totalUnits()).isEqualTo(3);
        assertThat(Arrays.stream(units(r)).max().getAsInt()).isEqualTo(2);
        assertThat(units(r)).containsExactly(2, 1);
        assertThat(r.notes()).singleElement().asString().contains("Tie").contains("97112").contains("97110");
    }

    @Test
    void cmsExample3TheLeftoverMinutesDecide() {
        TimedUnits.Result r = cms("97110", 33, "97140", 7);
        assertThat(r.totalTimedMinutes()).isEqualTo(40);
        assertThat(r.totalUnits()).isEqualTo(3);
        assertThat(units(r)).containsExactly(2, 1);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void cmsExample4FourServicesThreeUnits() {
        TimedUnits.Result r = cms("97110", 18, "97140", 13, "97116", 10, "97035", 8);
        assertThat(r.totalTimedMinutes()).isEqualTo(49);
        assertThat(units(r)).containsExactly(1, 1, 1, 0);
    }

    @Test
    void cmsExample5ThreeShortServicesMakeOneUnit() {
        TimedUnits.Result r = cms("97112", 7, "97110", 7, "97140", 7);
        assertThat(r.totalUnits()).isEqualTo(1);
        assertThat(units(r)).containsExactly(1, 0, 0);
        assertThat(r.notes()).singleElement().asString().contains("Tie");
    }

    @Test
    void amaContrastsWithCms() {
        TimedUnits.Result example3 = ama("97110", 33, "97140", 7);
        assertThat(units(example3)).containsExactly(2, 0);
        assertThat(example3.totalUnits()).isEqualTo(2);
        assertThat(example3.notes()).singleElement().asString().contains("97140");
        assertThat(cms("97110", 10, "97112", 10, "97140", 10).totalUnits()).isEqualTo(2);
        assertThat(ama("97110", 10, "97112", 10, "97140", 10).totalUnits()).isEqualTo(3);
    }

    @Test
    void untimedCodesAreOneUnitAndDoNotCountTowardTimedMinutes() {
        TimedUnits.Result r = cms("97161", 45, "97110", 23, "97010", 10);
        assertThat(r.totalTimedMinutes()).isEqualTo(23);
        assertThat(units(r)).containsExactly(1, 2, 1);
        assertThat(ama("97150", 30).totalUnits()).isEqualTo(1);
    }

    @Test
    void aLoneShortTimedServiceIsNotBilled() {
        TimedUnits.Result r = cms("97140", 7);
        assertThat(r.totalUnits()).isZero();
        assertThat(r.notes()).singleElement().asString().contains("under 8");
    }

    @Test
    void linesComeBackInRequestOrder() {
        assertThat(cms("97140", 7, "97110", 33).lines()).extracting(TimedUnits.Line::code).containsExactly("97140", "97110");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> cms("99999", 10)).hasMessageContaining("Unknown procedure code 99999");
        assertThatThrownBy(() -> cms("97110", -1)).hasMessageContaining("between 0 and 480");
        assertThatThrownBy(() -> cms("97110", 481)).hasMessageContaining("between 0 and 480");
        assertThatThrownBy(() -> cms("97110", 10, "97110", 12)).hasMessageContaining("appears twice");
    }
}
