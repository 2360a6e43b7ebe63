package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one 835 (005010X221A1) payment from its segments: BPR, TRN, the payer (N1*PR, REF*2U), each claim (CLP) with
 * its adjustments (CAS) and service lines (SVC, their CAS and LQ remarks), and the provider-level adjustments (PLB).
 * It then checks the guide's balancing rules, so a file that does not add up is refused before anything is posted:
 * each line's charge = paid + its adjustments; each claim's charge = paid + all its adjustments; what the patient
 * owes (CLP05) = the PR adjustments; the payment (BPR02) = the claims paid − the PLB amounts.
 */
public final class RemittanceReading {

    private static final Set<String> GROUPS = Set.of("CO", "PR", "OI", "PI", "CR");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RemittanceReading() {
    }

    /** An identifier or code of the file, refused when longer than the guide allows (and Rhomboid stores). */
    static String text(Segment segment, int element, String what, int max) {
        String value = segment.element(element);
        if (value.length() > max) {
            throw RemittanceFileException.at(segment, what + " (element " + element + ") is longer than " + max
                    + " characters");
        }
        return value;
    }

    /** The one payment of a file with a single 835 transaction (ST/SE); a file with several is refused. */
    public static Remittance read(List<Segment> segments) {
        List<Remittance> payments = readAll(segments);
        if (payments.size() > 1) {
            Segment second = segments.stream().filter(seg -> seg.tag().equals("ST")).skip(1).findFirst()
                    .orElseThrow();
            throw RemittanceFileException.at(second, "the file holds more than one payment");
        }
        return payments.get(0);
    }

    /**
     * Every payment of the file: an 835 interchange may hold several transactions (ST/SE), each a payment with its
     * own BPR and trace number (TRN), read and balanced on its own. One transaction in error refuses the file.
     */
    public static List<Remittance> readAll(List<Segment> segments) {
        List<Remittance> payments = new ArrayList<>();
        List<Segment> transaction = null;
        for (Segment segment : segments) {
            switch (segment.tag()) {
                case "ST" -> {
                    if (!segment.element(1).equals("835")) {
                        throw RemittanceFileException.at(segment, "this is a " + segment.element(1)
                                + " transaction, not an 835 remittance advice");
                    }
                    transaction = new ArrayList<>();
                    transaction.add(segment);
                }
                case "SE" -> {
                    if (transaction != null) {
                        transaction.add(segment);
                        payments.add(transaction(transaction));
                        transaction = null;
                    }
                }
                default -> {
                    if (transaction != null) {
                        transaction.add(segment);
                    }
                }
            }
        }
        if (payments.isEmpty()) {
            throw new RemittanceFileException("ST", 0, "no 835 transaction in the file");
        }
        return payments;
    }

    private static Remittance transaction(List<Segment> segments) {
        State s = new State();
        for (Segment segment : segments) {
            switch (segment.tag()) {
                case "ST" -> {
                }
                case "BPR" -> s.bpr = segment;
                case "TRN" -> s.trn = segment;
                case "N1" -> {
                    s.inPayer = segment.element(1).equals("PR");
                    if (s.inPayer) {
                        s.payerName = text(segment, 2, "the payer's name", 60);
                        s.payerId = text(segment, 4, "the payer's ID", 80);
                    }
                }
                case "REF" -> {
                    if (s.inPayer && s.claim == null && segment.element(1).equals("2U")) {
                        s.payerId = text(segment, 2, "the payer's ID", 80);
                    }
                }
                case "CLP" -> s.startClaim(segment);
                case "CAS" -> s.adjustments(segment);
                case "SVC" -> s.startService(segment);
                case "LQ" -> s.remark(segment);
                case "MOA" -> s.claimRemarks(segment, 3, 7);
                case "MIA" -> {
                    s.claimRemarks(segment, 5, 5);
                    s.claimRemarks(segment, 20, 23);
                }
                case "PLB" -> s.plb(segment);
                case "SE" -> s.endClaim();
                default -> {
                    // DTM, NM1, MOA, AMT, QTY, … carry nothing Rhomboid posts.
                }
            }
        }
        s.endClaim();
        Remittance remittance = s.remittance(segments.get(segments.size() - 1));
        Balance.check(remittance, s.claimSegments, s.bpr);
        return remittance;
    }

    private static final class State {
        Segment bpr;
        Segment trn;
        boolean inPayer;
        String payerName = "";
        String payerId = "";
        Segment claim;
        List<Adjustment> claimAdjustments = new ArrayList<>();
        List<ServicePayment> services = new ArrayList<>();
        Segment service;
        List<Adjustment> serviceAdjustments = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        List<String> claimRemarks = new ArrayList<>();
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<Segment> claimSegments = new ArrayList<>();
        final List<ProviderAdjustment> plb = new ArrayList<>();

        void startClaim(Segment clp) {
            endClaim();
            if (!clp.has(1)) {
                throw RemittanceFileException.at(clp, "the claim ID (CLP01) is missing");
            }
            if (!clp.element(2).matches("[0-9]{1,2}")) {
                throw RemittanceFileException.at(clp, "the claim status (CLP02) is missing or not a status code");
            }
            text(clp, 1, "the claim ID", 38);
            text(clp, 7, "the payer's claim control number", 50);
            claim = clp;
            inPayer = false;
        }

