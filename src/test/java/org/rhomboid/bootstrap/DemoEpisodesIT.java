package org.rhomboid.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.outcome.domain.Change;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo clinic of the shared context comes with two documented episodes (DemoEpisodes): John Smith's,
 * discharged with everything from intake to claims, and Jordan Pike's, in care. Read with read-only SQL as the
 * database owner, and the letters as the demo physical therapist opens them.
 */
@RhomboidIntegrationTest
class DemoEpisodesIT {

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @LocalServerPort
    int port;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private UUID episodeOf(String given, String family) {
        return db().sql("""
                select e.id from episode e join patient p on p.id = e.patient_id
                 where p.given_name = :given and p.family_name = :family
                   and e.clinic_id = (select clinic_id from app_user where email = :email)""")
                .param("given", given).param("family", family).param("email", DemoClinic.PT_EMAIL)
                .query(UUID.class).single();
    }

    private long count(String sql, UUID episode) {
        return db().sql(sql).param("episode", episode).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now();
    }

    @Test
    void theDischargedEpisodeIsDocumentedFromIntakeToClaims() {
        UUID episode = episodeOf(DischargedEpisode.GIVEN, DischargedEpisode.FAMILY);
        var row = db().sql("select status, started_on, discharged_on from episode where id = :episode")
                .param("episode", episode).query().singleRow();
        assertThat(row.get("status")).isEqualTo("DISCHARGED");
        LocalDate started = ((java.sql.Date) row.get("started_on")).toLocalDate();
        LocalDate discharged = ((java.sql.Date) row.get("discharged_on")).toLocalDate();
        assertThat(started).isBetween(today().minusWeeks(9), today().minusWeeks(3));
        assertThat(discharged).isAfter(started.plusWeeks(3)).isBefore(today().plusDays(1));

        assertThat(count("select count(*) from intake where episode_id = :episode and status = 'SUBMITTED'"
                + " and answers -> 'painMap' is not null", episode)).as("intake with its body chart").isEqualTo(1);
        assertThat(db().sql("select disposition from screening where episode_id = :episode order by screened_at desc"
                + " limit 1").param("episode", episode).query(String.class).single())
                .as("a mechanical presentation without red flags").isEqualTo("TREAT");
        assertThat(count("select count(*) from examination x join posture_photo p on p.id = x.photo_id"
                + " where x.episode_id = :episode and x.craniovertebral_angle is not null", episode))
                .as("an examination with its posture photo").isEqualTo(1);
        assertThat(count("select count(*) from evaluation where episode_id = :episode and status = 'SIGNED'",
                episode)).isEqualTo(1);
        assertThat(count("select count(*) from goal where episode_id = :episode", episode)).isEqualTo(3);
        var plan = db().sql("select start_date, duration_weeks, signature_received from plan_of_care"
                + " where episode_id = :episode").param("episode", episode).query().singleRow();
        assertThat(plan.get("start_date")).isNotNull();
        assertThat(plan.get("signature_received")).as("certified: the signed plan came back").isNotNull();

        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DAILY_NOTE'"
                + " and status = 'SIGNED'", episode)).isEqualTo(12);
        // Written at seeding: a note signed more than the clinic's 3 days after its visit says it is late (a day's
        // margin either side for the clinic's time zone against the database's).
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DAILY_NOTE'"
                + " and visit_date < signed_at::date - 4 and content not like '%Late entry: written on%'", episode))
                .as("late entries say so").isZero();
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DAILY_NOTE'"
                + " and visit_date > signed_at::date - 3 and content like '%Late entry: written on%'", episode))
                .as("timely notes are not called late").isZero();
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DAILY_NOTE'"
                + " and content like '%Late entry: written on%'", episode)).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(distinct s.code) from note n join note_service s on s.note_id = n.id"
                + " where n.episode_id = :episode and n.kind = 'DAILY_NOTE' and s.minutes > 0"
                + " and s.code in ('97110', '97112', '97140')", episode)).as("timed services").isEqualTo(3);
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'PROGRESS_REPORT'"
                + " and status = 'SIGNED'", episode)).isEqualTo(1);
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DISCHARGE_SUMMARY'"
                + " and status = 'SIGNED'", episode)).isEqualTo(1);

        for (OutcomeInstrument instrument : List.of(OutcomeInstrument.NPRS, OutcomeInstrument.PSFS,
                OutcomeInstrument.FRI)) {
            List<BigDecimal> values = db().sql("select value from outcome_result where episode_id = :episode"
                            + " and instrument = :instrument order by measured_on, recorded_at")
                    .param("episode", episode).param("instrument", instrument.name()).query(BigDecimal.class).list();
            assertThat(values).as(instrument + " measured more than once").hasSizeGreaterThan(1);
            Change change = Change.of(instrument, values.get(0), values.get(values.size() - 1));
            assertThat(change.verdict()).as(instrument.name()).isEqualTo(Change.Verdict.IMPROVED);
            assertThat(change.reachesMcid()).as(instrument + " past its MCID").isTrue();
        }

        assertThat(count("select count(*) from hep_program where episode_id = :episode", episode)).isEqualTo(2);
        assertThat(count("select count(*) from hep_session where episode_id = :episode", episode))
                .isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from pain_diary where episode_id = :episode", episode))
                .isGreaterThanOrEqualTo(5);

        assertThat(count("select count(*) from claim_batch_note b join note n on n.id = b.note_id"
                + " where n.episode_id = :episode and n.kind = 'DAILY_NOTE'", episode))
                .as("every visit billed in a batch").isEqualTo(12);

        WebSession pt = WebSession.signIn(port, DemoClinic.PT_EMAIL, DemoClinic.PASSWORD);
        for (String letter : List.of("plan-of-care", "progress", "discharge")) {
            WebSession.Page page = pt.get("/episodes/" + episode + "/letters/" + letter);
            assertThat(page.status()).as("the " + letter + " letter").isEqualTo(200);
            assertThat(page.body()).contains("Dr. Grace Liu");
        }
    }

    @Test
    void theEpisodeInCareHasItsEvaluationVisitsOutcomesAndHomeProgramme() {
        UUID episode = episodeOf(InCareEpisode.GIVEN, InCareEpisode.FAMILY);
        var row = db().sql("select status, started_on from episode where id = :episode")
                .param("episode", episode).query().singleRow();
        assertThat(row.get("status")).isEqualTo("OPEN");
        LocalDate started = ((java.sql.Date) row.get("started_on")).toLocalDate();
        assertThat(ChronoUnit.DAYS.between(started, today())).isBetween(10L, 21L);

        assertThat(count("select count(*) from intake where episode_id = :episode and status = 'SUBMITTED'",
                episode)).isEqualTo(1);
        assertThat(count("select count(*) from screening where episode_id = :episode", episode)).isPositive();
        assertThat(count("select count(*) from examination where episode_id = :episode", episode)).isEqualTo(1);
        assertThat(count("select count(*) from evaluation where episode_id = :episode and status = 'SIGNED'",
                episode)).isEqualTo(1);
        assertThat(count("select count(*) from goal where episode_id = :episode", episode)).isEqualTo(2);
        assertThat(count("select count(*) from plan_of_care where episode_id = :episode", episode)).isEqualTo(1);
        assertThat(count("select count(*) from note where episode_id = :episode and kind = 'DAILY_NOTE'"
                + " and status = 'SIGNED'", episode)).isBetween(3L, 4L);
        assertThat(count("select count(*) from outcome_result where episode_id = :episode and source = 'THERAPIST'",
                episode)).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from hep_program where episode_id = :episode", episode)).isEqualTo(1);
        assertThat(count("select count(*) from portal_access where episode_id = :episode and revoked_at is null",
                episode)).as("a live portal link").isEqualTo(1);
        assertThat(count("select count(*) from hep_session where episode_id = :episode", episode)).isPositive();
        assertThat(count("select count(*) from claim_batch_note b join note n on n.id = b.note_id"
                + " where n.episode_id = :episode", episode)).as("left for the biller to batch").isZero();
    }
}
