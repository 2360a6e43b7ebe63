package org.rhomboid.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf: the same fragments the pages use, wrapped in a print
 * layout (letterhead, patient on every page, page numbers). Inline SVG (body chart, trend charts) is drawn as
 * vector graphics. The fonts ship with the application, so PDFs look the same on every machine and print every
 * character the notes use (≤, °, —).
 */
@Component
public class PdfRenderer {

    private static final String FONT = "Rhomboid Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext beans;

    PdfRenderer(ITemplateEngine templates, ApplicationContext beans) {
        this.templates = templates;
        this.beans = beans;
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH, variables);
        // The PDF's templates reach the same beans as the pages (@dates, @words): one date format for both.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        String html = templates.process(template, context);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(document, "classpath:/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Missing font " + file);
        }
        return in;
    }
}
