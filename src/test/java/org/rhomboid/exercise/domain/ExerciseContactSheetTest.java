package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes target/sheet.html with every built-in exercise's start/end pair and its animation, for people to look at
 * before a change to poses or the renderer goes in: run {@code ./mvnw -o test -Dtest=ExerciseContactSheetTest},
 * then open the file in a browser (or
 * {@code chromium --headless --screenshot=sheet.png --window-size=1100,4000 file://$PWD/target/sheet.html}).
 */
class ExerciseContactSheetTest {

    @Test
    void writeTheContactSheet() throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Rhomboid exercise figures</title><style>body{font-family:sans-serif;margin:8px;width:1060px}"
                + ".grid{display:grid;grid-template-columns:520px 520px;gap:4px}.cell{border:1px solid #ddd}"
                + ".cell svg{width:100%;height:auto}.anim svg{width:240px;height:160px}"
                + "</style></head><body><h1>Start and end</h1><div class=\"grid\">");
        for (Exercise e : ExerciseLibrary.builtIn()) {
            html.append("<div class=\"cell\"><div>").append(FigureRenderer.escape(e.name())).append(" <small>")
                    .append(e.code()).append("</small></div>").append(FigureRenderer.startAndEnd(e)).append("</div>");
        }
        html.append("</div><h1>Animated</h1><div class=\"anim\">");
        for (Exercise e : ExerciseLibrary.builtIn()) {
            html.append(FigureRenderer.animated(e));
        }
        html.append("</div></body></html>");
        Path sheet = Path.of("target", "sheet.html");
        Files.createDirectories(sheet.getParent());
        Files.writeString(sheet, html);
        String written = Files.readString(sheet);
        for (Exercise e : ExerciseLibrary.builtIn()) {
            assertThat(written).as(e.code()).contains("<small>" + e.code() + "</small>");
        }
        assertThat(written.split("<animate ", -1).length - 1).isGreaterThanOrEqualTo(ExerciseLibrary.builtIn().size());
    }
}
