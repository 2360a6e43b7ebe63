package org.rhomboid.payer.domain;

import java.util.UUID;
import org.rhomboid.billing.domain.UnitMethod;

/**
 * One insurer in the clinic's payer directory: how claims to it are addressed (name, payer ID, filing indicator,
 * address) and how it wants physical therapy billed (unit rule, the modifier for a distinct service, Medicare's
 * rules or not, NCCI edits), how long after the visit it still accepts a claim, and whether it asks for prior
 * authorization. Retired payers stay for the coverages and claims that name them; they are not offered for new ones.
 */
public record PayerProfile(UUID id, String name, String payerId, FilingIndicator filingIndicator, Address address,
                           UnitMethod unitMethod, String distinctModifier, boolean medicareRules, boolean ncci,
                           int timelyFilingDays, boolean priorAuthorization, boolean active) {

    /** The payer's claims address (2010BB N3/N4); all blank when the clearinghouse routes by payer ID alone. */
    public record Address(String line, String city, String state, String postalCode, String phone) {

        public static final Address NONE = new Address("", "", "", "", "");

        public boolean given() {
            return !line.isEmpty();
        }

        /** One line for lists, e.g. "PO Box 3113, Mechanicsburg PA 17055". */
        public String oneLine() {
            if (!given()) {
                return "";
            }
            return line + ", " + city + " " + state + " " + postalCode;
        }
    }

    public PayerProfile withId(UUID newId) {
        return new PayerProfile(newId, name, payerId, filingIndicator, address, unitMethod, distinctModifier,
                medicareRules, ncci, timelyFilingDays, priorAuthorization, active);
    }

    /** The timely-filing limit in words, e.g. "365 days after the visit". */
    public String timelyFilingWords() {
        return timelyFilingDays + " days after the visit";
    }
}
