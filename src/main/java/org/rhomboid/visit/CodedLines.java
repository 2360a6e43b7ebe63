package org.rhomboid.visit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.visit.domain.NoteCoding;

/** The coding of a note as its signed content keeps it: every line with its units, modifiers and status. */
final class CodedLines {

    private CodedLines() {
    }

    static Map<String, Object> of(NoteCoding.Result coding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", lines(coding.lines()));
        out.put("totalTimedMinutes", coding.totalTimedMinutes());
        out.put("timedUnits", coding.timedUnits());
        out.put("totalTreatmentMinutes", coding.totalTreatmentMinutes());
        out.put("warnings", coding.warnings());
        return out;
    }

    /** An untimed document's coding (an evaluation or re-evaluation): its lines and the engine's warnings. */
    static Map<String, Object> of(VisitLines.Result coding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", lines(coding.lines()));
        out.put("warnings", coding.warnings());
        return out;
    }

    private static List<Object> lines(List<VisitLines.Line> lines) {
        List<Object> out = new ArrayList<>();
        for (VisitLines.Line l : lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", l.code());
            line.put("minutes", l.minutes());
            line.put("units", l.units());
            line.put("modifiers", l.modifiers());
            line.put("status", l.status().name());
            line.put("reason", l.reason());
            out.add(line);
        }
        return out;
    }
}
