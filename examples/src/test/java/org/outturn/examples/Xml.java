package org.outturn.examples;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Parses the XHTML and SVG the examples write, with the JDK's XML parser, and queries it with XPath. */
final class Xml {

    static {
        // The tests run on the module path, patched into org.outturn.examples, which does not (and
        // need not) read java.xml; only the tests do, so they add the edge here, before any use.
        Xml.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    }

    private Xml() {
    }

    /** Parses a document, failing on anything that is not well-formed XML; namespaces are ignored. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
        }
    }

    /** The nodes an XPath expression selects. */
    static NodeList nodes(Document document, String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (Exception ex) {
            throw new AssertionError(xpath, ex);
        }
    }

    /** The string value of an XPath expression. */
    static String string(Document document, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (Exception ex) {
            throw new AssertionError(xpath, ex);
        }
    }
}
