package org.rhomboid.exercise.domain;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Parses figure SVG as XML, so a test fails on anything a browser or Batik would reject as malformed. */
final class SvgAssertions {

    private SvgAssertions() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }
}
