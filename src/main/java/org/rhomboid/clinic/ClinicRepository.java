package org.rhomboid.clinic;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClinicRepository {

    private final JdbcClient jdbc;

    ClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside {@link ClinicScope#callAs} for the new clinic: row-level security checks the insert too. */
    public void insert(UUID id, String name) {
        jdbc.sql("insert into clinic (id, name) values (:id, :name)")
                .param("id", id)
                .param("name", name)
                .update();
    }

    public Optional<String> name(UUID id) {
        return jdbc.sql("select name from clinic where id = :id").param("id", id).query(String.class).optional();
    }
}
