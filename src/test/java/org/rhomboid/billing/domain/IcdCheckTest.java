package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.IcdCheck.ProblemType;

class IcdCheckTest {

    private static final IcdCodeSet SET = IcdCodeSet.builtIn();

    private static IcdCheck.Result check(String... codes) {
        return IcdCheck.check(List.of(codes), IcdCheck.Context.NONE, SET);
    }

    private static List<ProblemType> types(IcdCheck.Result result) {
        return result.problems().stream().map(IcdCheck.Problem::type).toList();
    }

    @Test
    void theBuiltInSetCoversThoracicCare() {
        assertThat(SET.find("M54.6")).hasValueSatisfying(c -> {
            assertThat(c.billable()).isTrue();
            assertThat(c.description()).isEqualTo("Pain in thoracic spine");
        });
        assertThat(SET.find("m546")).isPresent();
        for (String code : List.of("M54.14", "M51.14", "M40.04", "M41.24", "S22.080A", "M48.54XA", "M80.08XA",
                "S23.3XXA", "S29.012D", "G89.29", "M99.02", "R29.3", "M81.0", "E11.9", "Z85.3", "Z79.52", "S22.32XA",
                "S22.43XD", "S23.41XA", "S29.011A", "M94.0", "R07.81", "M99.08")) {
            assertThat(SET.find(code)).as(code).hasValueSatisfying(c -> assertThat(c.billable()).isTrue());
        }
        assertThat(SET.find("S22.0")).hasValueSatisfying(c -> assertThat(c.billable()).isFalse());
    }

