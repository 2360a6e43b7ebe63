package org.rhomboid.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.claims.domain.ClaimEligibility.Clinic;
import org.rhomboid.claims.domain.ClaimEligibility.Decision;
import org.rhomboid.claims.domain.ClaimEligibility.Line;
import org.rhomboid.claims.domain.ClaimEligibility.Person;
import org.rhomboid.claims.domain.ClaimEligibility.Reason;
import org.rhomboid.claims.domain.ClaimEligibility.Setup;
import org.rhomboid.claims.domain.ClaimEligibility.Visit;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteStatus;
import org.rhomboid.shared.domain.TestDates;

class ClaimEligibilityTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final String PT_NPI = "1234567893";
    static final String OTHER_NPI = "1245319599";
    static final Person PT = new Person("Dana Whitfield, PT, DPT", PT_NPI);
    static final Person PTA = new Person("Sam Okafor, PTA", null);
    static final Person COSIGNER = new Person("Luis Ortega, PT", OTHER_NPI);
    static final Person REFERRER = new Person("Dr. Alan Brooks", "1679576722");
    static final CertificationTimeline CERTIFIED = timeline(DAY.minusDays(14), 8, DAY.minusDays(14));

    static CertificationTimeline timeline(LocalDate start, int weeks, LocalDate signed) {
        PlanOfCare plan = new PlanOfCare(List.of("M54.6"), 2, weeks, start, Certification.Method.SIGNED_PLAN, signed,
                null, null, Map.of(), java.util.Set.of());
        return CertificationTimeline.of(plan, start, List.of(), DAY, TestDates.US);
    }

    static final Clinic CLINIC = new Clinic("Harbor Street PT", "1245319599", "123456789", "12 Harbor Street",
            "Portland", "ME", "041012345");
    static final ClearinghouseSettings SETTINGS = new ClearinghouseSettings("225100000X", "11", "HARBORPT", "CLEARCO",
            "Clear Co", "Harbor Street PT", "Morgan Hale", "2075550100", 'T', 7,
            Map.of(Payer.MEDICARE, new PayerIdentity("Medicare Part B", "MCR01"),
                    Payer.COMMERCIAL, new PayerIdentity("Acme Health", "ACME1")));
    static final Map<String, Fee> FEES = Map.of("97112", new Fee("97112", new BigDecimal("58.00"), null),
            "97110", new Fee("97110", new BigDecimal("55.00"), new BigDecimal("31.20")));
    static final Setup SETUP = new Setup(CLINIC, SETTINGS, FEES);

    static List<Line> lines() {
        return List.of(new Line("97112", 2, List.of("GP"), VisitLines.Status.BILLABLE),
                new Line("97110", 1, List.of("GP"), VisitLines.Status.BILLABLE));
    }

    static Visit clean() {
        return new Visit(UUID.randomUUID(), DAY, NoteStatus.SIGNED, true, null, Payer.MEDICARE, "1EG4TE5MK73", true,
                REFERRER, CERTIFIED, List.of("M54.6"), lines(), Clinician.PT, PT, null, PT);
    }

    static Visit with(Visit v, java.util.function.UnaryOperator<Object[]> change) {
        Object[] f = {v.noteId(), v.date(), v.status(), v.intact(), v.billedInBatch(), v.payer(), v.memberId(),
                v.addressComplete(), v.referrer(), v.certification(), v.diagnoses(), v.lines(), v.authorRole(),
                v.author(), v.cosigner(), v.supervisingPt()};
        f = change.apply(f);
        @SuppressWarnings("unchecked")
        Visit changed = new Visit((UUID) f[0], (LocalDate) f[1], (NoteStatus) f[2], (Boolean) f[3], (Integer) f[4],
                (Payer) f[5], (String) f[6], (Boolean) f[7], (Person) f[8], (CertificationTimeline) f[9],
                (List<String>) f[10], (List<Line>) f[11], (Clinician) f[12], (Person) f[13], (Person) f[14],
                (Person) f[15]);
        return changed;
    }

    static Visit set(int field, Object value) {
        return with(clean(), f -> {
            f[field] = value;
            return f;
        });
    }

    static Decision decide(Visit v) {
        return ClaimEligibility.decide(v, SETUP, TestDates.US);
    }

    @Test
    void aCleanSignedVisitIsClaimedAtTheFeeTimesTheUnits() {
        Decision d = decide(clean());
        assertThat(d.claimable()).isTrue();
        assertThat(d.lines()).extracting(ClaimEligibility.ClaimLine::code, ClaimEligibility.ClaimLine::units,
                        ClaimEligibility.ClaimLine::charge)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("97112", 2, new BigDecimal("116.00")),
                        org.assertj.core.groups.Tuple.tuple("97110", 1, new BigDecimal("55.00")));
        assertThat(d.total()).isEqualByComparingTo("171.00");
        assertThat(d.lines().get(0).modifiers()).containsExactly("GP");
        assertThat(d.lines().get(0).diagnosisPointers()).containsExactly(1);
        assertThat(d.rendering()).isEqualTo(PT);
        assertThat(d.payer().payerId()).isEqualTo("MCR01");
        assertThat(d.claimFilingIndicator()).isEqualTo("MB");
    }

    @Test
    void upToFourDiagnosesArePointedAt() {
        Decision d = decide(set(10, List.of("M54.6", "M62.830", "R29.3", "M40.204", "M41.24")));
        assertThat(d.lines().get(0).diagnosisPointers()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void anUnsignedNoteIsHeldBack() {
        Decision d = decide(set(2, NoteStatus.DRAFT));
        assertThat(d.claimable()).isFalse();
        assertThat(d.problems()).extracting(ClaimEligibility.Problem::reason).containsExactly(Reason.NOT_SIGNED);
    }

    @Test
    void anAssistantsNoteAwaitingCoSignatureIsHeldBack() {
        Decision d = decide(set(2, NoteStatus.AWAITING_COSIGN));
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.AWAITING_COSIGNATURE);
            assertThat(p.message()).contains("co-signature");
        });
    }

    @Test
    void aVisitAlreadySentIsHeldBackWithItsBatch() {
        Decision d = decide(set(4, 3));
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.ALREADY_BILLED);
            assertThat(p.message()).isEqualTo("Already sent in batch 3.");
        });
    }

    @Test
    void aNoteAlteredBehindTheApplicationIsHeldBack() {
        assertThat(decide(set(3, false)).has(Reason.ALTERED)).isTrue();
    }

    @Test
    void selfPayIsNeverClaimed() {
        Decision d = decide(set(5, Payer.SELF_PAY));
        assertThat(d.problems()).extracting(ClaimEligibility.Problem::reason).containsExactly(Reason.SELF_PAY);
    }

    @Test
    void workersCompensationIsNotSentYet() {
        assertThat(decide(set(5, Payer.WORKERS_COMP)).has(Reason.PAYER_NOT_SUPPORTED)).isTrue();
    }

    @Test
    void aMissingMemberIdHoldsTheVisitBack() {
        assertThat(decide(set(6, " ")).has(Reason.NO_MEMBER_ID)).isTrue();
    }

    @Test
    void aPayerWithoutNameAndIdInTheSettingsHoldsTheVisitBack() {
        Decision d = decide(set(5, Payer.MEDICAID));
        assertThat(d.problems()).extracting(ClaimEligibility.Problem::reason).containsExactly(Reason.PAYER_NOT_SET_UP);
        assertThat(d.problems().get(0).message()).contains("Medicaid");
    }

    @Test
    void anIncompletePatientAddressHoldsTheVisitBack() {
        assertThat(decide(set(7, false)).has(Reason.PATIENT_ADDRESS)).isTrue();
    }

    @Test
    void withoutAPlanThereIsNoClaim() {
        assertThat(decide(set(9, null)).has(Reason.NO_PLAN)).isTrue();
    }

    @Test
    void medicareNeedsTheCertifiedPlanOnTheVisitDate() {
        CertificationTimeline unsigned = timeline(DAY.minusDays(40), 8, null);
        Decision notCertified = decide(set(9, unsigned));
        assertThat(notCertified.has(Reason.PLAN_NOT_CERTIFIED)).isTrue();
        assertThat(notCertified.problems().get(0).message()).contains("not certified");

        // Certified for 8 weeks from 14 days before DAY: a visit 50 days later is past it.
        Decision after = decide(set(1, DAY.plusDays(50)));
        assertThat(after.has(Reason.PLAN_NOT_CERTIFIED)).isTrue();
        assertThat(after.problems().get(0).message()).contains("after the certified period");

        assertThat(decide(set(1, DAY.minusDays(20))).has(Reason.PLAN_NOT_CERTIFIED)).isTrue();
    }

    @Test
    void otherPayersDoNotNeedTheMedicareCertification() {
        CertificationTimeline unsigned = timeline(DAY.minusDays(40), 8, null);
        Visit commercial = with(clean(), f -> {
            f[5] = Payer.COMMERCIAL;
            f[9] = unsigned;
            f[8] = null;
            return f;
        });
        Decision d = decide(commercial);
        assertThat(d.claimable()).isTrue();
        assertThat(d.claimFilingIndicator()).isEqualTo("CI");
    }

    @Test
    void aNoteWithoutDiagnosesIsHeldBack() {
        assertThat(decide(set(10, List.of())).has(Reason.NO_DIAGNOSES)).isTrue();
    }

    @Test
    void onlyBillableLinesWithUnitsGoOnTheClaim() {
        Decision none = decide(set(11, List.of(new Line("97010", 1, List.of("GP"), VisitLines.Status.BUNDLED),
                new Line("97110", 0, List.of(), VisitLines.Status.NOT_BILLED))));
        assertThat(none.problems()).extracting(ClaimEligibility.Problem::reason)
                .containsExactly(Reason.NO_BILLABLE_LINES);

        Decision some = decide(set(11, List.of(new Line("97010", 1, List.of("GP"), VisitLines.Status.BUNDLED),
                new Line("97110", 1, List.of("GP"), VisitLines.Status.BILLABLE))));
        assertThat(some.lines()).extracting(ClaimEligibility.ClaimLine::code).containsExactly("97110");
    }

    @Test
    void aLineWithoutAFeeHoldsTheVisitBackNamingTheCode() {
        Decision d = decide(set(11, List.of(new Line("97140", 1, List.of("GP"), VisitLines.Status.BILLABLE),
                new Line("97110", 1, List.of("GP"), VisitLines.Status.BILLABLE))));
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.NO_FEE);
            assertThat(p.message()).contains("97140").doesNotContain("97110");
        });
    }

    @Test
    void aPhysicalTherapistsVisitIsRenderedByTheAuthorAndNeedsTheirNpi() {
        assertThat(decide(set(13, new Person("Dana Whitfield, PT", null))).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(Reason.NO_RENDERING_NPI);
                    assertThat(p.message()).contains("Dana Whitfield");
                });
        assertThat(decide(set(13, new Person("Dana Whitfield, PT", "1234567890"))).has(Reason.NO_RENDERING_NPI))
                .as("wrong check digit").isTrue();
    }

    @Test
    void anAssistantsVisitIsRenderedByTheCoSignerOrElseTheSupervisingTherapist() {
        Visit cosigned = with(clean(), f -> {
            f[12] = Clinician.PTA;
            f[13] = PTA;
            f[14] = COSIGNER;
            return f;
        });
        assertThat(decide(cosigned).rendering()).isEqualTo(COSIGNER);

        Visit notCosigned = with(cosigned, f -> {
            f[14] = null;
            return f;
        });
        assertThat(decide(notCosigned).rendering()).isEqualTo(PT);

        Visit nobody = with(notCosigned, f -> {
            f[15] = null;
            return f;
        });
        assertThat(decide(nobody).has(Reason.NO_RENDERING_NPI)).isTrue();
    }

    @Test
    void medicareNeedsTheReferringProvider() {
        assertThat(decide(set(8, null)).has(Reason.NO_REFERRING_PROVIDER)).isTrue();
        assertThat(decide(set(8, new Person("Dr. Alan Brooks", null))).has(Reason.NO_REFERRING_PROVIDER)).isTrue();
    }

    @Test
    void everyReasonIsListedTogether() {
        Visit bad = with(clean(), f -> {
            f[6] = null;
            f[7] = false;
            f[10] = List.of();
            f[13] = new Person("Dana Whitfield", null);
            return f;
        });
        assertThat(decide(bad).problems()).extracting(ClaimEligibility.Problem::reason).containsExactly(
                Reason.NO_MEMBER_ID, Reason.PATIENT_ADDRESS, Reason.NO_DIAGNOSES, Reason.NO_RENDERING_NPI);
    }

    @Test
    void aVisitWhoseDataTheClaimFileRefusesIsHeldBackWithTheReason() {
        Decision refused = ClaimEligibility.refused(decide(clean()), "member ID must not contain * : ~ or ^");
        assertThat(refused.claimable()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.CLAIM_DATA);
            assertThat(p.message()).contains("member ID must not contain");
        });
    }

    @Test
    void aCompleteSetupHasNoBatchProblems() {
        assertThat(ClaimEligibility.checkSetup(SETUP)).isEmpty();
    }

    @Test
    void theClinicsIdentifiersAndTheClearinghouseSettingsBlockTheWholeBatch() {
        Clinic bare = new Clinic("Harbor Street PT", null, null, null, null, null, "04101");
        List<String> problems = ClaimEligibility.checkSetup(new Setup(bare, ClearinghouseSettings.empty(), FEES));
        assertThat(problems).hasSize(6);
        assertThat(String.join("\n", problems)).contains("group NPI").contains("tax ID (EIN)")
                .contains("street address").contains("ZIP code needs its +4").contains("taxonomy")
                .contains("sender ID, receiver ID, receiver name, submitter name, submitter contact, contact phone");

        Clinic badNpi = new Clinic("Harbor Street PT", "1245319590", "123456789", "12 Harbor Street", "Portland", "ME",
                "041012345");
        assertThat(ClaimEligibility.checkSetup(new Setup(badNpi, SETTINGS, FEES))).singleElement().asString()
                .contains("NPI");
    }

    @Test
    void claimFilingIndicatorsAndSexCodes() {
        assertThat(ClaimEligibility.filingIndicator(Payer.MEDICAID)).isEqualTo("MC");
        assertThat(ClaimEligibility.filingIndicator(Payer.WORKERS_COMP)).isEqualTo("WC");
        assertThat(ClaimEligibility.sexCode(org.rhomboid.patient.domain.Sex.OTHER)).isEqualTo("U");
        assertThat(ClaimEligibility.sexCode(org.rhomboid.patient.domain.Sex.FEMALE)).isEqualTo("F");
    }
}
