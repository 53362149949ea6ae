package org.parcours.portal.vae.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HtmlTest {

  @Test
  void textStaysTextWhateverItHolds() throws Exception {
    Html html = new Html("fr-FR");
    Element body = html.element(html.root(), "body");
    html.textElement(body, "p", "<script>alert(1)</script> & <img src=x>");
    html.element(body, "p", "title", "\"><img src=x>");

    Element paragraph = (Element) body.getFirstChild();
    assertThat(paragraph.getChildNodes().getLength()).isEqualTo(1);
    assertThat(paragraph.getFirstChild().getNodeType()).isEqualTo(Element.TEXT_NODE);
    assertThat(body.getElementsByTagName("script").getLength()).isZero();
    assertThat(body.getElementsByTagName("img").getLength()).isZero();
    assertThat(serialise(html))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x&gt;")
        .contains("title=\"&quot;&gt;&lt;img src=x&gt;\"");
    assertThat(((Element) body.getLastChild()).getAttribute("title")).isEqualTo("\"><img src=x>");
  }

  @Test
  void rootCarriesTheLanguage() {
    Html html = new Html("en");
    assertThat(html.root().getLocalName()).isEqualTo("html");
    assertThat(html.root().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(html.root().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void cleaningDropsWhatNoReaderCanUse() {
    assertThat(Html.clean("a\u0000b\u0007c\u001bd\u0085e\u007ff")).isEqualTo("abcdef");
    assertThat(Html.clean("ligne 1\r\nligne 2\rligne 3\n\tfin"))
        .isEqualTo("ligne 1\nligne 2\nligne 3\n\tfin");
    assertThat(Html.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
    assertThat(Html.clean("x\uFFFEy\uFFFFz\uFDD0")).isEqualTo("xyz");
  }

  @Test
  void cleaningKeepsEveryRealCharacter() {
    String text = "É, œ, ’, « », 5 €, \u00a0, \u202f, 😀, 한국어, عربي";
    assertThat(Html.clean(text)).isEqualTo(text);
  }

  private static String serialise(Html html) throws Exception {
    var transformer = TransformerFactory.newDefaultInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.METHOD, "xml");
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(html.document()), new StreamResult(out));
    return out.toString();
  }
}
