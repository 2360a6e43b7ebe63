package org.rhomboid.coverage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.patient.domain.Sex;

class CoverageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID MEDICARE = UUID.randomUUID();
    private static final UUID AETNA = UUID.randomUUID();
    private static final Map<UUID, String> PAYERS = Map.of(MEDICARE, "Medicare Part B", AETNA, "Aetna");

    private static Coverage coverage(Rank rank, UUID payer, String first, String last) {
        return new Coverage(UUID.randomUUID(), PATIENT, payer, PAYERS.get(payer), rank, "M1", null,
                Relationship.SELF, null, LocalDate.parse(first), last == null ? null : LocalDate.parse(last));
    }

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void aVisitIsBilledToTheCoveragesInForceOnItsDatePrimaryFirst() {
        Coverage oldPrimary = coverage(Rank.PRIMARY, AETNA, "2025-01-01", "2026-06-30");
        Coverage medicare = coverage(Rank.PRIMARY, MEDICARE, "2026-07-01", null);
        Coverage secondary = coverage(Rank.SECONDARY, AETNA, "2026-07-01", null);
        List<Coverage> all = List.of(secondary, medicare, oldPrimary);

        CoveragesInForce.OnDay june = CoveragesInForce.on(all, LocalDate.of(2026, 6, 30));
        assertThat(june.inOrder()).containsExactly(oldPrimary);
        assertThat(june.problem()).isEmpty();

        CoveragesInForce.OnDay july = CoveragesInForce.on(all, LocalDate.of(2026, 7, 1));
        assertThat(july.inOrder()).containsExactly(medicare, secondary);
        assertThat(july.primary()).contains(medicare);
        assertThat(july.secondary()).contains(secondary);
    }

    @Test
    void aSecondaryIsNeverPromotedWhenThePrimaryHasEnded() {
        List<Coverage> all = List.of(coverage(Rank.PRIMARY, MEDICARE, "2026-01-01", "2026-03-31"),
                coverage(Rank.SECONDARY, AETNA, "2026-01-01", null));
        CoveragesInForce.OnDay april = CoveragesInForce.on(all, LocalDate.of(2026, 4, 1));
        assertThat(april.primary()).isEmpty();
        assertThat(april.problem()).hasValueSatisfying(p -> assertThat(p).contains("No primary coverage"));
        assertThat(CoveragesInForce.on(List.of(), TODAY).problem()).contains("No coverage in force on this date");
    }

    @Test
    void twoCoveragesOfOneRankMayNotShareADayButMayFollowEachOther() {
        Coverage ended = coverage(Rank.PRIMARY, AETNA, "2025-01-01", "2026-06-30");
        assertThat(CoveragesInForce.clash(List.of(ended), coverage(Rank.PRIMARY, MEDICARE, "2026-07-01", null)))
                .isEmpty();
        assertThat(CoveragesInForce.clash(List.of(ended), coverage(Rank.PRIMARY, MEDICARE, "2026-06-30", null)))
                .contains(ended);
        assertThat(CoveragesInForce.clash(List.of(ended), coverage(Rank.SECONDARY, MEDICARE, "2026-01-01", null)))
                .isEmpty();
    }

    @Test
    void thePatientsOwnPolicyNeedsPayerMemberRankAndFirstDay() {
        CoverageForm.Checked checked = CoverageForm.check(form("payerId", MEDICARE.toString(), "rank", "PRIMARY",
                "memberId", "1eg4-te5-mk72", "relationship", "SELF", "firstDay", "2026-01-01",
                "subscriberFamily", "ignored"), null, PATIENT, PAYERS, List.of(), TODAY);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.coverage().memberId()).isEqualTo("1EG4-TE5-MK72");
        assertThat(checked.coverage().subscriber()).isNull();
        assertThat(checked.coverage().payerName()).isEqualTo("Medicare Part B");

        CoverageForm.Checked empty = CoverageForm.check(form(), null, PATIENT, PAYERS, List.of(), TODAY);
        assertThat(empty.errors()).containsKeys("payerId", "rank", "memberId", "relationship", "firstDay");
        assertThat(CoverageForm.check(form("payerId", UUID.randomUUID().toString()), null, PATIENT, PAYERS,
                List.of(), TODAY).errors()).containsEntry("payerId", "Choose the payer from the directory");
        assertThat(CoverageForm.check(form(), null, PATIENT, Map.of(), List.of(), TODAY).errors().get("payerId"))
                .contains("directory is empty");
    }

    @Test
    void aSpousesPolicyCarriesTheHoldersNameBirthDateSexAndAddress() {
        Map<String, List<String>> spouse = form("payerId", AETNA.toString(), "rank", "SECONDARY", "memberId",
                "W123456789", "groupNumber", "gr-100", "relationship", "SPOUSE", "firstDay", "2026-01-01");
        assertThat(CoverageForm.check(spouse, null, PATIENT, PAYERS, List.of(), TODAY).errors())
                .containsKeys(CoverageForm.SUBSCRIBER_FAMILY, CoverageForm.SUBSCRIBER_GIVEN,
                        CoverageForm.SUBSCRIBER_BIRTH, CoverageForm.SUBSCRIBER_SEX, CoverageForm.SUBSCRIBER_ADDRESS,
                        CoverageForm.SUBSCRIBER_CITY, CoverageForm.SUBSCRIBER_STATE, CoverageForm.SUBSCRIBER_ZIP);
        spouse.putAll(form(CoverageForm.SUBSCRIBER_FAMILY, "Ellison", CoverageForm.SUBSCRIBER_GIVEN, "Robert",
                CoverageForm.SUBSCRIBER_BIRTH, "1950-02-03", CoverageForm.SUBSCRIBER_SEX, "MALE",
                CoverageForm.SUBSCRIBER_ADDRESS, "12 Elm St", CoverageForm.SUBSCRIBER_CITY, "Portland",
                CoverageForm.SUBSCRIBER_STATE, "me", CoverageForm.SUBSCRIBER_ZIP, "04101-1234"));
        CoverageForm.Checked checked = CoverageForm.check(spouse, null, PATIENT, PAYERS, List.of(), TODAY);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.coverage().subscriber()).isEqualTo(new Subscriber("Ellison", "Robert",
                LocalDate.of(1950, 2, 3), Sex.MALE, "12 Elm St", "Portland", "ME", "041011234"));
        assertThat(checked.coverage().groupNumber()).isEqualTo("GR-100");
        assertThat(CoverageForm.typed(checked.coverage())).containsEntry(CoverageForm.SUBSCRIBER_STATE, "ME")
                .containsEntry("relationship", "SPOUSE");
    }

    @Test
    void aSecondPrimaryForTheSameDaysIsRefusedBesideTheRank() {
        Coverage medicare = coverage(Rank.PRIMARY, MEDICARE, "2026-01-01", null);
        CoverageForm.Checked checked = CoverageForm.check(form("payerId", AETNA.toString(), "rank", "PRIMARY",
                "memberId", "A1", "relationship", "SELF", "firstDay", "2026-03-01"), null, PATIENT, PAYERS,
                List.of(medicare), TODAY);
        assertThat(checked.errors().get("rank")).contains("already has a primary coverage").contains("Medicare");
        CoverageForm.Checked backwards = CoverageForm.check(form("payerId", AETNA.toString(), "rank", "SECONDARY",
                "memberId", "A1", "relationship", "SELF", "firstDay", "2026-03-01", "lastDay", "2026-02-01"), null,
                PATIENT, PAYERS, List.of(medicare), TODAY);
        assertThat(backwards.errors()).containsOnlyKeys("lastDay");
    }

    @Test
    void theClaimCodesAreX12s() {
        assertThat(Relationship.SELF.x12Code()).isEqualTo("18");
        assertThat(Relationship.SPOUSE.x12Code()).isEqualTo("01");
        assertThat(Relationship.CHILD.x12Code()).isEqualTo("19");
        assertThat(Relationship.OTHER.x12Code()).isEqualTo("G8");
        assertThat(Rank.SECONDARY.x12Code()).isEqualTo("S");
    }
}
