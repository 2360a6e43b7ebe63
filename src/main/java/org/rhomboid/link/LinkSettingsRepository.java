package org.rhomboid.link;

import java.util.Optional;
import java.util.UUID;
import org.rhomboid.link.domain.LinkPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LinkSettingsRepository {

    private final JdbcClient jdbc;

    LinkSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LinkPolicy> find(UUID clinicId) {
        return jdbc.sql("select intake_days, measures_days, portal_grace_days from patient_link_settings"
                        + " where clinic_id = :clinic")
                .param("clinic", clinicId)
                .query((rs, row) -> new LinkPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional();
    }

    void save(UUID clinicId, LinkPolicy policy, UUID by) {
        jdbc.sql("""
                insert into patient_link_settings (clinic_id, intake_days, measures_days, portal_grace_days, updated_by)
                values (:clinic, :intake, :measures, :grace, :by)
                on conflict (clinic_id) do update set intake_days = excluded.intake_days,
                    measures_days = excluded.measures_days, portal_grace_days = excluded.portal_grace_days,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .param("clinic", clinicId).param("intake", policy.intakeDays())
                .param("measures", policy.measuresDays()).param("grace", policy.portalGraceDays())
                .param("by", by).update();
    }
}