        void startService(Segment svc) {
            if (claim == null) {
                throw RemittanceFileException.at(svc, "a service line before any claim (CLP)");
            }
            endService();
            // SVC06 is the procedure as billed when the payer adjudicated another code; match on what was billed.
            List<String> procedure = svc.has(6) ? svc.components(6) : svc.components(1);
            if (procedure.size() < 2 || procedure.get(1).isEmpty()) {
                throw RemittanceFileException.at(svc, "the procedure (SVC01, e.g. HC:97110) is missing");
            }
            text(svc, svc.has(6) ? 6 : 1, "the procedure", 48);
            if (procedure.size() > 6 || procedure.stream().skip(2).anyMatch(m -> m.length() > 2)) {
                throw RemittanceFileException.at(svc, "at most four two-character modifiers");
            }
            service = svc;
        }

        void adjustments(Segment cas) {
            if (claim == null) {
                throw RemittanceFileException.at(cas, "an adjustment before any claim (CLP)");
            }
            String group = cas.element(1);
            if (!GROUPS.contains(group)) {
                throw RemittanceFileException.at(cas, "the group (CAS01) must be CO, PR, OI or PI, not '"
                        + group + "'");
            }
            List<Adjustment> into = service != null ? serviceAdjustments : claimAdjustments;
            int found = 0;
            // Up to six reason/amount/quantity triples: CAS02-04, 05-07, … 17-19.
            for (int reasonAt = 2; reasonAt <= 17; reasonAt += 3) {
                if (!cas.has(reasonAt)) {
                    continue;
                }
                into.add(new Adjustment(group, text(cas, reasonAt, "the reason code", 5),
                        Money.parse(cas, reasonAt + 1, "the adjustment amount")));
                found++;
            }
            if (found == 0) {
                throw RemittanceFileException.at(cas, "no reason code (CAS02)");
            }
        }

        void remark(Segment lq) {
            if (lq.element(1).equals("HE") && service != null) {
                remarks.add(text(lq, 2, "the remark code", 5));
            }
        }

        /** MOA03–07 (outpatient) or MIA05, MIA20–23 (inpatient): the claim's own remark codes. */
        void claimRemarks(Segment segment, int from, int to) {
            if (claim == null) {
                return;
            }
            for (int at = from; at <= to; at++) {
                if (segment.has(at)) {
                    claimRemarks.add(text(segment, at, "the remark code", 5));
                }
            }
        }

        void plb(Segment plbSegment) {
            endClaim();
            // PLB03/04 … PLB13/14: a reason:reference composite and its amount.
            for (int at = 3; at <= 13; at += 2) {
                if (!plbSegment.has(at)) {
                    continue;
                }
                String reason = plbSegment.component(at, 1);
                String reference = plbSegment.component(at, 2);
                if (reason.isEmpty() || reason.length() > 2 || reference.length() > 50) {
                    throw RemittanceFileException.at(plbSegment, "the adjustment reason (element " + at
                            + ") must be a two-character code with a reference of at most 50 characters");
                }
                plb.add(new ProviderAdjustment(reason, reference,
                        Money.parse(plbSegment, at + 1, "the provider adjustment amount")));
            }
        }

        void endService() {
            if (service == null) {
                return;
            }
            List<String> procedure = service.has(6) ? service.components(6) : service.components(1);
            int units = 1;
            String unitsText = service.has(7) && service.has(6) ? service.element(7) : service.element(5);
            if (!unitsText.isEmpty()) {
                try {
                    units = new BigDecimal(unitsText).intValueExact();
                } catch (ArithmeticException | NumberFormatException notWhole) {
                    throw RemittanceFileException.at(service, "the units (SVC05) are not a whole number: '"
                            + unitsText + "'");
                }
            }
            services.add(new ServicePayment(procedure.get(1), procedure.subList(2, procedure.size()).stream()
                    .filter(m -> !m.isEmpty()).toList(), units,
                    Money.parse(service, 2, "the line charge"), Money.parse(service, 3, "the line payment"),
                    serviceAdjustments, remarks, false));
            service = null;
            serviceAdjustments = new ArrayList<>();
            remarks = new ArrayList<>();
        }

        void endClaim() {
            endService();
            if (claim == null) {
                return;
            }
            claims.add(new ClaimPayment(claim.element(1), claim.element(2),
                    Money.parse(claim, 3, "the claim charge"), Money.parse(claim, 4, "the claim payment"),
                    Money.optional(claim, 5, "the patient's responsibility"), claim.element(7),
                    claimAdjustments, services, false, claimRemarks));
            claimSegments.add(claim);
            claim = null;
            claimRemarks = new ArrayList<>();
            claimAdjustments = new ArrayList<>();
            services = new ArrayList<>();
        }

        Remittance remittance(Segment last) {
            if (bpr == null) {
                throw new RemittanceFileException("BPR", last.position(), "the payment (BPR) is missing");
            }
            if (trn == null || !trn.has(2)) {
                throw trn == null ? new RemittanceFileException("TRN", last.position(), "the trace number (TRN) is missing")
                        : RemittanceFileException.at(trn, "the trace number (TRN02) is missing");
            }
            if (payerName.isEmpty()) {
                throw new RemittanceFileException("N1", last.position(), "the payer (N1*PR) is missing");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(bpr.element(16), DATE);
            } catch (DateTimeParseException notADate) {
                throw RemittanceFileException.at(bpr, "the payment date (BPR16) is not a date: '" + bpr.element(16)
                        + "'");
            }
            if (!bpr.element(4).matches("[A-Z]{3}")) {
                throw RemittanceFileException.at(bpr, "the payment method (BPR04) is missing or not a method code");
            }
            text(trn, 2, "the trace number", 50);
            return new Remittance(new Remittance.PayerName(payerName, payerId),
                    new Remittance.Payment(bpr.element(4), Money.parse(bpr, 2, "the payment amount"), date,
                            trn.element(2)), claims, plb);
        }
    }
}
