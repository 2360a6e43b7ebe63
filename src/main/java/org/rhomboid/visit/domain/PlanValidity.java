package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.shared.domain.DateWords;

/**
 * Whether the plan of care still covers a visit's date. Certification lasts at most 90 days or the plan's
 * duration (POC-CERT, Certification.Status.certifiedThrough); after it, or after the plan's last day, treatment
 * needs a recertified or new plan. For Medicare the daily note is blocked then; for other payers it is a warning
 * (POC-VALIDITY, product decision). An initial certification still missing after its 30 days is always a
 * warning only: Medicare accepts delayed certification with a reason.
 */
public final class PlanValidity {

    public enum Verdict { OK, WARN, BLOCK }

    public record Result(Verdict verdict, List<String> messages) {
        public boolean blocksDailyNote() {
            return verdict == Verdict.BLOCK;
        }
    }

    private PlanValidity() {
    }

    public static Result check(LocalDate visit, LocalDate planEnd, Certification.Status certification,
                               boolean medicareRules, DateWords words) {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(certification, "certification");
        List<String> lapsed = new ArrayList<>();
        if (planEnd != null && visit.isAfter(planEnd)) {
            lapsed.add("The plan of care ended on " + words.day(planEnd) + ": re-evaluate and write a new plan before "
                    + "treating on " + words.day(visit) + ".");
        }
        if (certification.certifiedThrough() != null && visit.isAfter(certification.certifiedThrough())
                && (planEnd == null || !certification.certifiedThrough().equals(planEnd))) {
            lapsed.add("Certification ran through " + words.day(certification.certifiedThrough())
                    + ": recertification is overdue for a visit on " + words.day(visit) + ".");
        }
        List<String> messages = new ArrayList<>(lapsed);
        if (!certification.certified() && certification.certifyBy() != null && visit.isAfter(certification.certifyBy())) {
            messages.add("The plan is still not certified (due " + words.day(certification.certifyBy())
                    + "); delayed certification needs a documented reason.");
        }
        Verdict verdict = !lapsed.isEmpty() ? (medicareRules ? Verdict.BLOCK : Verdict.WARN)
                : messages.isEmpty() ? Verdict.OK : Verdict.WARN;
        return new Result(verdict, List.copyOf(messages));
    }
}
