package org.rhomboid.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds field and enum names (camelCase, UPPER_CASE) in text a person reads. Shared by the template and message
 * scan ({@link RawNamesInTemplatesTest}) and the rendered-page scan ({@link RawNamesOnPagesIT}).
 */
final class RawNames {

    /** Capitalised words a clinician, patient or biller knows, each with why it may be shown. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("NPRS", "Numeric Pain Rating Scale"), Map.entry("PSFS", "Patient-Specific Functional Scale"),
            Map.entry("ODI", "Oswestry Disability Index"), Map.entry("NDI", "Neck Disability Index"),
            Map.entry("FABQ", "Fear-Avoidance Beliefs Questionnaire"), Map.entry("FRI", "Functional Rating Index"),
            Map.entry("GROC", "Global Rating of Change"), Map.entry("ROM", "range of motion"),
            Map.entry("HEP", "home exercise programme"), Map.entry("PTA", "physical therapist assistant"),
            Map.entry("PT", "physical therapist"), Map.entry("PTs", "physical therapists"),
            Map.entry("PTAs", "physical therapist assistants"), Map.entry("NPI", "National Provider Identifier"),
            Map.entry("MRN", "medical record number"), Map.entry("CSV", "file format"), Map.entry("PDF", "file format"),
            Map.entry("API", "the programming interface, documented"), Map.entry("ICD", "ICD-10-CM"),
            Map.entry("CM", "ICD-10-CM"), Map.entry("CPT", "procedure codes"), Map.entry("LOINC", "observation codes"),
            Map.entry("MCID", "minimal clinically important difference"),
            Map.entry("MCIC", "minimal clinically important change"), Map.entry("MDC", "minimal detectable change"),
            Map.entry("KX", "Medicare therapy threshold modifier"), Map.entry("GP", "therapy modifier"),
            Map.entry("CQ", "assistant modifier"), Map.entry("CO", "assistant modifier"),
            Map.entry("NCCI", "correct coding edits"), Map.entry("PTP", "procedure-to-procedure edits"),
            Map.entry("MUE", "medically unlikely edits"), Map.entry("CMS", "Centers for Medicare & Medicaid Services"),
            Map.entry("EDI", "electronic claims"), Map.entry("ERA", "electronic remittance"),
            Map.entry("DOB", "date of birth"), Map.entry("ID", "identifier"), Map.entry("IDs", "identifiers"),
            Map.entry("SMS", "text message"), Map.entry("SMTP", "outgoing e-mail server, as mail providers name it"),
            Map.entry("STARTTLS", "e-mail encryption, as mail providers name it"),
            Map.entry("SSL", "e-mail encryption, as mail providers name it"),
            Map.entry("TLS", "e-mail encryption, as mail providers name it"), Map.entry("URL", "web address"), Map.entry("QR", "QR code"),
            Map.entry("TOTP", "authenticator app codes"), Map.entry("OK", "plain English"),
            Map.entry("CVA", "craniovertebral angle"), Map.entry("UMN", "upper motor neuron"),
            Map.entry("DNF", "deep neck flexor"), Map.entry("SOAP", "note structure"),
            Map.entry("SMART", "goal criteria"), Map.entry("ADL", "activities of daily living"),
            Map.entry("ADLs", "activities of daily living"), Map.entry("MMT", "manual muscle testing"),
            Map.entry("AM", "time of day"), Map.entry("PM", "time of day"), Map.entry("UTC", "time zone"),
            Map.entry("BMI", "body mass index"), Map.entry("NSAID", "medication class"),
            Map.entry("NSAIDs", "medication class"), Map.entry("HIPAA", "privacy law"),
            Map.entry("USA", "country"), Map.entry("US", "country"), Map.entry("UK", "country"),
            Map.entry("MD", "physician"), Map.entry("DO", "physician"), Map.entry("NP", "nurse practitioner"),
            Map.entry("PA", "physician assistant; posteroanterior"), Map.entry("AP", "anteroposterior"),
            Map.entry("SLR", "straight leg raise"), Map.entry("TB", "tuberculosis"), Map.entry("HIV", "virus"),
            Map.entry("MRI", "imaging"), Map.entry("CT", "imaging"), Map.entry("DEXA", "bone density scan"),
            Map.entry("DXA", "bone density scan"), Map.entry("AMA", "CPT publisher"), Map.entry("APTA", "association"),
            Map.entry("JOSPT", "journal"), Map.entry("SI", "sacroiliac"), Map.entry("IV", "grade"),
            Map.entry("III", "grade"), Map.entry("II", "grade"), Map.entry("I", "grade; pronoun"),
            Map.entry("T", "thoracic level"), Map.entry("C", "cervical level"), Map.entry("L", "lumbar level"),
            Map.entry("PHQ", "questionnaire"), Map.entry("STarT", "STarT Back tool"),
            Map.entry("iOS", "platform"), Map.entry("WebAuthn", "passkey standard"),
            Map.entry("PostgreSQL", "product"), Map.entry("JavaScript", "product"),
            Map.entry("YYYY", "date format hint"), Map.entry("MM", "date format hint"), Map.entry("DD", "date format hint"),
            Map.entry("RHOMBOID", "configuration variable named in admin help"), Map.entry("PUBLIC", "configuration variable"),
            Map.entry("NEW", "badge word, meant as emphasis"), Map.entry("JPEG", "file format"),
            Map.entry("PNG", "file format"), Map.entry("MB", "file size"), Map.entry("ZIP", "postal code"),
            Map.entry("NPP", "non-physician practitioner (Medicare term)"), Map.entry("RTM", "remote therapeutic monitoring"),
            Map.entry("SHA", "SHA-256, the signature hash named to auditors"), Map.entry("iPad", "device"),
            Map.entry("iPhone", "device"), Map.entry("ME", "US state code in the example"),
            Map.entry("DVT", "deep vein thrombosis, spelled out beside it"), Map.entry("TENS", "electrical stimulation, spelled out beside it"),
            Map.entry("DPT", "Doctor of Physical Therapy"), Map.entry("EIN", "employer identification number"),
            Map.entry("XE", "distinct-encounter modifier"), Map.entry("XS", "distinct-structure modifier"),
            Map.entry("XP", "distinct-practitioner modifier"), Map.entry("XU", "unusual non-overlapping service modifier"),
            Map.entry("PO", "post office (PO box)"), Map.entry("HMO", "health maintenance organisation"),
            Map.entry("PPO", "preferred provider organisation"), Map.entry("EPO", "exclusive provider organisation"),
            Map.entry("POS", "point-of-service plan"), Map.entry("TRICARE", "military health plan"),
            Map.entry("CHAMPUS", "former name of TRICARE"));
    /** Keys joined by hyphens (ICD-10-CM, SHA-256, the clinical-source keys like HEP-REVIEW) are names, not fields. */
    private static final Pattern HYPHENATED_KEY = Pattern.compile("\\b[A-Z0-9]+(?:-[A-Z0-9]+)+\\b");

    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern ENUM = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern CAPS = Pattern.compile("\\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\\b");

