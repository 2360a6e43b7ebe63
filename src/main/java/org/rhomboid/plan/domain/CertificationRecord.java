package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What was recorded about the certification of one plan period: who certified it and how, and when. Records are
 * never changed; a later record for the same period (the signature that followed a verbal order, a corrected date)
 * supersedes the earlier one, which stays in the history.
 *
 * @param periodStart the first day the period covers (for the initial period, the plan's start)
 * @param periodEnd   the last day it covers, at most 90 days after its start
 * @param signedOn    the date the practitioner dated the signature
 * @param receivedOn  the date the clinic received the signed plan
 * @param documentId  the scanned signed plan among the patient's outside documents, or null
 * @param note        the reason for a delayed certification, or any remark
 */
public record CertificationRecord(UUID id, LocalDate periodStart, LocalDate periodEnd, CertificationReason reason,
                                  Integer frequencyPerWeek, Certification.Method method, String practitionerName,
                                  String practitionerNpi, LocalDate signedOn, LocalDate receivedOn,
                                  LocalDate verbalOrderOn, LocalDate planSentOn, UUID documentId, String note,
                                  String recordedBy, OffsetDateTime recordedAt) {

    public boolean recertification() {
        return reason.recertification();
    }
}
