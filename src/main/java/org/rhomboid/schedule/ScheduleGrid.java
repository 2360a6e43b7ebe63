package org.rhomboid.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rhomboid.schedule.domain.OpeningHours;

/**
 * A day or week of the schedule as a table the page can draw without positioning: one row per 15 minutes, one
 * column per therapist (day) or per day (week). An appointment sits in the cell of its start, spanning the rows it
 * lasts; appointments that overlap in one column (a cancelled one and its replacement, or two therapists in the
 * clinic-wide week) share one cell. Cells inside the clinic's opening hours are marked open, to shade them.
 */
public record ScheduleGrid(List<LocalTime> rows, List<Column> columns, List<Row> table) {

    public static final int STEP_MINUTES = 15;

    /**
     * A cell: its appointments, and what the page writes of them (blocks made once in Java, so the template only
     * copies strings); {@code slot} is the date and time of its first row and {@code therapist} its column's
     * therapist (day view), which dragging an appointment onto it reads.
     */
    public record Cell(int rowspan, boolean open, List<Appointment> appointments, List<Block> blocks, String slot,
                       String therapist) {
        public String css() {
            return open ? "open" : "closed";
        }

        /** The cell as a table cell: rowspan, shading, and the slot and therapist a drag onto it reads. */
        void appendTo(StringBuilder out) {
            out.append("<td rowspan=\"").append(rowspan).append("\" class=\"").append(css()).append('"');
            if (slot != null) {
                out.append(" data-slot=\"").append(escape(slot)).append('"');
            }
            if (therapist != null) {
                out.append(" data-therapist=\"").append(escape(therapist)).append('"');
            }
            out.append('>');
            appendBlocks(out);
            out.append("</td>");
        }

        private void appendBlocks(StringBuilder out) {
            for (Block b : blocks) {
                b.appendTo(out);
            }
        }
    }

    /** One appointment as the grid shows it: its link, CSS classes, the patient's name and one line of the rest. */
    public record Block(String href, String css, String patient, String line) {

        void appendTo(StringBuilder out) {
            out.append("<a href=\"").append(escape(href)).append("\" class=\"").append(escape(css))
                    .append("\"><strong>").append(escape(patient)).append("</strong> <span>").append(escape(line))
                    .append("</span></a>");
        }
    }

