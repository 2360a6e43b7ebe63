package org.rhomboid.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk patients for search-performance checks, made inside PostgreSQL so a million rows take seconds.
 * Family names follow a skewed, realistic spread: a third share 40 common surnames, the rest are rarer.
 */
public final class SyntheticPatients {

    private SyntheticPatients() {
    }

    /** Inserts {@code count} patients into the given clinic, as the owner (bypassing the app role), and ANALYZEs. */
    public static void insert(DataSource owner, UUID clinicId, int count) {
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("insert into clinic (id, name) values (:id, 'Synthetic load clinic') on conflict do nothing")
                .param("id", clinicId).update();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, family_name, given_name, birth_date, sex, primary_payer)
                select gen_random_uuid(), :clinic, 'S' || i,
                       (array['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez',
                              'Martinez','Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor',
                              'Moore','Jackson','Martin','Lee','Perez','Thompson','White','Harris','Sanchez',
                              'Clark','Ramirez','Lewis','Robinson','Walker','Young','Allen','King','Wright',
                              'Scott','Torres','Nguyen','Hill','Flores'])[1 + ((i::bigint * 7919) % 40)::int]
                         || case when i % 3 = 0 then '' else initcap(substr(md5(i::text), 1, 5)) end,
                       (array['Mary','Patricia','Jennifer','Linda','Elizabeth','Barbara','Susan','Jessica','Sarah',
                              'Karen','James','Robert','John','Michael','David','William','Richard','Joseph',
                              'Thomas','Charles','Ana','Wei','Fatima','Olga','Kenji','Aisha','Diego','Priya',
                              'Noah','Emma'])[1 + ((i::bigint * 104729) % 30)::int],
                       date '1925-01-01' + ((i::bigint * 37) % 36500)::int,
                       case when i % 2 = 0 then 'FEMALE' else 'MALE' end,
                       'SELF_PAY'
                  from generate_series(1, :count) as i""")
                .param("clinic", clinicId)
                .param("count", count)
                .update();
        jdbc.sql("analyze patient").update();
    }
}
