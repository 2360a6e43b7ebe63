package org.rhomboid.coverage.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which coverages bill a visit: those in force on its date, primary first. A secondary with no primary in force (the
 * primary ended, the new card not entered yet) is not promoted: the visit has no primary and is held back, because
 * billing the secondary as if it were primary is a coordination-of-benefits error the payer would deny.
 */
public final class CoveragesInForce {

    /** The coverages in force on a day, in billing order, or why the day cannot be billed. */
    public record OnDay(LocalDate day, List<Coverage> inOrder, Optional<String> problem) {

        public Optional<Coverage> primary() {
            return inOrder.stream().filter(c -> c.rank() == Rank.PRIMARY).findFirst();
        }

        public Optional<Coverage> secondary() {
            return inOrder.stream().filter(c -> c.rank() == Rank.SECONDARY).findFirst();
        }
    }

    private CoveragesInForce() {
    }

    public static OnDay on(List<Coverage> coverages, LocalDate day) {
        List<Coverage> inForce = new ArrayList<>(coverages.stream().filter(c -> c.inForceOn(day)).toList());
        inForce.sort(Comparator.comparing(Coverage::rank));
        Optional<String> problem = Optional.empty();
        if (inForce.isEmpty()) {
            problem = Optional.of("No coverage in force on this date");
        } else if (inForce.get(0).rank() != Rank.PRIMARY) {
            problem = Optional.of("No primary coverage in force on this date (a "
                    + inForce.get(0).rank().label().toLowerCase(java.util.Locale.ROOT) + " one is)");
        } else if (inForce.stream().anyMatch(c -> c.rank() == Rank.TERTIARY)
                && inForce.stream().noneMatch(c -> c.rank() == Rank.SECONDARY)) {
            problem = Optional.of("A tertiary coverage but no secondary in force on this date");
        }
        return new OnDay(day, List.copyOf(inForce), problem);
    }

    /**
     * The coverage of the same rank that would be in force on a day the new one is too, if any: a patient has one
     * primary (one secondary, one tertiary) at a time.
     */
    public static Optional<Coverage> clash(List<Coverage> existing, Coverage candidate) {
        return existing.stream().filter(c -> !c.id().equals(candidate.id()) && c.rank() == candidate.rank()
                && c.overlaps(candidate)).findFirst();
    }
}
