package org.rhomboid.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleGridTest {

    @Test
    void aCellsBlocksAreWrittenAsHtmlWithEveryValueEscaped() {
        ScheduleGrid.Block hostile = new ScheduleGrid.Block("/schedule/appointments/1?a=1&b=\"2\"",
                "appointment status-booked", "<script>alert('x')</script> O'Neil & Co",
                "9:00–9:45 · Treatment · Booked");
        ScheduleGrid.Block plain = new ScheduleGrid.Block("/schedule/appointments/2", "appointment status-seen",
                "Pat Quinn", "10:00–10:45 · Treatment · Seen");
        ScheduleGrid.Cell cell = new ScheduleGrid.Cell(3, true, List.of(), List.of(hostile, plain),
                "2026-12-07T09:00", null);

        String html = cell.html();

        assertThat(html).doesNotContain("<script>").doesNotContain("b=\"2\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Neil &amp; Co")
                .contains("href=\"/schedule/appointments/1?a=1&amp;b=&quot;2&quot;\"")
                .endsWith("<a href=\"/schedule/appointments/2\" class=\"appointment status-seen\"><strong>Pat Quinn"
                        + "</strong> <span>10:00–10:45 · Treatment · Seen</span></a>");
        assertThat(new ScheduleGrid.Cell(1, false, List.of(), List.of(), null, null).html()).isEmpty();
    }
}
