package org.rhomboid.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aLinkBecomesWellFormedSvgWithDarkModulesAndAnEscapedTitle() throws Exception {
        String svg = QrCodes.svg("https://clinic.example/portal/abc_DEF-123", "Scan <here> & go");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains("<title>Scan &lt;here&gt; &amp; go</title>").contains("h1v1h-1z");
    }

    @Test
    void longerLinksNeedBiggerCodes() {
        String small = QrCodes.svg("https://a.example/p/x", "t");
        String large = QrCodes.svg("https://a.example/portal/" + "x".repeat(120), "t");
        assertThat(viewBox(large)).isGreaterThan(viewBox(small));
    }

    private static int viewBox(String svg) {
        String v = svg.substring(svg.indexOf("viewBox=\"0 0 ") + 13);
        return Integer.parseInt(v.substring(0, v.indexOf(' ')));
    }
}