    @Test
    void validCodesPass() {
        IcdCheck.Result result = check("M54.6", "M62.830", "Z79.52");
        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void deletedAndUnknownCodesAreRejected() {
        IcdCheck.Result deleted = check("M54.5");
        assertThat(types(deleted)).containsExactly(ProblemType.UNKNOWN);
        assertThat(deleted.problems().get(0).message()).contains("M54.50").contains("FY2022");
        assertThat(SET.find("M54.5")).isEmpty();
        assertThat(types(check("Q99.9"))).containsExactly(ProblemType.UNKNOWN);
        assertThat(types(check("banana"))).containsExactly(ProblemType.UNKNOWN);
    }

    @Test
    void headersAreNotBillable() {
        assertThat(types(check("M51.1"))).containsExactly(ProblemType.NOT_BILLABLE);
        assertThat(types(check("M40.20"))).containsExactly(ProblemType.NOT_BILLABLE);
    }

    @Test
    void injuryAndFractureCodesNeedTheir7thCharacter() {
        IcdCheck.Result sprain = check("S23.3");
        assertThat(types(sprain)).containsExactly(ProblemType.MISSING_7TH_CHARACTER);
        assertThat(sprain.problems().get(0).message()).contains("S23.3XXA");
        assertThat(types(check("S29.012"))).containsExactly(ProblemType.MISSING_7TH_CHARACTER);
        assertThat(types(check("M48.54"))).containsExactly(ProblemType.MISSING_7TH_CHARACTER);
        assertThat(types(check("M80.08"))).containsExactly(ProblemType.MISSING_7TH_CHARACTER);
        assertThat(check("S22.32")).satisfies(r -> assertThat(r.problems().get(0).message()).contains("S22.32XA"));
        assertThat(check("S23.3XXA").valid()).isTrue();
    }

    @Test
    void theSeventhCharacterMustBeOneItsCategoryAllows() {
        // S22: A, B, D, G, K, S; M48.4/M48.5: A, D, G, S; M80: A, D, G, K, P, S (review 2026-12, ICD-STRUCTURE)
        assertThat(SeventhCharacter.allowed("S22060")).hasValue("ABDGKS");
        assertThat(SeventhCharacter.allowed("M4844")).hasValue("ADGS");
        assertThat(SeventhCharacter.allowed("M4854")).hasValue("ADGS");
        assertThat(SeventhCharacter.allowed("M8008")).hasValue("ADGKPS");
        assertThat(SeventhCharacter.allowed("S233")).hasValue("ADS");
        assertThat(SeventhCharacter.allowed("M546")).isEmpty();
        // elsewhere the code set decides the letters: a humerus fracture's malunion (P) is not refused here
        assertThat(SeventhCharacter.needed("S42001")).isTrue();
        assertThat(SeventhCharacter.allowed("S42001")).isEmpty();
        assertThat(IcdCheck.check(List.of("S42.001P"), IcdCheck.Context.NONE, IcdCodeSet.of(List.of(
                new IcdCode("S42001P", "Fracture of unspecified part of right clavicle, subsequent encounter for "
                        + "fracture with malunion", true)))).valid()).isTrue();
        IcdCheck.Result nonunion = check("M48.54XK");
        assertThat(types(nonunion)).containsExactly(ProblemType.WRONG_7TH_CHARACTER);
        assertThat(nonunion.problems().get(0).message())
                .isEqualTo("M48.54XK: a collapsed vertebra takes the 7th character A, D, G or S, not K");
        assertThat(types(check("M48.44XP"))).containsExactly(ProblemType.WRONG_7TH_CHARACTER);
        assertThat(types(check("M80.08XB"))).containsExactly(ProblemType.WRONG_7TH_CHARACTER);
        assertThat(types(check("S23.3XXB"))).containsExactly(ProblemType.WRONG_7TH_CHARACTER);
        assertThat(check("M80.08XP").valid()).isTrue();
        assertThat(check("S22.060K").valid()).isTrue();
        assertThat(check("M48.44XG").valid()).isTrue();
    }

    @Test
    void fatigueFracturesOfAVertebraNeedTheir7thCharacter() {
        IcdCheck.Result stress = check("M48.44");
        assertThat(types(stress)).containsExactly(ProblemType.MISSING_7TH_CHARACTER);
        assertThat(stress.problems().get(0).message()).contains("A, D, G or S").contains("M48.44XA");
        // the example is a real code of the set, not the typed code padded: S22.06 → S22.060A, not S22.06XA
        assertThat(check("S22.06").problems().get(0).message()).contains("S22.060A").doesNotContain("S22.06XA");
    }

    @Test
    void everyThoracicVertebralFractureCodeIsInTheSetWithEachAllowed7thCharacter() {
        for (char level : "012345678".toCharArray()) {
            for (char type : "01289".toCharArray()) {
                for (char seventh : "ABDGKS".toCharArray()) {
                    String code = "S220" + level + type + seventh;
                    assertThat(SET.find(code)).as(code).hasValueSatisfying(c -> assertThat(c.billable()).isTrue());
                }
            }
        }
        for (String site : List.of("M4844X", "M4845X", "M4854X", "M4855X")) {
            for (char seventh : "ADGS".toCharArray()) {
                assertThat(SET.find(site + seventh)).as(site + seventh).isPresent();
            }
        }
        for (char seventh : "ADGKPS".toCharArray()) {
            assertThat(SET.find("M8008X" + seventh)).as("M80.08X" + seventh).isPresent();
        }
    }

    @Test
    void noCodeInTheSetCarriesA7thCharacterItsCategoryRefuses() {
        for (IcdCode code : SET.all()) {
            if (code.billable() && SeventhCharacter.needed(code.code())) {
                assertThat(code.code()).as(code.code() + " has its 7th character").hasSize(7);
                assertThat(check(code.code()).valid()).as(code.code()).isTrue();
            }
        }
    }

    @Test
    void everyCodeTheHintsAndRulesCanEmitIsABillableCodeOfTheSet() {
        java.util.Set<String> emitted = new java.util.TreeSet<>();
        SET.hints().forEach(h -> h.suggestions().forEach(c -> emitted.add(IcdCode.bare(c))));
        // the example a missing 7th character names, for every heading that needs one
        for (IcdCode code : SET.all()) {
            if (!code.billable() && SeventhCharacter.needed(code.code()) && code.code().length() < 7) {
                IcdCheck.Result result = check(code.code());
                java.util.regex.Matcher example = java.util.regex.Pattern.compile("e\\.g\\. (\\S+)$")
                        .matcher(result.problems().get(0).message());
                assertThat(example.find()).as(code.code()).isTrue();
                emitted.add(IcdCode.bare(example.group(1)));
            }
        }
        assertThat(emitted).contains("M8008XA", "S29012A", "S233XXA", "S22060A", "M4844XA");
        for (String code : emitted) {
            assertThat(SET.find(code)).as(code).hasValueSatisfying(c -> assertThat(c.billable()).isTrue());
            assertThat(check(code).valid()).as(code).isTrue();
        }
    }

    @Test
    void excludes1PairsCantGoTogether() {
        IcdCheck.Result disc = check("M54.6", "M51.14");
        assertThat(disc.valid()).isFalse();
        assertThat(disc.problems()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ProblemType.EXCLUDES1);
            assertThat(p.codes()).containsExactly("M54.6", "M51.14");
        });
        assertThat(types(check("M51.24", "M54.6"))).containsExactly(ProblemType.EXCLUDES1);
        assertThat(types(check("M54.14", "M51.14"))).containsExactly(ProblemType.EXCLUDES1);
        assertThat(types(check("M48.54XA", "M80.08XA"))).containsExactly(ProblemType.EXCLUDES1);
        // M48.5 Excludes1, completed (review 2026-12, ICD-EXCL-M485)
        for (String other : List.of("M48.44XA", "S22.060A", "S22.31XA", "M80.08XA")) {
            assertThat(types(check("M48.54XA", other))).as(other).containsExactly(ProblemType.EXCLUDES1);
        }
        assertThat(SET.excludes1()).extracting(IcdCodeSet.Excludes1::second)
                .contains("M484", "M844", "M8458", "M8468", "S12", "S22", "S32", "M80");
        assertThat(check("M54.14", "M62.830").valid()).isTrue();
    }

    @Test
    void duplicatesAreFlagged() {
        assertThat(types(check("M54.6", "M546"))).containsExactly(ProblemType.DUPLICATE);
    }

    @Test
    void specificityHintsFollowTheDocumentedContext() {
        IcdCheck.Result afterStrain = IcdCheck.check(List.of("M54.6"),
                new IcdCheck.Context("SUDDEN_MOVEMENT", Set.of()), SET);
        assertThat(afterStrain.valid()).isTrue();
        assertThat(afterStrain.hints()).singleElement().satisfies(h -> {
            assertThat(h.code()).isEqualTo("M54.6");
            assertThat(h.suggestions()).contains("S29.012A");
        });
        assertThat(IcdCheck.check(List.of("M54.6"), new IcdCheck.Context("INSIDIOUS", Set.of()), SET).hints()).isEmpty();
        assertThat(IcdCheck.check(List.of("M48.54XA"), new IcdCheck.Context(null, Set.of("OSTEOPOROSIS")), SET).hints())
                .singleElement().satisfies(h -> assertThat(h.suggestions()).containsExactly("M80.08XA"));
    }

    @Test
    void whileAFractureIsSuspectedSprainCodesAreNotOfferedAndTheGuidelineIs() {
        // the case: M54.6 after a sudden movement, osteoporosis, a suspected vertebral fracture
        IcdCheck.Result suspected = IcdCheck.check(List.of("M54.6"), new IcdCheck.Context("SUDDEN_MOVEMENT",
                Set.of("OSTEOPOROSIS"), Set.of("VERTEBRAL_FRACTURE")), SET);
        assertThat(suspected.hints()).singleElement().satisfies(h -> {
            assertThat(h.suggestions()).containsExactly("M80.08XA").doesNotContain("S29.012A", "S23.3XXA");
            assertThat(h.message()).contains("suspected, not confirmed").contains("keep the symptom code (M54.6)")
                    .contains("I.C.13.d.2").contains("sprain and strain codes do not apply");
        });
        // a fracture concern without osteoporosis: no sprain codes either, and no M80
        assertThat(IcdCheck.check(List.of("M54.6"), new IcdCheck.Context("ACUTE_TRAUMA", Set.of(),
                Set.of("VERTEBRAL_FRACTURE")), SET).hints()).isEmpty();
        // another concern does not stop the sprain hint
        assertThat(IcdCheck.check(List.of("M54.6"), new IcdCheck.Context("SUDDEN_MOVEMENT", Set.of(),
                Set.of("CARDIAC")), SET).hints()).singleElement()
                .satisfies(h -> assertThat(h.suggestions()).contains("S29.012A"));
    }

    @Test
    void withKnownOsteoporosisALowEnergyVertebralFractureIsCodedM80() {
        // Official Guidelines I.C.13.d.2: M80, not a traumatic fracture code, even after a minor fall
        IcdCheck.Result minorFall = IcdCheck.check(List.of("S22.060A"),
                new IcdCheck.Context("MINOR_TRAUMA", Set.of("OSTEOPOROSIS", "MINOR_TRAUMA")), SET);
        assertThat(minorFall.hints()).singleElement().satisfies(h -> {
            assertThat(h.suggestions()).containsExactly("M80.08XA");
            assertThat(h.message()).contains("I.C.13.d.2");
        });
        // a fall from a height or a car crash would break a healthy bone: the traumatic code stands
        assertThat(IcdCheck.check(List.of("S22.060A"), new IcdCheck.Context("ACUTE_TRAUMA",
                Set.of("OSTEOPOROSIS", "SIGNIFICANT_TRAUMA")), SET).hints()).isEmpty();
        assertThat(IcdCheck.check(List.of("S22.060A"), new IcdCheck.Context("ACUTE_TRAUMA", Set.of()), SET).hints())
                .isEmpty();
        assertThat(IcdCheck.check(List.of("M48.55XA"), new IcdCheck.Context(null, Set.of("OSTEOPOROSIS")), SET)
                .hints()).singleElement().satisfies(h -> assertThat(h.suggestions()).containsExactly("M80.08XA"));
    }

    @Test
    void theOfficialOrderFileFormatIsImported() throws Exception {
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/billing/icd10cm_order_sample.txt"),
                StandardCharsets.UTF_8)) {
            List<IcdCode> codes = IcdOrderFile.parse(reader);
            assertThat(codes).hasSize(5);
            assertThat(codes.get(0)).isEqualTo(new IcdCode("M54", "Dorsalgia", false));
            assertThat(codes.get(3).description()).isEqualTo("Strain of muscle and tendon of back wall of thorax, initial encounter");
            IcdCodeSet release = IcdCodeSet.of(codes);
            assertThat(release.find("Z99.89")).isPresent();
            assertThat(release.find("M54.14")).isEmpty();
            assertThat(IcdCheck.check(List.of("Z99.89"), IcdCheck.Context.NONE, release).valid()).isTrue();
        }
    }

    @Test
    void aMalformedOrderFileIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> IcdOrderFile.parse(new StringReader("00001 M546    1 Pain\nnot a line at all\n")))
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> IcdOrderFile.parse(new StringReader("00001 M546    7 Pain in thoracic spine\n")))
                .hasMessageContaining("valid flag");
    }
}