    private RawNames() {
    }

    /** The raw names in a piece of visible text. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        String readable = HYPHENATED_KEY.matcher(text).replaceAll(" ");
        for (Pattern p : List.of(CAMEL, ENUM, CAPS)) {
            Matcher m = p.matcher(readable);
            while (m.find()) {
                String token = m.group();
                if (!ALLOWED.containsKey(token) && !found.contains(token) && !(p == CAPS && mixedCaseWord(token))) {
                    found.add(token);
                }
            }
        }
        return found;
    }

    /** "McKenzie", "SpO": a capital inside an otherwise ordinary capitalised word is a name, not a field. */
    private static boolean mixedCaseWord(String token) {
        return !token.equals(token.toUpperCase()) && Character.isUpperCase(token.charAt(0))
                && !token.contains("_");
    }

    /** The text of an element a person reads: text nodes and visible attributes, not code, scripts or styles. */
    static List<String> visibleText(Element root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof TextNode t) {
            if (!t.isBlank()) {
                texts.add(t.text());
            }
            return;
        }
        if (node instanceof Element e) {
            String tag = e.tagName();
            if (List.of("script", "style", "code", "pre", "kbd", "samp", "template", "svg").contains(tag)
                    || e.hasAttr("hidden") && !e.hasAttr("th:hidden")) {
                return;
            }
            for (String attr : List.of("placeholder", "title", "aria-label", "alt")) {
                if (e.hasAttr(attr)) {
                    texts.add(e.attr(attr));
                }
            }
            if (tag.equals("input") && List.of("submit", "button").contains(e.attr("type")) && e.hasAttr("value")) {
                texts.add(e.attr("value"));
            }
        }
        node.childNodes().forEach(child -> collect(child, texts));
    }
}