    /**
     * The table's body as HTML, every value escaped here: the template writes it with one expression rather than
     * six per cell (a busy clinic's week has a few hundred cells, and the week view must answer fast).
     */
    public String body() {
        StringBuilder out = new StringBuilder(256 + table.size() * 64 + columns.size() * 4096);
        for (Row row : table) {
            out.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
            for (Cell c : row.cells()) {
                c.appendTo(out);
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }

    /**
     * Only what HTML needs escaped ({@code & < > " '}), as Spring's HtmlUtils does for a UTF-8 page — dashes and
     * dots stay as they are — in one pass, without a copy when there is nothing to escape.
     */
    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
                for (int j = i; j < text.length(); j++) {
                    char d = text.charAt(j);
                    switch (d) {
                        case '&' -> out.append("&amp;");
                        case '<' -> out.append("&lt;");
                        case '>' -> out.append("&gt;");
                        case '"' -> out.append("&quot;");
                        case '\'' -> out.append("&#39;");
                        default -> out.append(d);
                    }
                }
                return out.toString();
            }
        }
        return text;
    }

    /** A column's cells by row; null where a cell above spans over the row. */
    public record Column(String key, String heading, LocalDate day, List<Cell> cells) {
    }

    /** One row of the table as drawn: its label (the hour, on the hour) and the cells that start in it. */
    public record Row(String label, List<Cell> cells) {
    }

    public record ColumnSpec(String key, String heading, LocalDate day, Predicate<Appointment> holds,
                             String therapist) {
    }

    public static ScheduleGrid of(List<ColumnSpec> specs, List<Appointment> appointments, OpeningHours hours,
                                  ZoneId zone, Function<Appointment, Block> block, Function<LocalTime, String> hour) {
        OpeningHours.Hours span = hours.span();
        LocalTime first = span.opens().withMinute(span.opens().getMinute() / STEP_MINUTES * STEP_MINUTES);
        LocalTime last = span.closes();
        for (Appointment a : appointments) {
            LocalTime start = a.start().atZoneSameInstant(zone).toLocalTime();
            LocalTime end = a.end().atZoneSameInstant(zone).toLocalTime();
            if (start.isBefore(first)) {
                first = start.withMinute(start.getMinute() / STEP_MINUTES * STEP_MINUTES);
            }
            if (end.isAfter(last) && !end.equals(LocalTime.MIDNIGHT)) {
                last = end;
            }
        }
        List<LocalTime> rows = new ArrayList<>();
        for (LocalTime t = first; t.isBefore(last) && (rows.isEmpty() || t.isAfter(rows.get(0))); t = t.plusMinutes(STEP_MINUTES)) {
            rows.add(t);
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            columns.add(column(spec, rows, appointments.stream().filter(spec.holds()).toList(), hours, zone, block));
        }
        List<Row> table = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> starting = new ArrayList<>(columns.size());
            for (Column c : columns) {
                if (c.cells().get(r) != null) {
                    starting.add(c.cells().get(r));
                }
            }
            table.add(new Row(rows.get(r).getMinute() == 0 ? hour.apply(rows.get(r)) : "", starting));
        }
        return new ScheduleGrid(rows, columns, table);
    }

    private static Column column(ColumnSpec spec, List<LocalTime> rows, List<Appointment> mine, OpeningHours hours,
                                 ZoneId zone, Function<Appointment, Block> block) {
        int n = rows.size();
        int[] startRow = new int[mine.size()];
        int[] endRow = new int[mine.size()];
        for (int i = 0; i < mine.size(); i++) {
            ZonedDateTime start = mine.get(i).start().atZoneSameInstant(zone);
            ZonedDateTime end = mine.get(i).end().atZoneSameInstant(zone);
            startRow[i] = Math.max(0, Math.min(n - 1, row(rows, start.toLocalTime())));
            int e = end.toLocalDate().isAfter(start.toLocalDate()) ? n : rowEnd(rows, end.toLocalTime());
            endRow[i] = Math.max(startRow[i] + 1, Math.min(n, e));
        }
        Cell[] cells = new Cell[n];
        boolean[] covered = new boolean[n];
        boolean[] taken = new boolean[mine.size()];
        for (int r = 0; r < n; r++) {
            if (covered[r]) {
                continue;
            }
            int end = r + 1;
            List<Appointment> here = new ArrayList<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < mine.size(); i++) {
                    if (!taken[i] && startRow[i] >= r && startRow[i] < end) {
                        taken[i] = true;
                        here.add(mine.get(i));
                        if (endRow[i] > end) {
                            end = endRow[i];
                        }
                        grew = true;
                    }
                }
            }
            if (here.isEmpty()) {
                end = r + 1;
            }
            here.sort((a, b) -> a.start().compareTo(b.start()));
            LocalTime t = rows.get(r);
            boolean open = spec.day() != null && hours.on(spec.day().getDayOfWeek())
                    .map(h -> !t.isBefore(h.opens()) && t.isBefore(h.closes())).orElse(false);
            String slot = spec.day() == null ? null : spec.day() + "T" + t;
            cells[r] = new Cell(end - r, open, here, here.stream().map(block).toList(), slot, spec.therapist());
            Arrays.fill(covered, r, end, true);
        }
        return new Column(spec.key(), spec.heading(), spec.day(), Arrays.asList(cells));
    }

    private static int row(List<LocalTime> rows, LocalTime t) {
        int r = 0;
        while (r + 1 < rows.size() && !rows.get(r + 1).isAfter(t)) {
            r++;
        }
        return r;
    }

    private static int rowEnd(List<LocalTime> rows, LocalTime t) {
        int r = 0;
        while (r < rows.size() && rows.get(r).isBefore(t)) {
            r++;
        }
        return r;
    }
}
