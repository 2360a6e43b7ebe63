package org.rhomboid.billing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.PayerIdentity;
import org.rhomboid.patient.domain.Payer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BillingSettingsRepository {

    private final JdbcClient jdbc;

    BillingSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Fee> fees(UUID clinicId) {
        Map<String, Fee> fees = new LinkedHashMap<>();
        jdbc.sql("select code, charge, allowed from fee_schedule where clinic_id = :clinic order by code")
                .param("clinic", clinicId)
                .query((rs, n) -> new Fee(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list().forEach(fee -> fees.put(fee.code(), fee));
        return fees;
    }

    void replaceFees(UUID clinicId, Map<String, Fee> fees) {
        jdbc.sql("delete from fee_schedule where clinic_id = :clinic").param("clinic", clinicId).update();
        for (Fee fee : fees.values()) {
            jdbc.sql("insert into fee_schedule (clinic_id, code, charge, allowed) values (:clinic, :code, :charge, :allowed)")
                    .param("clinic", clinicId).param("code", fee.code()).param("charge", fee.charge())
                    .param("allowed", fee.allowed()).update();
        }
    }

    /** The settings; with {@code lock}, the row stays locked until the transaction ends (one batch at a time). */
    Optional<ClearinghouseSettings> settings(UUID clinicId, boolean lock) {
        Map<Payer, PayerIdentity> payers = new EnumMap<>(Payer.class);
        jdbc.sql("select payer, payer_name, payer_id from payer_setting where clinic_id = :clinic")
                .param("clinic", clinicId)
                .query((rs, n) -> Map.entry(Payer.valueOf(rs.getString(1)), new PayerIdentity(rs.getString(2), rs.getString(3))))
                .list().forEach(e -> payers.put(e.getKey(), e.getValue()));
        return jdbc.sql("select taxonomy, place_of_service, sender_id, receiver_id, receiver_name, submitter_name,"
                        + " contact_name, contact_phone, usage, next_control_number from billing_settings"
                        + " where clinic_id = :clinic" + (lock ? " for update" : ""))
                .param("clinic", clinicId)
                .query((rs, n) -> new ClearinghouseSettings(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9).charAt(0), rs.getInt(10), payers))
                .optional();
    }

    void save(UUID clinicId, ClearinghouseSettings s) {
        jdbc.sql("""
                insert into billing_settings (clinic_id, taxonomy, place_of_service, sender_id, receiver_id, receiver_name,
                                              submitter_name, contact_name, contact_phone, usage, next_control_number)
                values (:clinic, :taxonomy, :pos, :sender, :receiver, :receiverName, :submitter, :contact, :phone, :usage,
                        :control)
                on conflict (clinic_id) do update set taxonomy = excluded.taxonomy,
                    place_of_service = excluded.place_of_service, sender_id = excluded.sender_id,
                    receiver_id = excluded.receiver_id, receiver_name = excluded.receiver_name,
                    submitter_name = excluded.submitter_name, contact_name = excluded.contact_name,
                    contact_phone = excluded.contact_phone, usage = excluded.usage,
                    next_control_number = excluded.next_control_number, updated_at = now()""")
                .param("clinic", clinicId).param("taxonomy", s.taxonomy()).param("pos", s.placeOfService())
                .param("sender", s.senderId()).param("receiver", s.receiverId()).param("receiverName", s.receiverName())
                .param("submitter", s.submitterName()).param("contact", s.contactName())
                .param("phone", s.contactPhone()).param("usage", String.valueOf(s.usage()))
                .param("control", s.nextControlNumber()).update();
        jdbc.sql("delete from payer_setting where clinic_id = :clinic").param("clinic", clinicId).update();
        s.payers().forEach((payer, identity) -> jdbc.sql("insert into payer_setting (clinic_id, payer, payer_name, payer_id)"
                        + " values (:clinic, :payer, :name, :id)")
                .param("clinic", clinicId).param("payer", payer.name()).param("name", identity.name())
                .param("id", identity.payerId()).update());
    }

    void setNextControlNumber(UUID clinicId, int next) {
        jdbc.sql("update billing_settings set next_control_number = :next where clinic_id = :clinic")
                .param("next", next).param("clinic", clinicId).update();
    }
}
