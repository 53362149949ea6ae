package org.parcours.portal.vae.pdf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A small builder of an XHTML DOM. User text goes in as text nodes and attribute values, which are
 * never parsed: a narrative holding {@code <img src=...>} stays those characters, whatever they
 * are. Nothing is serialised and parsed back, so there is no escaping to get wrong.
 */
final class Html {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final Document document;

  /** A document whose root is {@code <html lang="...">}. */
  Html(String languageTag) {
    try {
      document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's own DOM builder is not available", e);
    }
    Element html = document.createElementNS(XHTML, "html");
    html.setAttribute("lang", languageTag);
    document.appendChild(html);
  }

  Document document() {
    return document;
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** A new child element; {@code attributes} are name and value pairs. */
  Element element(Node parent, String name, String... attributes) {
    Element element = document.createElementNS(XHTML, name);
    for (int i = 0; i < attributes.length; i += 2) {
      element.setAttribute(attributes[i], clean(attributes[i + 1]));
    }
    parent.appendChild(element);
    return element;
  }

  /** A new child element holding a text. */
  Element textElement(Node parent, String name, String text) {
    Element element = element(parent, name);
    text(element, text);
    return element;
  }

  void text(Node parent, String text) {
    parent.appendChild(document.createTextNode(clean(text)));
  }

  /**
   * The text without what no reader can use and no font can show: control characters (line feeds
   * and tabs kept, carriage returns made line feeds), lone surrogates and non-characters.
   */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        if (i >= text.length() || text.charAt(i) != '\n') {
          cleaned.append('\n');
        }
      } else if (c == '\n' || c == '\t' || shown(c)) {
        cleaned.appendCodePoint(c);
      }
    }
    return cleaned.toString();
  }

  private static boolean shown(int c) {
    return !Character.isISOControl(c)
        && Character.getType(c) != Character.SURROGATE
        && (c & 0xFFFE) != 0xFFFE
        && !(c >= 0xFDD0 && c <= 0xFDEF);
  }
}
