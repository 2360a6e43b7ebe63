package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic's week view with a year of appointments: 10 therapists, each booked eight 45-minute visits every
 * weekday for 52 weeks (about 20,000 appointments, a few cancelled), asked for over HTTP as the front desk's browser
 * asks — the whole page, rendered, audited — for a week in the middle of the year. Run with
 * {@code ./mvnw -B -Pbenchmark verify -DskipUTs=true -Dit.test=WeekViewBenchmark}; results go to the console and
 * target/benchmark/week-view.txt, and are recorded in docs/performance.md.
 */
@RhomboidIntegrationTest
class WeekViewBenchmark {

    private static final int THERAPISTS = 10;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 200);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 30);

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void aWeekOfTenTherapistsInAYearOfAppointments() throws IOException {
        TestClinics.Clinic clinic = clinics.create("Weekview");
        JdbcClient db = JdbcClient.create(owner);
        SyntheticPatients.insert(owner, clinic.id(), 2_000);
        String hash = db.sql("select password_hash from app_user where id = :id")
                .param("id", clinic.user(Role.PT).id()).query(String.class).single();
        db.sql("""
                insert into app_user (id, clinic_id, email, display_name, password_hash, roles)
                select gen_random_uuid(), :clinic, 'week-pt-' || n || '-' || :clinic || '@bench.rhomboid.test',
                       'Therapist ' || n, :hash, '{PT}'
                  from generate_series(2, :n) n""")
                .param("clinic", clinic.id()).param("hash", hash).param("n", THERAPISTS).update();
        LocalDate firstMonday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(26);
        long seedStart = System.nanoTime();
        int booked = db.sql("""
                with pts as (select id, row_number() over (order by id) as t from app_user
                              where clinic_id = :clinic and 'PT' = any (roles)),
                     pats as (select id, row_number() over (order by id) - 1 as p from patient where clinic_id = :clinic),
                     slots as (select d::date as day, s from generate_series(cast(:first as date),
                                      cast(:first as date) + 363, interval '1 day') d, generate_series(0, 7) s
                                where extract(isodow from d) < 6)
                insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, status,
                                         cancelled_by, status_reason, booked_by)
                select gen_random_uuid(), :clinic, pats.id, pts.id, 'TREATMENT',
                       (slots.day + time '08:00' + slots.s * interval '1 hour') at time zone 'UTC',
                       (slots.day + time '08:45' + slots.s * interval '1 hour') at time zone 'UTC',
                       case when (pts.t + slots.s) % 23 = 0 then 'CANCELLED' else 'BOOKED' end,
                       case when (pts.t + slots.s) % 23 = 0 then 'PATIENT' end,
                       case when (pts.t + slots.s) % 23 = 0 then 'Unwell' end, pts.id
                  from slots cross join pts
                  join pats on pats.p = (extract(doy from slots.day)::int * 80 + pts.t * 8 + slots.s) % 2000""")
                .param("clinic", clinic.id()).param("first", firstMonday).update();
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        db.sql("analyze appointment").update();
        assertThat(booked).isGreaterThan(20_000);

        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String week = "/schedule?view=week&date=" + firstMonday.plusWeeks(26);
        String page = desk.get(week).body();
        assertThat(page).contains("Therapist " + THERAPISTS);
        for (int i = 0; i < WARM_UP; i++) { // warm-up: the JIT, the template cache, PostgreSQL's buffers
            desk.get(week);
        }
        // CPU time as well as wall time: on a machine others share, the wall time also measures their builds, the
        // CPU time spent per page much less so (this JVM's, the client's small part included).
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long[] gcBefore = collections();
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            assertThat(desk.get(week).status()).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6 / ROUNDS;
        long[] gcAfter = collections();
        Arrays.sort(millis);
        // The week's query as the schedule asks it: its plan and its time in PostgreSQL alone.
        LocalDate monday = firstMonday.plusWeeks(26);
        List<String> plan = db.sql("explain (analyze, buffers) " + ScheduleRepository.BETWEEN)
                .param("clinic", clinic.id())
                .param("from", monday.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .param("to", monday.plusDays(7).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .param("therapist", null).query(String.class).list();
        List<String> report = new ArrayList<>();
        report.add("Week view benchmark: %d therapists, %,d appointments over 52 weeks (seeded in %,d ms), %d rounds"
                .formatted(THERAPISTS, booked, seedMillis, ROUNDS));
        report.add(String.format(Locale.ROOT, "week view of the whole clinic: p50 %.1f ms, p95 %.1f ms, max %.1f ms,"
                + " page %,d bytes", millis[ROUNDS / 2], millis[(int) (ROUNDS * 0.95)], millis[ROUNDS - 1],
                page.length()));
        report.add(String.format(Locale.ROOT, "CPU per page (this JVM: server and client): %.1f ms", cpuMillis));
        report.add("garbage collections while measured: %d, %d ms in all (warm-up: %d rounds)"
                .formatted(gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], WARM_UP));
        plan.stream().filter(line -> line.contains("Scan") || line.contains("Join") || line.contains("Loop")
                || line.contains("Execution Time") || line.contains("Planning Time"))
                .map(line -> "query plan: " + line.strip()).forEach(report::add);
        Path out = Path.of("target", "benchmark", "week-view.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** How many collections the JVM has made, and the milliseconds they took, over all its collectors. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}
