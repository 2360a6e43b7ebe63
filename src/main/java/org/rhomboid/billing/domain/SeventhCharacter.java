package org.rhomboid.billing.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which codes need an encounter 7th character, and which 7th characters each category allows (ICD-STRUCTURE).
 * Fracture categories differ: S22 (thoracic fractures) has open-fracture and nonunion characters; the collapsed and
 * stress-fracture categories M48.4 and M48.5 have neither; the pathological-fracture categories M80 and M84.3–M84.6
 * add malunion (P); the thoracic sprain and strain codes take A, D and S. Other S and T codes need a 7th character
 * too, but which letters they allow is left to the code set (a code it lacks is refused as unknown): fractures
 * elsewhere (S42 …) also take B, G, K, P.
 */
public final class SeventhCharacter {

    /**
     * A category (a code prefix, without the dot) and the 7th characters it allows, in tabular order; null where
     * only the presence of a 7th character is checked.
     */
    record Category(String prefix, String allowed, String description) {}

    /** Most specific prefix first: the first that matches decides. */
    private static final List<Category> CATEGORIES = List.of(
            new Category("S22", "ABDGKS", "a fracture of ribs, sternum or thoracic spine"),
            new Category("M484", "ADGS", "a fatigue (stress) fracture of a vertebra"),
            new Category("M485", "ADGS", "a collapsed vertebra"),
            new Category("M80", "ADGKPS", "an osteoporotic fracture"),
            new Category("M843", "ADGKPS", "a stress fracture"),
            new Category("M844", "ADGKPS", "a pathological fracture"),
            new Category("M845", "ADGKPS", "a pathological fracture in neoplastic disease"),
            new Category("M846", "ADGKPS", "a pathological fracture in other disease"),
            new Category("S233", "ADS", "a sprain of the thoracic spine"),
            new Category("S2341", "ADS", "a sprain of the ribs"),
            new Category("S2901", "ADS", "a strain at thorax level"),
            new Category("S", null, "an injury"),
            new Category("T", null, "an injury"));

    private SeventhCharacter() {
    }

    /** Whether the code (bare, no dot) belongs to a category whose codes carry an encounter 7th character. */
    public static boolean needed(String bare) {
        return category(bare).isPresent();
    }

    /**
     * The 7th characters the code's category allows, e.g. "ADGS" for M48.5-; empty for codes without one and for
     * S and T codes outside the categories listed, where the code set is the authority.
     */
    public static Optional<String> allowed(String bare) {
        return category(bare).map(Category::allowed);
    }

    /** What the category is, for a message: "a collapsed vertebra". */
    static String describe(String bare) {
        return category(bare).map(Category::description).orElse("this code");
    }

    private static Optional<Category> category(String bare) {
        return CATEGORIES.stream().filter(c -> bare.startsWith(c.prefix())).findFirst();
    }
}
