package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleGridTest {

    @Test
    void theTableIsWrittenAsHtmlWithEveryValueEscaped() {
        ScheduleGrid.Block hostile = new ScheduleGrid.Block("/schedule/appointments/1?a=1&b=\"2\"",
                "appointment status-booked", "<script>alert('x')</script> O'Neil & Co",
                "9:00–9:45 · Treatment · Booked");
        ScheduleGrid.Block plain = new ScheduleGrid.Block("/schedule/appointments/2", "appointment status-seen",
                "Pat Quinn", "10:00–10:45 · Treatment · Seen");
        ScheduleGrid.Cell busy = new ScheduleGrid.Cell(3, true, List.of(), List.of(hostile, plain),
                "2026-12-07T09:00", "t\"1");
        ScheduleGrid.Cell empty = new ScheduleGrid.Cell(1, false, List.of(), List.of(), null, null);
        ScheduleGrid grid = new ScheduleGrid(List.of(LocalTime.of(9, 0)), List.of(),
                List.of(new ScheduleGrid.Row("9:00 <am>", List.of(busy, empty))));

        String html = grid.body();

        assertThat(html).doesNotContain("<script>").doesNotContain("b=\"2\"").doesNotContain("<am>")
                .startsWith("<tr><th scope=\"row\">9:00 &lt;am&gt;</th><td rowspan=\"3\" class=\"open\""
                        + " data-slot=\"2026-12-07T09:00\" data-therapist=\"t&quot;1\">")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Neil &amp; Co")
                .contains("href=\"/schedule/appointments/1?a=1&amp;b=&quot;2&quot;\"")
                .contains("<a href=\"/schedule/appointments/2\" class=\"appointment status-seen\"><strong>Pat Quinn"
                        + "</strong> <span>10:00–10:45 · Treatment · Seen</span></a></td>")
                .endsWith("<td rowspan=\"1\" class=\"closed\"></td></tr>\n");
    }

    @Test
    void escapingLeavesPlainTextAsItIs() {
        String plain = "Pat Quinn · 9:00–9:45";
        assertThat(ScheduleGrid.escape(plain)).isSameAs(plain);
        assertThat(ScheduleGrid.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    }
}
