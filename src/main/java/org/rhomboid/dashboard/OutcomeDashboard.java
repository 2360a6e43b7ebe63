package org.rhomboid.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.reasoning.domain.Classification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic outcomes dashboard: aggregates only, no patient named; reading it is audited all the same. */
@Service
@Transactional
public class OutcomeDashboard {

    public static final String RESOURCE = "OutcomeDashboard";

    /** The measures followed as change (FABQ has subscales, GROC already rates change). */
    static final List<OutcomeInstrument> MEASURES = List.of(OutcomeInstrument.NPRS, OutcomeInstrument.PSFS,
            OutcomeInstrument.NDI, OutcomeInstrument.ODI, OutcomeInstrument.FRI);

    private final DashboardRepository dashboard;
    private final AuditLog audit;

    OutcomeDashboard(DashboardRepository dashboard, AuditLog audit) {
        this.dashboard = dashboard;
        this.audit = audit;
    }

    public OutcomeReport report(OutcomeFilter filter) {
        UUID clinic = ClinicScope.require();
        dashboard.planForTheseFilters();
        List<DashboardRepository.EpisodeRow> episodes = dashboard.episodes(clinic, filter);
        List<DashboardRepository.MeasureRow> measures = dashboard.measures(clinic, filter);
        audit.record(AuditAction.READ, RESOURCE, null, null, AuditOutcome.SUCCESS);
        List<OutcomeReport.Group> groups = new ArrayList<>();
        for (DashboardRepository.EpisodeRow row : episodes) {
            OutcomeReport.Kind kind = OutcomeReport.Kind.valueOf(row.groupKind());
            Map<OutcomeInstrument, OutcomeReport.MeasureStats> stats = new EnumMap<>(OutcomeInstrument.class);
            measures.stream()
                    .filter(m -> m.groupKind().equals(row.groupKind()) && java.util.Objects.equals(m.key(), row.key()))
                    .forEach(m -> stats.put(OutcomeInstrument.valueOf(m.instrument()),
                            new OutcomeReport.MeasureStats(m.episodes(), m.meanChange(), m.reached())));
            groups.add(new OutcomeReport.Group(kind, label(kind, row), row.episodes(), row.open(), row.onHold(),
                    row.discharged(), row.visitsPerEpisode(), row.dischargeReasons(), stats));
        }
        groups.sort(Comparator.comparing(OutcomeReport.Group::kind).thenComparing(OutcomeReport.Group::label));
        return new OutcomeReport(filter, MEASURES, groups);
    }

    private static String label(OutcomeReport.Kind kind, DashboardRepository.EpisodeRow row) {
        return switch (kind) {
            case CLINIC -> "All episodes";
            case THERAPIST -> row.label();
            case CLASSIFICATION -> row.key().isEmpty() ? "Not evaluated yet" : Classification.valueOf(row.key()).label();
        };
    }
}
