package org.rhomboid.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.outcome.domain.Change;
import org.rhomboid.outcome.domain.FabqSubscale;
import org.rhomboid.outcome.domain.Mcid;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.outcome.domain.OutcomeScore;
import org.rhomboid.outcome.domain.Scores;
import org.rhomboid.outcome.domain.ScoringException;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring of the validated outcome measures and the change between two scores. No patient identity: nothing is
 * stored or audited here. Scoring problems come back as 400 problem+json naming the response at fault.
 */
@RestController
@AnyStaff
class OutcomeApiController {

    /**
     * {@code acceptedCounts}: every number of responses the instrument takes (NPRS: 1 or 3, never 2).
     * {@code loinc}: the score's code — the percentage for NDI and ODI; {@code loincPanel}: the questionnaire's.
     */
    record InstrumentEntry(OutcomeInstrument code, String title, int minItems, int maxItems, List<Integer> acceptedCounts,
                           int lowest, int highest, int maxMissing, boolean higherIsBetter, boolean reportsPercent,
                           Mcid mcid, String loinc, String loincPanel, String source) {}

    record ScoreRequest(@NotNull(message = "Name the instrument") OutcomeInstrument instrument,
                        @NotNull(message = "Give the responses in the instrument's item order") List<Integer> responses) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScoreResponse(OutcomeInstrument instrument, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                         int answered, String interpretation, Integer physicalActivity, Integer work) {}

    /** {@code subscale}: for the FABQ only, "physicalActivity" or "work" — each has its own MCID. */
    record ChangeRequest(@NotNull(message = "Name the instrument") OutcomeInstrument instrument,
                         @NotNull(message = "Give the baseline score") BigDecimal baseline,
                         @NotNull(message = "Give the follow-up score") BigDecimal followUp, String subscale) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeResponse(OutcomeInstrument instrument, String subscale, BigDecimal baseline, BigDecimal followUp,
                          BigDecimal change, BigDecimal improvement, Mcid mcid, boolean reachesMcid,
                          Change.Verdict verdict) {}

    @GetMapping("/api/v1/outcomes/instruments")
    @Operation(summary = "The outcome measures Rhomboid scores: items, range, direction, MCID and LOINC code")
    List<InstrumentEntry> instruments() {
        return Arrays.stream(OutcomeInstrument.values()).map(i -> new InstrumentEntry(i, i.title(), i.minItems(),
                i.maxItems(), IntStream.rangeClosed(i.minItems(), i.maxItems()).filter(i::accepts).boxed().toList(),
                i.lowest(), i.highest(), i.maxMissing(), i.higherIsBetter(), i.reportsPercent(),
                i.mcid().orElse(null), i.loinc().orElse(null), i.loincPanel().orElse(null),
                i.source())).toList();
    }

    @PostMapping("/api/v1/outcomes/score")
    @Operation(summary = "Score an instrument from its responses (in item order; null marks a missing item)",
            description = "Instruments: NPRS (the pain now alone, or current, best, worst), PSFS (1–5 activities), NDI, ODI, "
                    + "FABQ, FRI, GROC. For a single NPRS rating the score is that rating; for three NPRS ratings "
                    + "and for PSFS the score is the mean; FABQ returns physicalActivity and work instead.")
    ScoreResponse score(@Valid @RequestBody ScoreRequest request) {
        OutcomeScore s = scoring(() -> Scores.score(request.instrument(), request.responses()));
        return new ScoreResponse(s.instrument(), s.score(), s.maxScore(), s.percent(), s.answered(), s.interpretation(),
                s.subscales() == null ? null : s.subscales().physicalActivity(),
                s.subscales() == null ? null : s.subscales().work());
    }

    @PostMapping("/api/v1/outcomes/change")
    @Operation(summary = "Change between a baseline and a follow-up score, and whether it reaches the MCID",
            description = "Scores in the instrument's units: percent for NDI, ODI and FRI, points otherwise. "
                    + "For the FABQ name the subscale (physicalActivity, MCID 4; work, MCID 7) and give its scores.")
    ChangeResponse change(@Valid @RequestBody ChangeRequest request) {
        Change c = scoring(() -> {
            if (request.instrument() == OutcomeInstrument.FABQ) {
                return Change.of(FabqSubscale.of(request.subscale()), request.baseline(), request.followUp());
            }
            if (request.subscale() != null) {
                throw new ScoringException("subscale", "Only the FABQ is compared by subscale");
            }
            return Change.of(request.instrument(), request.baseline(), request.followUp());
        });
        return new ChangeResponse(c.instrument(), c.subscale() == null ? null : c.subscale().key(), c.baseline(),
                c.followUp(), c.change(), c.improvement(), c.mcid(), c.reachesMcid(), c.verdict());
    }

    /** A scoring rule refused the input: say which field, as any other field problem. */
    private static <T> T scoring(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ScoringException refused) {
            throw new FieldProblemException(refused.field(), refused.getMessage());
        }
    }
}
