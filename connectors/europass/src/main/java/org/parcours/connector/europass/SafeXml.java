package org.parcours.connector.europass;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parcours.plugin.connector.CredentialRejected;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML with the JDK's own parser and every door closed: no DTD at all (so no
 * external entity and no entity expansion: XXE and "billion laughs" are refused before anything is
 * resolved), no XInclude, no external schema, element depth capped.
 */
final class SafeXml {

  /** Deepest element nesting accepted; the ELM 2 sample is about 12 levels deep. */
  static final int MAX_DEPTH = 100;

  private SafeXml() {}

  static Document parse(byte[] bytes) throws CredentialRejected {
    if (declaresDoctype(bytes)) {
      throw doctype(null);
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entity refused: " + systemId);
      });
      builder.setErrorHandler(new Quiet());
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      String lower = message.toLowerCase(Locale.ROOT);
      if (lower.contains("doctype")) {
        throw doctype(e);
      }
      if (lower.contains("depth")) {
        throw new CredentialRejected(
            "xml.too-deep", "The XML is nested deeper than " + MAX_DEPTH + " levels.", e);
      }
      throw new CredentialRejected("xml.malformed", "The XML is malformed: " + message, e);
    } catch (IOException | ParserConfigurationException | RuntimeException e) {
      throw new CredentialRejected("xml.malformed", "The XML cannot be read safely.", e);
    }
  }

  private static CredentialRejected doctype(Exception cause) {
    return new CredentialRejected(
        "xml.doctype",
        "The XML declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which are refused: they are"
            + " how XML files are made to read the server's files or to blow up (XXE, billion"
            + " laughs).",
        cause);
  }

  /** A DOCTYPE may only come before the root element: look there, ignoring case. */
  private static boolean declaresDoctype(byte[] bytes) {
    String head =
        new String(
                bytes,
                0,
                Math.min(bytes.length, 64 * 1024),
                java.nio.charset.StandardCharsets.UTF_8)
            .toUpperCase(Locale.ROOT);
    return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // the JDK's parser, whatever else a class path brings
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
    return factory;
  }

  /** Errors become exceptions; nothing is printed to the server's console. */
  private static final class Quiet implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop the parse
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
