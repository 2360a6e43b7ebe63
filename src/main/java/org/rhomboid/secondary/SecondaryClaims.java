package org.rhomboid.secondary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.BillingSettings;
import org.rhomboid.billing.claim.Address;
import org.rhomboid.billing.claim.Claim;
import org.rhomboid.billing.claim.ClaimAdjustment;
import org.rhomboid.billing.claim.Interchange;
import org.rhomboid.billing.claim.OtherPayer;
import org.rhomboid.billing.claim.OtherPayerLine;
import org.rhomboid.billing.claim.PatientLevel;
import org.rhomboid.billing.claim.Payer;
import org.rhomboid.billing.claim.SecondaryClaim;
import org.rhomboid.billing.claim.Submitter;
import org.rhomboid.billing.claim.Subscriber;
import org.rhomboid.billing.claim.X12ClaimWriter;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.coverage.Coverages;
import org.rhomboid.coverage.domain.Coverage;
import org.rhomboid.coverage.domain.CoveragesInForce;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.payer.PayerDirectory;
import org.rhomboid.payer.domain.PayerProfile;
import org.rhomboid.secondary.domain.CoordinationOfBenefits;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secondary claims: the claims whose primary remittance is posted and whose patient has a secondary coverage in force
 * on the date of service ("ready for secondary"), each with what keeps it back if anything; and the batch — one 837P
 * file to the secondary payers with the primary's adjudication (COB), kept as a claim batch. The claim is the one sent
 * to the primary, read back from its file, under the same claim ID. Every claim shown or billed is audited against its
 * patient.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class SecondaryClaims {

    public static final String RESOURCE = "SecondaryClaim";

    /** A claim ready for its secondary payer, or held back with the reason ({@code problem}). */
    public record Ready(String claimId, String patient, String mrn, LocalDate dateOfService, String primaryPayer,
                        BigDecimal charged, BigDecimal paid, BigDecimal patientResponsibility, String secondaryPayer,
                        String problem) {
        public boolean billable() {
            return problem == null;
        }
    }

    /** A batch made (its id, number and file), or the reason none was. */
    public record Created(UUID batchId, int number, String file, String refusal) {}

    public record File(int number, String content) {}

    private record Built(SecondaryRepository.Adjudicated claim, Ready row, SecondaryClaim secondary, UUID payerId) {}

    private final SecondaryRepository repository;
    private final Coverages coverages;
    private final PayerDirectory payers;
    private final BillingSettings billing;
    private final ClinicDates clinicDates;
    private final AuditLog audit;
    private final X12ClaimWriter writer = new X12ClaimWriter();

    SecondaryClaims(SecondaryRepository repository, Coverages coverages, PayerDirectory payers,
                    BillingSettings billing, ClinicDates clinicDates, AuditLog audit) {
        this.repository = repository;
        this.coverages = coverages;
        this.payers = payers;
        this.billing = billing;
        this.clinicDates = clinicDates;
        this.audit = audit;
    }

    public List<Ready> ready() {
        List<Built> built = build();
        audit.recordShown(AuditAction.READ, RESOURCE, built.stream().map(b -> b.claim().patientId()).distinct()
                .toList(), "ready for secondary");
        return built.stream().map(Built::row).toList();
    }

    public List<SecondaryRepository.SentBatch> batches() {
        return repository.batches(ClinicScope.require());
    }

    /**
     * The batch for the chosen claims (all billable ones when none is chosen). The clinic's billing settings row is
     * locked until commit, as for primary batches: one control number, and a claim goes to its secondary payer once.
     */
    public Created create(Collection<String> chosen) {
        Optional<ClearinghouseSettings> locked = billing.lockForBatch();
        if (locked.isEmpty()) {
            return new Created(null, 0, null, "Enter the clearinghouse settings before making a batch.");
        }
        ClearinghouseSettings settings = locked.get();
        Set<String> wanted = Set.copyOf(chosen);
        List<Built> billable = build().stream().filter(b -> b.row().billable())
                .filter(b -> wanted.isEmpty() || wanted.contains(b.claim().claimId())).toList();
        if (billable.isEmpty()) {
            return new Created(null, 0, null, "No claim is ready for its secondary payer.");
        }
        UUID clinic = ClinicScope.require();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        int control = settings.nextControlNumber();
        String file = writer.writeSecondary(new Interchange(settings.senderId(), settings.receiverId(),
                settings.receiverName(), new Submitter(settings.submitterName(), settings.contactName(),
                settings.contactPhone()), control, settings.usage(), clinicDates.nowHere().toLocalDateTime()),
                billable.stream().map(Built::secondary).toList());
        UUID batchId = UUID.randomUUID();
        int number = repository.nextBatchNumber(clinic);
        LocalDate from = billable.stream().map(b -> b.claim().dateOfService()).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = billable.stream().map(b -> b.claim().dateOfService()).max(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal total = billable.stream().map(b -> b.secondary().claim().totalCharge())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        repository.insertBatch(clinic, batchId, number, control, from, to, me.userId(), me.displayName(),
                billable.size(), total, settings.usage(), file);
        for (Built b : billable) {
            if (!repository.insertSecondary(clinic, b.claim().claimId(), batchId, b.claim().remittanceClaimId(),
                    b.claim().patientId(), b.payerId(), b.claim().paid())) {
                // another biller sent it this moment: the lock makes this unreachable, but never send a claim twice
                throw new IllegalStateException("claim sent to its secondary payer twice");
            }
            audit.record(AuditAction.CREATE, RESOURCE, b.claim().claimId(), b.claim().patientId(),
                    AuditOutcome.SUCCESS);
        }
        billing.controlNumberUsed(control);
        return new Created(batchId, number, file, null);
    }

    /** A secondary batch's file again, exactly as made; every patient in it is audited as read. */
    public File file(UUID batchId) {
        UUID clinic = ClinicScope.require();
        Optional<String> content = repository.file(clinic, batchId);
        if (content.isEmpty()) {
            audit.record(AuditAction.READ, RESOURCE, batchId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException("Secondary claim batch not found");
        }
        repository.patientsOf(clinic, batchId).forEach(patient ->
                audit.record(AuditAction.READ, RESOURCE, batchId, patient, AuditOutcome.SUCCESS));
        return new File(repository.batchNumber(clinic, batchId).orElseThrow(), content.get());
    }

    /** Each adjudicated claim with a secondary coverage in force on its date, built or held back with the reason. */
    private List<Built> build() {
        UUID clinic = ClinicScope.require();
        List<SecondaryRepository.Adjudicated> adjudicated = repository.adjudicated(clinic);
        if (adjudicated.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Coverage>> onFile = coverages.ofPatients(adjudicated.stream()
                .map(SecondaryRepository.Adjudicated::patientId).collect(Collectors.toSet()));
        Map<UUID, PayerProfile> directory = payers.all().stream()
                .collect(Collectors.toMap(PayerProfile::id, Function.identity()));
        Map<UUID, String> files = repository.batchFiles(clinic, adjudicated.stream()
                .map(SecondaryRepository.Adjudicated::primaryBatchId).collect(Collectors.toSet()));
        List<Built> built = new ArrayList<>();
        for (SecondaryRepository.Adjudicated a : adjudicated) {
            CoveragesInForce.OnDay day = CoveragesInForce.on(onFile.getOrDefault(a.patientId(), List.of()),
                    a.dateOfService());
            Optional<Coverage> secondary = day.secondary();
            if (secondary.isEmpty()) {
                continue;
            }
            PayerProfile payer = directory.get(secondary.get().payerId());
            String patient = a.familyName() + ", " + a.givenName();
            String problem = null;
            SecondaryClaim claim = null;
            if (payer == null) {
                problem = "The secondary coverage's payer is not in the directory";
            } else {
                try {
                    claim = secondaryClaim(a, files.get(a.primaryBatchId()), secondary.get(),
                            day.primary().orElse(null), payer, clinic);
                } catch (IllegalArgumentException refused) {
                    problem = refused.getMessage();
                }
            }
            built.add(new Built(a, new Ready(a.claimId(), patient, a.mrn(), a.dateOfService(), a.primaryPayerName(),
                    a.charged(), a.paid(), a.patientResponsibility(), payer == null ? secondary.get().payerName()
                    : payer.name(), problem), problem == null ? claim : null, payer == null ? null : payer.id()));
        }
        built.sort(Comparator.comparing((Built b) -> b.claim().dateOfService())
                .thenComparing(b -> b.claim().claimId()));
        return built;
    }

    /** The claim as sent to the primary, addressed to the secondary payer, with the primary's adjudication. */
    private SecondaryClaim secondaryClaim(SecondaryRepository.Adjudicated a, String file, Coverage coverage,
                                          Coverage primaryCoverage, PayerProfile payer, UUID clinic) {
        PrimaryClaimFile.Sent sent = (file == null ? Optional.<PrimaryClaimFile.Sent>empty()
                : PrimaryClaimFile.find(file, a.claimId())).orElseThrow(() ->
                new IllegalArgumentException("The claim is not in the file sent to the primary payer"));
        CoordinationOfBenefits.Result cob = CoordinationOfBenefits.of(sent.lines().stream()
                .map(l -> new CoordinationOfBenefits.BilledLine(l.procedureCode(), l.modifiers(), l.units(),
                        l.charge())).toList(),
                repository.primary(clinic, a.remittanceClaimId(), a.paid(), a.patientResponsibility()));
        if (cob.problem().isPresent()) {
            throw new IllegalArgumentException(cob.problem().get());
        }
        PrimaryClaimFile.Person patient = sent.patient();
        Subscriber subscriber;
        PatientLevel patientLevel = null;
        if (coverage.patientIsSubscriber()) {
            subscriber = new Subscriber(coverage.memberId(), patient.lastName(), patient.firstName(),
                    patient.birthDate(), patient.sex(), patient.address());
        } else {
            org.rhomboid.coverage.domain.Subscriber holder = coverage.subscriber();
            subscriber = new Subscriber(coverage.memberId(), holder.familyName(), holder.givenName(),
                    holder.birthDate(), sex(holder.sex()), new Address(holder.addressLine(), holder.city(),
                    holder.state(), holder.postalCode()));
            patientLevel = new PatientLevel(coverage.relationship().x12Code(), patient.lastName(),
                    patient.firstName(), patient.birthDate(), patient.sex(), patient.address());
        }
        PayerProfile.Address where = payer.address();
        Payer secondaryPayer = new Payer(payer.name(), payer.payerId(), payer.filingIndicator().code(),
                where.given() ? new Address(where.line(), where.city(), where.state(), where.postalCode()) : null);
        // prior authorization numbers are the primary payer's: they stay off the secondary's claim
        Claim claim = new Claim(sent.claimId(), sent.totalCharge(), sent.placeOfService(), sent.billingProvider(),
                subscriber, secondaryPayer, sent.diagnoses(), sent.lines(), sent.referring(), sent.rendering(), null,
                patientLevel, coverage.rank().x12Code());
        PrimaryClaimFile.Person primarySubscriber = sent.subscriber();
        OtherPayer primary = new OtherPayer("P", sent.relationship(),
                primaryCoverage == null ? null : primaryCoverage.groupNumber(), sent.filingIndicator(),
                new OtherPayer.OtherSubscriber(primarySubscriber.lastName(), primarySubscriber.firstName(),
                        sent.memberId(), primarySubscriber.address()),
                sent.payerName(), sent.payerId(), null, cob.paid(), adjustments(cob.adjustments()),
                cob.remainingPatientLiability(), a.paidOn(),
                cob.lines().stream().map(l -> new OtherPayerLine(l.number(), l.billed().code(), l.billed().modifiers(),
                        l.billed().units(), l.paid(), adjustments(l.adjustments()), l.remainingPatientLiability()))
                        .toList());
        return new SecondaryClaim(claim, primary);
    }

    private static List<ClaimAdjustment> adjustments(List<CoordinationOfBenefits.Adjustment> adjustments) {
        return adjustments.stream().map(x -> new ClaimAdjustment(x.group(), x.reason(), x.amount())).toList();
    }

    private static String sex(Sex sex) {
        return sex == Sex.FEMALE ? "F" : sex == Sex.MALE ? "M" : "U";
    }
}
