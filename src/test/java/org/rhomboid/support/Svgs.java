package org.rhomboid.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a chart's SVG back as XML: its title, description, labelled texts and markers, as a checker would. */
public final class Svgs {

    private Svgs() {
    }

    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** The text of the root's own {@code <title>} or {@code <desc>} (not those of its shapes), or null. */
    public static String own(Document svg, String element) {
        NodeList children = svg.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getLocalName().equals(element)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** Every element of the name whose class list holds {@code css}. */
    public static List<Element> withClass(Document svg, String name, String css) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(css)) {
                found.add(e);
            }
        }
        return found;
    }

    public static String text(Document svg, String css) {
        List<Element> found = withClass(svg, "text", css);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    public static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
