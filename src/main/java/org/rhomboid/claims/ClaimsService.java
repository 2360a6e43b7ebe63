package org.rhomboid.claims;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.BillingSettings;
import org.rhomboid.billing.claim.Address;
import org.rhomboid.billing.claim.Claim;
import org.rhomboid.billing.claim.Interchange;
import org.rhomboid.billing.claim.Provider;
import org.rhomboid.billing.claim.ServiceLine;
import org.rhomboid.billing.claim.Submitter;
import org.rhomboid.billing.claim.Subscriber;
import org.rhomboid.billing.claim.X12ClaimWriter;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.claims.ClaimsRepository.Batch;
import org.rhomboid.claims.ClaimsRepository.StoredLine;
import org.rhomboid.claims.ClaimsRepository.StoredVisit;
import org.rhomboid.claims.domain.ClaimDay;
import org.rhomboid.claims.domain.ClaimEligibility.Decision;
import org.rhomboid.claims.domain.ClaimEligibility.Person;
import org.rhomboid.claims.domain.ClaimEligibility;
import org.rhomboid.claims.domain.ClaimRange;
import org.rhomboid.claims.domain.PersonName;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.monitoring.BusinessCounters;
import org.rhomboid.plan.CertificationRepository;
import org.rhomboid.plan.domain.CertificationRecord;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.domain.NoteHash;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims from signed visits: the preview of a date range (what would be claimed, what is held back and why) and the
 * batch — one 837P file with one claim per visit, recorded so that no visit is billed twice. Every visit shown or
 * billed is audited against its patient.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ClaimsService {

    public static final String RESOURCE = "Claim";
    public static final String BATCH = "ClaimBatch";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};
    // No 0/O or 1/I: claim IDs are read over the phone when a payer calls about one.
    private static final char[] CLAIM_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CLAIM_ID_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One visit of the preview, as the biller reads it. */
    public record Row(UUID noteId, String patient, String mrn, java.time.LocalDate date, List<String> services,
                      BigDecimal charge, String rendering, List<String> reasons) {}

    public record Preview(ClaimRange range, List<String> setupProblems, List<Row> claimable, List<Row> heldBack,
                          BigDecimal total) {
        public boolean canCreate() {
            return setupProblems.isEmpty() && !claimable.isEmpty();
        }
    }

    /** A batch made (number, id and file), or the reason none was. */
    public record Created(Batch batch, String file, String refusal) {}

    public record File(Batch batch, String content) {}

    /** A corrected (7) or void (8) claim's file of one, or the reason none was made. */
    public record Resubmitted(Batch batch, String file, String refusal) {}

    private final ClaimsRepository claims;
    private final CertificationRepository certifications;
    private final BillingSettings billing;
    private final ClinicRepository clinics;
    private final VisitLines.Rules codes;
    private final AuditLog audit;
    private final BusinessCounters counters;
    private final X12ClaimWriter writer = new X12ClaimWriter();

    private final ClinicDates clinicDates;
    private final org.rhomboid.authorization.Authorizations authorizations;
    private final org.rhomboid.coverage.Coverages coverages;
    private final org.rhomboid.payer.PayerDirectory payers;
    private final ClaimLifeRepository life;

    ClaimsService(ClaimsRepository claims, CertificationRepository certifications, BillingSettings billing,
                  ClinicRepository clinics, VisitLines.Rules codes, AuditLog audit, BusinessCounters counters,
                  ClinicDates clinicDates, org.rhomboid.authorization.Authorizations authorizations,
                  org.rhomboid.coverage.Coverages coverages, org.rhomboid.payer.PayerDirectory payers,
                  ClaimLifeRepository life) {
        this.life = life;
        this.coverages = coverages;
        this.payers = payers;
        this.clinicDates = clinicDates;
        this.authorizations = authorizations;
        this.claims = claims;
        this.certifications = certifications;
        this.codes = codes;
        this.billing = billing;
        this.clinics = clinics;
        this.audit = audit;
        this.counters = counters;
    }

    /** What a batch for the range would hold, without making it. */
    public Preview preview(ClaimRange range) {
        return judge(range, billing.settings()).preview();
    }

    /**
     * Makes the batch for the range: the claimable visits go into one 837P file under the next control number; the
     * visits are recorded as billed. The clinic's settings row stays locked until commit, so batches are made one at
     * a time and a visit can't go into two of them.
     */
    public Created create(ClaimRange range) {
        Optional<ClearinghouseSettings> locked = billing.lockForBatch();
        if (locked.isEmpty()) {
            return new Created(null, null, "Enter the clearinghouse settings before making a batch.");
        }
        ClearinghouseSettings settings = locked.get();
        Judged judged = judge(range, settings);
        if (!judged.setupProblems.isEmpty()) {
            return new Created(null, null, String.join(" ", judged.setupProblems));
        }
        List<Claim> built = new ArrayList<>();
        List<ClaimDay.Claim> billed = new ArrayList<>();
        List<String> claimIds = new ArrayList<>();
        int held = 0;
        for (Judged.Day day : judged.days()) {
            held += day.outcome().held().size();
            if (day.outcome().claim() != null) {
                String claimId = claimId();
                built.add(claim(claimId, day.first(), day.outcome().claim(), judged.clinic(), settings,
                        judged.authorizations()));
                billed.add(day.outcome().claim());
                claimIds.add(claimId);
            }
        }
        if (built.isEmpty()) {
            return new Created(null, null, "No visit in this range can be claimed.");
        }
        int control = settings.nextControlNumber();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        String file = writer.write(new Interchange(settings.senderId(), settings.receiverId(), settings.receiverName(),
                new Submitter(settings.submitterName(), settings.contactName(), settings.contactPhone()), control,
                settings.usage(), clinicDates.nowHere().toLocalDateTime()), built);
        BigDecimal total = billed.stream().map(ClaimDay.Claim::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        UUID clinic = ClinicScope.require();
        Batch batch = new Batch(UUID.randomUUID(), claims.nextBatchNumber(clinic), control, range.from(), range.to(),
                me.displayName(), null, built.size(), held, total, String.valueOf(settings.usage()));
        claims.insertBatch(clinic, batch, me.userId(), file);
        for (int i = 0; i < billed.size(); i++) {
            ClaimDay.Claim claim = billed.get(i);
            for (Decision document : claim.documents()) {
                UUID noteId = document.visit().noteId();
                claims.insertBatchNote(clinic, batch.id(), noteId, claimIds.get(i), claim.chargeOf(noteId));
                audit.record(AuditAction.CREATE, RESOURCE, noteId, patientOf(judged, noteId), AuditOutcome.SUCCESS);
            }
            life.insertEvent(clinic, new ClaimLifeRepository.NewEvent(claimIds.get(i),
                    org.rhomboid.claims.domain.ClaimStatus.SENT, me.userId(), me.displayName(),
                    "batch " + batch.number() + ", control number " + control, batch.id(), null, null,
                    "batch:" + batch.id()));
        }
        audit.record(AuditAction.CREATE, BATCH, batch.id(), null, AuditOutcome.SUCCESS);
        billing.controlNumberUsed(control);
        counters.claimsBatched(built.size());
        return new Created(batch, file, null);
    }

    public List<Batch> batches() {
        return claims.batches(ClinicScope.require());
    }

    /**
     * A corrected (frequency 7: replacement of prior claim) or void (8) claim for a claim the payer adjudicated: the
     * claim rebuilt from its notes' current lines (after an addendum or a fix), with the same claim ID (CLM01) and
     * the payer's claim control number from the latest remittance posted for it (CLP07) as REF*F8, in a file of its
     * own (a batch of one, frequency recorded); the claim's history gets a CORRECTED or VOIDED event with the reason.
     */
    public Resubmitted resubmit(String claimId, String frequency, String reason) {
        UUID clinic = ClinicScope.require();
        List<ClaimLifeRepository.ClaimNote> notes = life.notes(clinic, claimId);
        if (notes.isEmpty()) {
            audit.record(AuditAction.READ, RESOURCE, claimId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException("Claim not found");
        }
        org.rhomboid.claims.domain.ClaimStatus status = ClaimLife.status(life.events(clinic, claimId).stream()
                .map(ClaimLifeRepository.Event::kind).toList());
        if (status.isFinal()) {
            return new Resubmitted(null, null, "This claim is " + status.label() + ": nothing more can be sent for it.");
        }
        String payerControl = null;
        for (ClaimLifeRepository.Posted posted : life.remittances(clinic, claimId)) {
            if (posted.payerClaimControlNumber() != null && !posted.payerClaimControlNumber().isBlank()) {
                payerControl = posted.payerClaimControlNumber();
            }
        }
        if (payerControl == null) {
            return new Resubmitted(null, null, "No remittance with the payer's claim control number (CLP07) has been"
                    + " posted for this claim: a payer can't match a correction or a void without it. Post the"
                    + " payer's 835 first.");
        }
        Optional<ClearinghouseSettings> locked = billing.lockForBatch();
        if (locked.isEmpty()) {
            return new Resubmitted(null, null, "Enter the clearinghouse settings before sending a claim.");
        }
        ClearinghouseSettings settings = locked.get();
        LocalDate date = notes.get(0).visitDate();
        java.util.Set<UUID> noteIds = new java.util.HashSet<>(notes.stream()
                .map(ClaimLifeRepository.ClaimNote::noteId).toList());
        Judged judged = judge(new ClaimRange(date, date), settings, noteIds);
        if (!judged.setupProblems().isEmpty()) {
            return new Resubmitted(null, null, String.join(" ", judged.setupProblems()));
        }
        Judged.Day day = judged.days().stream().filter(d -> d.items().stream()
                .anyMatch(i -> noteIds.contains(i.visit().noteId()))).findFirst().orElse(null);
        if (day == null || day.outcome().claim() == null) {
            List<String> problems = day == null ? List.of("its notes can't be read")
                    : day.outcome().held().stream().flatMap(d -> d.problems().stream()).map(p -> p.message())
                    .toList();
            return new Resubmitted(null, null, "The claim can't be rebuilt from its notes as they stand: "
                    + String.join(" ", problems));
        }
        Claim claim;
        try {
            claim = claim(claimId, day.first(), day.outcome().claim(), judged.clinic(), settings,
                    judged.authorizations()).resubmitted(frequency, payerControl);
        } catch (IllegalArgumentException refused) {
            return new Resubmitted(null, null, refused.getMessage());
        }
        int control = settings.nextControlNumber();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        String file = writer.write(new Interchange(settings.senderId(), settings.receiverId(), settings.receiverName(),
                new Submitter(settings.submitterName(), settings.contactName(), settings.contactPhone()), control,
                settings.usage(), clinicDates.nowHere().toLocalDateTime()), List.of(claim));
        Batch batch = new Batch(UUID.randomUUID(), claims.nextBatchNumber(clinic), control, date, date,
                me.displayName(), null, 1, 0, day.outcome().claim().total(), String.valueOf(settings.usage()));
        claims.insertBatch(clinic, batch, me.userId(), file, frequency);
        boolean voiding = frequency.equals("8");
        life.insertEvent(clinic, new ClaimLifeRepository.NewEvent(claimId, voiding
                ? org.rhomboid.claims.domain.ClaimStatus.VOIDED : org.rhomboid.claims.domain.ClaimStatus.CORRECTED,
                me.userId(), me.displayName(), (voiding ? "Void" : "Replacement") + " (frequency " + frequency
                + ", REF*F8 " + payerControl + ") in batch " + batch.number() + ": " + reason, batch.id(), null, null,
                "batch:" + batch.id()));
        for (UUID noteId : noteIds) {
            audit.record(AuditAction.CREATE, RESOURCE, noteId, notes.get(0).patientId(), AuditOutcome.SUCCESS,
                    (voiding ? "void" : "corrected") + " claim " + claimId);
        }
        audit.record(AuditAction.CREATE, BATCH, batch.id(), null, AuditOutcome.SUCCESS);
        billing.controlNumberUsed(control);
        return new Resubmitted(batch, file, null);
    }

    private static UUID patientOf(Judged judged, UUID noteId) {
        return judged.days().stream().flatMap(d -> d.items().stream()).filter(i -> i.visit().noteId().equals(noteId))
                .map(i -> i.visit().patientId()).findFirst().orElse(null);
    }

    /** A batch's file again, exactly as it was made; every patient in it is audited as read. */
    public File file(UUID batchId) {
        UUID clinic = ClinicScope.require();
        Batch batch = claims.batch(clinic, batchId).orElseThrow(() -> {
            audit.record(AuditAction.READ, BATCH, batchId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException("Claim batch not found");
        });
        List<ClaimsRepository.BatchNote> notes = claims.batchNotes(clinic, batchId);
        notes.forEach(n -> audit.record(AuditAction.READ, RESOURCE, n.noteId(), n.patientId(), AuditOutcome.SUCCESS));
        if (notes.isEmpty()) {
            // a corrected or void claim's file: its claim's patient
            life.patientsOf(clinic, life.claimsOfBatch(clinic, batchId)).forEach((claimId, patient) ->
                    audit.record(AuditAction.READ, RESOURCE, claimId, patient, AuditOutcome.SUCCESS));
        }
        audit.record(AuditAction.READ, BATCH, batchId, null, AuditOutcome.SUCCESS);
        return new File(batch, claims.file(clinic, batchId).orElseThrow());
    }

    /**
     * The range's billable documents judged against the clinic's setup, one by one and then day by day (ClaimDay:
     * one claim per patient and date of service); each document read is audited.
     */
    private Judged judge(ClaimRange range, ClearinghouseSettings settings) {
        return judge(range, settings, java.util.Set.of());
    }

    /** @param rebill notes billed before, judged again (and only they) as if not yet billed, to correct or void */
    private Judged judge(ClaimRange range, ClearinghouseSettings settings, java.util.Set<UUID> rebill) {
        UUID clinic = ClinicScope.require();
        ClinicProfile profile = clinics.profile(clinic).orElseThrow();
        Map<String, Fee> fees = billing.fees();
        ClaimEligibility.Setup setup = new ClaimEligibility.Setup(new ClaimEligibility.Clinic(profile.name(),
                profile.npi(), profile.taxId(), profile.addressLine(), profile.city(), profile.state(),
                profile.postalCode()), settings, fees);
        Map<UUID, List<StoredLine>> lines = claims.lines(clinic, range.from(), range.to());
        List<StoredVisit> stored = claims.visits(clinic, range.from(), range.to());
        Map<UUID, List<CertificationRecord>> records = certifications.ofEpisodes(clinic,
                stored.stream().map(StoredVisit::episodeId).collect(java.util.stream.Collectors.toSet()));
        List<String> setupProblems = ClaimEligibility.checkSetup(setup);
        // Patients with coverages on file are billed to the coverage in force on each date (COVERAGE-ORDER).
        Map<UUID, List<org.rhomboid.coverage.domain.Coverage>> coverage = coverages.ofPatients(
                stored.stream().map(StoredVisit::patientId).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, org.rhomboid.payer.domain.PayerProfile> directory = coverage.isEmpty() ? Map.of()
                : payers.all().stream().collect(java.util.stream.Collectors.toMap(
                        org.rhomboid.payer.domain.PayerProfile::id, p -> p));
        // The prior authorizations meeting the range: the one in force on each date of service goes on its claim.
        org.rhomboid.authorization.Authorizations.InForce inForce = authorizations.inForceBetween(range.from(),
                range.to());
        Map<String, List<Judged.Item>> byDay = new LinkedHashMap<>();
        LocalDate today = clinicDates.today();
        for (StoredVisit v : stored) {
            if (!rebill.isEmpty() && !rebill.contains(v.noteId())) {
                continue;
            }
            List<StoredLine> coded = lines.getOrDefault(v.noteId(), List.of());
            CertificationTimeline certification = v.plan() == null ? null : CertificationTimeline.of(v.plan(),
                    v.evaluatedOn(), records.getOrDefault(v.episodeId(), List.of()), today, clinicDates.words());
            List<org.rhomboid.coverage.domain.Coverage> onFile = coverage.get(v.patientId());
            org.rhomboid.claims.domain.Insurance insurance = onFile == null ? null
                    : org.rhomboid.claims.domain.Insurance.on(
                            org.rhomboid.coverage.domain.CoveragesInForce.on(onFile, v.visitDate()), directory);
            Decision decision = ClaimEligibility.decide(visit(v, coded, certification, insurance,
                    rebill.contains(v.noteId())), setup,
                    clinicDates.words());
            byDay.computeIfAbsent(v.patientId() + "|" + v.visitDate(), k -> new ArrayList<>())
                    .add(new Judged.Item(v, coded, decision));
            audit.record(AuditAction.READ, RESOURCE, v.noteId(), v.patientId(), AuditOutcome.SUCCESS);
        }
        List<Judged.Day> days = new ArrayList<>();
        for (List<Judged.Item> items : byDay.values()) {
            ClaimDay.Outcome outcome = ClaimDay.judge(items.stream().map(Judged.Item::decision).toList(), codes.ptp());
            if (outcome.claim() != null && setupProblems.isEmpty()) {
                try {
                    // The claim records' own checks (X12 delimiters, lengths, formats) catch what the rules do not.
                    claim("PREVIEW", items.get(0).visit(), outcome.claim(), profile, settings, inForce);
                } catch (IllegalArgumentException refused) {
                    outcome = new ClaimDay.Outcome(null, outcome.claim().documents().stream()
                            .map(d -> ClaimEligibility.refused(d, refused.getMessage())).toList());
                }
            }
            days.add(new Judged.Day(items, outcome));
        }
        return new Judged(range, profile, settings, setupProblems, days, inForce);
    }

    private static ClaimEligibility.Visit visit(StoredVisit v, List<StoredLine> lines,
                                                CertificationTimeline certification,
                                                org.rhomboid.claims.domain.Insurance insurance, boolean rebill) {
        Map<String, Object> content = v.content() == null ? Map.of() : JSON.readValue(v.content(), TREE);
        boolean intact = v.content() == null || NoteHash.verify(content, v.contentHash());
        List<String> diagnoses = content.get("diagnoses") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : v.plan() != null && v.content() == null ? v.plan().diagnoses() : List.of();
        boolean address = present(v.addressLine()) && present(v.city()) && present(v.state())
                && present(v.postalCode());
        return new ClaimEligibility.Visit(v.noteId(), v.visitDate(), v.status(), intact,
                rebill ? null : v.billedInBatch(), v.payer(),
                v.memberId(), address,
                v.referrerName() == null && v.referrerNpi() == null ? null : new Person(v.referrerName(), v.referrerNpi()),
                certification, diagnoses,
                lines.stream().map(l -> new ClaimEligibility.Line(l.code(), l.units(), l.modifiers(), l.status())).toList(),
                v.authorRole(), new Person(v.authorName(), v.authorNpi()),
                v.cosignerName() == null ? null : new Person(v.cosignerName(), v.cosignerNpi()),
                v.therapistName() == null ? null : new Person(v.therapistName(), v.therapistNpi()), v.kind(),
                v.duplicateOf(), insurance);
    }

    /** The 837P claim of a day: the patient's (subscriber's) details from the day's first document. */
    private static Claim claim(String claimId, StoredVisit v, ClaimDay.Claim day, ClinicProfile clinic,
                               ClearinghouseSettings settings,
                               org.rhomboid.authorization.Authorizations.InForce authorizationsInForce) {
        Provider billingProvider = Provider.organization(clinic.name(), clinic.npi(), clinic.taxId(),
                settings.taxonomy(), new Address(clinic.addressLine(), clinic.city(), clinic.state(), clinic.postalCode()));
        Address patientAddress = new Address(v.addressLine(), v.city(), v.state(), v.postalCode());
        org.rhomboid.claims.domain.Insurance insurance = day.documents().get(0).visit().insurance();
        Subscriber subscriber;
        org.rhomboid.billing.claim.PatientLevel patient = null;
        org.rhomboid.billing.claim.Payer payer;
        if (insurance == null) {
            subscriber = new Subscriber(v.memberId(), v.familyName(), v.givenName(), v.birthDate(),
                    ClaimEligibility.sexCode(v.sex()), patientAddress);
            payer = new org.rhomboid.billing.claim.Payer(day.payer().name(), day.payer().payerId(),
                    day.claimFilingIndicator());
        } else {
            org.rhomboid.coverage.domain.Coverage primary = insurance.primary();
            org.rhomboid.coverage.domain.Subscriber holder = primary.subscriber();
            if (holder == null) {
                subscriber = new Subscriber(primary.memberId(), v.familyName(), v.givenName(), v.birthDate(),
                        ClaimEligibility.sexCode(v.sex()), patientAddress);
            } else {
                // Someone else's plan: they are the subscriber, the patient goes in the patient level (2000C).
                subscriber = new Subscriber(primary.memberId(), holder.familyName(), holder.givenName(),
                        holder.birthDate(), ClaimEligibility.sexCode(holder.sex()), new Address(holder.addressLine(),
                        holder.city(), holder.state(), holder.postalCode()));
                patient = new org.rhomboid.billing.claim.PatientLevel(primary.relationship().x12Code(),
                        v.familyName(), v.givenName(), v.birthDate(), ClaimEligibility.sexCode(v.sex()),
                        patientAddress);
            }
            org.rhomboid.payer.domain.PayerProfile.Address a = insurance.payer().address();
            payer = new org.rhomboid.billing.claim.Payer(insurance.payer().name(), insurance.payer().payerId(),
                    insurance.filingIndicator(), a.given() ? new Address(a.line(), a.city(), a.state(),
                    a.postalCode()) : null);
        }
        List<ServiceLine> lines = day.claimLines().stream().map(l -> new ServiceLine(l.code(), l.modifiers(),
                l.charge(), l.units(), day.date(), l.diagnosisPointers())).toList();
        return new Claim(claimId, day.total(), settings.placeOfService(), billingProvider, subscriber, payer,
                day.diagnoses(), lines, referring(day.documents().get(0).visit().referrer()), person(day.rendering()),
                authorizationsInForce.numberFor(v.patientId(), day.date(),
                        day.claimLines().stream().map(l -> l.code()).distinct().toList()), patient,
                primaryRank());
    }

    /** Claims go to the primary payer; the secondary's claim follows the primary's remittance. */
    private static String primaryRank() {
        return org.rhomboid.coverage.domain.Rank.PRIMARY.x12Code();
    }

    /** The referring provider when the patient's record names one with a valid NPI (Medicare requires it). */
    private static Provider referring(Person referrer) {
        if (referrer == null || referrer.name() == null || referrer.npi() == null
                || !org.rhomboid.shared.domain.Npi.isValid(referrer.npi())) {
            return null;
        }
        return person(referrer);
    }

    private static Provider person(Person person) {
        PersonName name = PersonName.of(person.name());
        return Provider.person(name.last(), name.first(), person.npi());
    }

    private static String claimId() {
        char[] id = new char[CLAIM_ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = CLAIM_ID_ALPHABET[RANDOM.nextInt(CLAIM_ID_ALPHABET.length)];
        }
        return new String(id);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String service(ClaimEligibility.ClaimLine l) {
        return l.code() + " × " + l.units() + (l.modifiers().isEmpty() ? "" : " (" + String.join(", ", l.modifiers()) + ")");
    }

    private static String service(StoredLine l) {
        String line = l.code() + " × " + l.units() + (l.modifiers().isEmpty() ? "" : " (" + String.join(", ", l.modifiers()) + ")");
        return l.status() == org.rhomboid.billing.domain.VisitLines.Status.BILLABLE ? line
                : line + " — " + l.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The range judged: the clinic, its setup problems and every day with its documents and outcome. */
    private record Judged(ClaimRange range, ClinicProfile clinic, ClearinghouseSettings settings,
                          List<String> setupProblems, List<Day> days,
                          org.rhomboid.authorization.Authorizations.InForce authorizations) {

        record Item(StoredVisit visit, List<StoredLine> lines, Decision decision) {}

        /** A patient's day: its documents and what ClaimDay made of them. */
        record Day(List<Item> items, ClaimDay.Outcome outcome) {
            StoredVisit first() {
                return items.get(0).visit();
            }

            Item item(UUID noteId) {
                return items.stream().filter(i -> i.visit().noteId().equals(noteId)).findFirst().orElseThrow();
            }
        }

        int documents() {
            return days.stream().mapToInt(d -> d.items().size()).sum();
        }

        Preview preview() {
            List<Row> claimable = new ArrayList<>();
            List<Row> held = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Day day : days) {
                StoredVisit v = day.first();
                String patient = v.familyName() + ", " + v.givenName();
                ClaimDay.Claim claim = day.outcome().claim();
                if (claim != null) {
                    claimable.add(new Row(claim.noteIds().get(0), patient, v.mrn(), claim.date(),
                            claim.claimLines().stream().map(ClaimsService::service).toList(), claim.total(),
                            claim.rendering().name(), claim.leftOut()));
                    total = total.add(claim.total());
                }
                for (Decision d : day.outcome().held()) {
                    Item item = day.item(d.visit().noteId());
                    held.add(new Row(d.visit().noteId(), patient, v.mrn(), d.visit().date(),
                            item.lines().stream().map(ClaimsService::service).toList(), null, null,
                            d.problems().stream().map(p -> d.visit().kind() == NoteKind.DAILY_NOTE ? p.message()
                                    : d.visit().kind().label() + ": " + p.message()).toList()));
                }
            }
            return new Preview(range, setupProblems, claimable, held, total);
        }
    }
}
