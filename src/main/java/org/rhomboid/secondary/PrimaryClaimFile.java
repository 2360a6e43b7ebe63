package org.rhomboid.secondary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rhomboid.billing.claim.Address;
import org.rhomboid.billing.claim.Provider;
import org.rhomboid.billing.claim.ServiceLine;

/**
 * One claim read back from the 837P batch Rhomboid sent to the primary payer: the secondary claim repeats what the
 * primary adjudicated — the same billing provider, patient, diagnoses, providers and lines — so it is taken from the
 * file as sent rather than from the notes again. Rhomboid's own files use {@code ~ * :} as separators.
 */
final class PrimaryClaimFile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** A person named on the claim: the patient (2010BA when self, else 2010CA). */
    record Person(String lastName, String firstName, LocalDate birthDate, String sex, Address address) {}

    /**
     * @param relationship the patient's relationship to the primary's subscriber: 18 self, else PAT01
     * @param subscriber   the primary's subscriber as billed (name, member ID, address)
     */
    record Sent(String claimId, BigDecimal totalCharge, String placeOfService, Provider billingProvider,
                String payerName, String payerId, String filingIndicator, String relationship, Person subscriber,
                String memberId, Person patient, List<String> diagnoses, Provider referring, Provider rendering,
                List<ServiceLine> lines) {}

    private PrimaryClaimFile() {
    }

    /**
     * The claim with this CLM01, empty when the file has none.
     *
     * @throws IllegalArgumentException when the claim is there but can't be read back (the reason, for the biller)
     */
    static Optional<Sent> find(String file, String claimId) {
        try {
            return read(file, claimId);
        } catch (IllegalArgumentException refused) {
            throw refused;
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("The claim in the file sent to the primary payer could not be read back");
        }
    }

    private static Optional<Sent> read(String file, String claimId) {
        List<String[]> segments = Arrays.stream(file.split("~")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.split("\\*", -1)).toList();
        Provider billing = null;
        String taxonomy = null;
        String[] billingName = null;
        Address billingAddress = null;
        Person subscriber = null;
        String memberId = null;
        String relationship = null;
        String filing = null;
        String payerName = null;
        String payerId = null;
        Person patient = null;
        String level = "";
        for (int i = 0; i < segments.size(); i++) {
            String[] s = segments.get(i);
            switch (s[0]) {
                case "HL" -> {
                    level = at(s, 3);
                    if (level.equals("20")) {
                        taxonomy = null;
                    } else if (level.equals("22")) {
                        patient = null;
                    }
                }
                case "PRV" -> {
                    if (level.equals("20") && at(s, 1).equals("BI")) {
                        taxonomy = at(s, 3);
                    }
                }
                case "SBR" -> {
                    if (level.equals("22")) {
                        relationship = at(s, 2).isEmpty() ? null : at(s, 2);
                        filing = at(s, 9);
                    }
                }
                case "PAT" -> relationship = at(s, 1);
                case "NM1" -> {
                    String entity = at(s, 1);
                    if (entity.equals("85")) {
                        billingName = s;
                        billingAddress = address(segments, i + 1);
                    } else if (entity.equals("IL")) {
                        subscriber = person(s, segments, i + 1);
                        memberId = at(s, 9);
                    } else if (entity.equals("PR")) {
                        payerName = at(s, 3);
                        payerId = at(s, 9);
                    } else if (entity.equals("QC")) {
                        patient = person(s, segments, i + 1);
                    }
                }
                case "REF" -> {
                    if (at(s, 1).equals("EI") && billingName != null && level.equals("20")) {
                        billing = Provider.organization(at(billingName, 3), at(billingName, 9), at(s, 2), taxonomy,
                                billingAddress);
                    }
                }
                case "CLM" -> {
                    if (at(s, 1).equals(claimId)) {
                        return Optional.of(claim(segments, i, billing, payerName, payerId, filing,
                                relationship == null ? "18" : relationship, subscriber, memberId,
                                patient == null ? subscriber : patient));
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static Sent claim(List<String[]> segments, int clm, Provider billing, String payerName, String payerId,
                              String filing, String relationship, Person subscriber, String memberId, Person patient) {
        String[] c = segments.get(clm);
        List<String> diagnoses = new ArrayList<>();
        Provider referring = null;
        Provider rendering = null;
        List<ServiceLine> lines = new ArrayList<>();
        String placeOfService = at(c, 5).split(":")[0];
        for (int i = clm + 1; i < segments.size(); i++) {
            String[] s = segments.get(i);
            if (s[0].equals("HL") || s[0].equals("SE") || s[0].equals("CLM")) {
                break;
            }
            switch (s[0]) {
                case "HI" -> {
                    for (int e = 1; e < s.length; e++) {
                        String[] code = s[e].split(":");
                        if (code.length > 1) {
                            diagnoses.add(code[1]);
                        }
                    }
                }
                case "NM1" -> {
                    if (at(s, 1).equals("DN")) {
                        referring = Provider.person(at(s, 3), blank(at(s, 4)), at(s, 9));
                    } else if (at(s, 1).equals("82")) {
                        String taxonomy = i + 1 < segments.size() && segments.get(i + 1)[0].equals("PRV")
                                ? at(segments.get(i + 1), 3) : null;
                        rendering = at(s, 2).equals("1")
                                ? new Provider(null, at(s, 3), blank(at(s, 4)), at(s, 9), null, taxonomy, null)
                                : new Provider(at(s, 3), null, null, at(s, 9), null, taxonomy, null);
                    }
                }
                case "SV1" -> {
                    String[] procedure = at(s, 1).split(":");
                    List<String> modifiers = Arrays.asList(procedure).subList(2, procedure.length);
                    List<Integer> pointers = Arrays.stream(at(s, 7).split(":")).map(Integer::valueOf).toList();
                    LocalDate date = dateOfService(segments, i + 1);
                    lines.add(new ServiceLine(procedure[1], modifiers, new BigDecimal(at(s, 2)).setScale(2),
                            Integer.parseInt(at(s, 4)), date, pointers));
                }
                default -> {
                }
            }
        }
        return new Sent(at(c, 1), new BigDecimal(at(c, 2)).setScale(2), placeOfService, billing, payerName, payerId,
                filing, relationship, subscriber, memberId, patient, diagnoses, referring, rendering, lines);
    }

    private static LocalDate dateOfService(List<String[]> segments, int from) {
        for (int i = from; i < segments.size() && !segments.get(i)[0].equals("LX"); i++) {
            String[] s = segments.get(i);
            if (s[0].equals("DTP") && at(s, 1).equals("472")) {
                return LocalDate.parse(at(s, 3).substring(0, 8), DATE);
            }
        }
        throw new IllegalArgumentException("a service line without its date");
    }

    private static Person person(String[] nm1, List<String[]> segments, int from) {
        Address address = address(segments, from);
        LocalDate birth = null;
        String sex = null;
        for (int i = from; i < segments.size() && i < from + 3; i++) {
            String[] s = segments.get(i);
            if (s[0].equals("DMG")) {
                birth = LocalDate.parse(at(s, 2), DATE);
                sex = at(s, 3);
            }
        }
        return new Person(at(nm1, 3), blank(at(nm1, 4)), birth, sex, address);
    }

    private static Address address(List<String[]> segments, int from) {
        if (from + 1 < segments.size() && segments.get(from)[0].equals("N3") && segments.get(from + 1)[0].equals("N4")) {
            String[] n4 = segments.get(from + 1);
            return new Address(at(segments.get(from), 1), at(n4, 1), at(n4, 2), at(n4, 3));
        }
        return null;
    }

    private static String at(String[] segment, int position) {
        return position < segment.length ? segment[position] : "";
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
