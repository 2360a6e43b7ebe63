package org.rhomboid.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.denial.domain.DenialCauses;
import org.rhomboid.denial.domain.LikelyCause;
import org.rhomboid.denial.domain.WorkedAction;
import org.rhomboid.remittance.domain.Adjustment;
import org.rhomboid.remittance.domain.ReasonCodes;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denials worklist: each posted claim payment denied whole or in part and not yet worked, its denied lines with
 * the reason and remark codes in plain words and the likely cause in Rhomboid's terms ({@link DenialCauses}); the
 * appeal letter's content; and marking a denial worked. Every list, letter and mark is audited with its patients.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class DenialWorklist {

    static final String RESOURCE = "denial";

    /** A CARC (with its group and amount) or a RARC, and what it means in plain words. */
    public record Code(String code, String group, BigDecimal amount, String meaning) {

        public String label() {
            return group.isEmpty() ? code : group + "-" + code;
        }
    }

    /** A denied line ("97110-GP × 2") or the whole claim, with its codes and likely cause. */
    public record Item(String what, BigDecimal charged, BigDecimal paid, String extent, List<Code> reasons,
                       List<Code> remarks, LikelyCause cause) {}

    public record Denial(UUID id, String claimId, boolean billed, String payerName, String payerId,
                         String traceNumber, LocalDate paidOn, String payerClaimControlNumber, String status,
                         BigDecimal charged, BigDecimal paid, UUID patientId, String patientName,
                         LocalDate serviceDate, List<Item> items) {

        /** The distinct likely causes, in the order of the items. */
        public List<LikelyCause> causes() {
            return List.copyOf(new LinkedHashSet<>(items.stream().map(Item::cause).toList()));
        }

        public boolean deniedWhole() {
            return status.equals("4");
        }
    }

    /** The appeal letter's patient line (name, date of birth, MRN) for the print layout. */
    public record Patient(String fullName, LocalDate birthDate, String mrn) {}

    private final DenialRepository denials;
    private final AuditLog audit;

    DenialWorklist(DenialRepository denials, AuditLog audit) {
        this.denials = denials;
        this.audit = audit;
    }

    public List<Denial> open() {
        List<Denial> list = denials.open(ClinicScope.require()).stream().map(DenialWorklist::denial)
                .filter(d -> !d.items().isEmpty()).toList();
        audit.recordShown(AuditAction.READ, RESOURCE, list.stream().map(Denial::patientId).filter(Objects::nonNull)
                .distinct().toList(), "denials worklist");
        return list;
    }

    /** One denial (worked or not), for its appeal letter; audited as an export of the patient's claim. */
    public Denial forAppeal(UUID id) {
        Denial d = find(id);
        if (d.patientId() != null) {
            audit.record(AuditAction.EXPORT, RESOURCE, id, d.patientId(), AuditOutcome.SUCCESS, "appeal letter");
        } else {
            audit.recordEvent(AuditAction.EXPORT, RESOURCE, id, "appeal letter", AuditOutcome.SUCCESS);
        }
        return d;
    }

    public Patient patient(Denial d) {
        return d.patientId() == null ? new Patient("Patient not matched", null, "")
                : denials.patient(ClinicScope.require(), d.patientId());
    }

    /** Marks the denial worked with the action taken; false when someone had marked it already. */
    public boolean markWorked(UUID id, WorkedAction action, String note) {
        Denial d = find(id);
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        boolean marked = denials.markWorked(ClinicScope.require(), id, action, note, me.userId(), me.displayName());
        if (d.patientId() != null) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, d.patientId(), AuditOutcome.SUCCESS,
                    "worked: " + action.name());
        } else {
            audit.recordEvent(AuditAction.UPDATE, RESOURCE, id, "worked: " + action.name(), AuditOutcome.SUCCESS);
        }
        return marked;
    }

    private Denial find(UUID id) {
        Denial d = denials.find(ClinicScope.require(), id).map(DenialWorklist::denial)
                .filter(found -> !found.items().isEmpty())
                .orElseThrow(() -> new NotFoundException("Denial"));
        return d;
    }

    static Denial denial(DenialRepository.Claim c) {
        List<Item> items = new ArrayList<>();
        for (DenialRepository.Line line : c.lines()) {
            boolean deniedLine = DenialCauses.denies(line.adjustments())
                    || (c.status().equals("4") && line.paid().signum() == 0 && line.charged().signum() > 0);
            if (deniedLine && !c.status().equals("22")) {
                List<String> remarks = Stream.concat(line.remarks().stream(), c.remarks().stream()).distinct()
                        .toList();
                items.add(item(line.code() + (line.modifiers().isEmpty() ? "" : "-"
                                + String.join("-", line.modifiers())) + " × " + line.units(), line.charged(),
                        line.paid(), line.adjustments(), remarks, line.code(), line.modifiers()));
            }
        }
        boolean claimLevel = DenialCauses.denies(c.adjustments()) || (c.status().equals("4") && items.isEmpty());
        if (claimLevel && !c.status().equals("22")) {
            String code = c.lines().size() == 1 ? c.lines().get(0).code() : "";
            List<String> modifiers = c.lines().size() == 1 ? c.lines().get(0).modifiers() : List.of();
            items.add(item("Whole claim", c.charged(), c.paid(), c.adjustments(), c.remarks(), code, modifiers));
        }
        return new Denial(c.id(), c.claimId(), c.billed(), c.payerName(), c.payerId(), c.traceNumber(), c.paidOn(),
                c.payerClaimControlNumber(), c.status(), c.charged(), c.paid(), c.patientId(), c.patientName(),
                c.serviceDate(), items);
    }

    private static Item item(String what, BigDecimal charged, BigDecimal paid, List<Adjustment> adjustments,
                             List<String> remarks, String code, List<String> modifiers) {
        ReasonCodes codes = ReasonCodes.standard();
        // The reasons shown are the ones that took money away from the clinic; PR amounts are the patient's.
        List<Adjustment> denying = adjustments.stream().filter(DenialCauses::denial).toList();
        List<Adjustment> shown = denying.isEmpty() ? adjustments : denying;
        List<Code> reasons = shown.stream().map(a -> new Code(a.reason(), a.group(), a.amount(),
                codes.reason(a.reason()).map(ReasonCodes.Meaning::meaning)
                        .orElse("Reason code " + a.reason() + ": not in Rhomboid's list; see the X12 code list.")))
                .toList();
        List<Code> remarkCodes = remarks.stream().map(r -> new Code(r, "", null,
                codes.remark(r).map(ReasonCodes.Meaning::meaning)
                        .orElse("Remark code " + r + ": not in Rhomboid's list; see the X12 code list."))).toList();
        LikelyCause cause = DenialCauses.cause(shown.stream().map(Adjustment::reason).toList(), remarks, code,
                modifiers);
        return new Item(what, charged, paid, DenialCauses.extent(charged, paid), reasons, remarkCodes, cause);
    }
}
