package org.parcours.connector.openbadges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;

/**
 * Turns what a worker gave into credential text: JSON, a compact JWT, a baked PNG (iTXt or tEXt
 * chunk {@code openbadges}) or a baked SVG ({@code openbadges:assertion}). Every refusal carries a
 * code and an English reason.
 */
final class Inputs {

  /** Largest input read, in bytes. */
  static final int MAX_INPUT = 256 * 1024;

  /** Largest image side accepted in a baked PNG. */
  static final int MAX_SIDE = 16_384;

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Pattern JWT =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  /** What the input holds. */
  enum Kind {
    JSON,
    JWT
  }

  /**
   * Credential text found in an input.
   *
   * @param kind JSON or JWT
   * @param text the credential text
   * @param container {@code text}, {@code png} or {@code svg}
   */
  record Decoded(Kind kind, String text, String container) {}

  private Inputs() {}

  /** Cheap look at the first bytes, without parsing. */
  static boolean looksLikeOne(CredentialInput input) {
    if (input.size() == 0 || input.size() > MAX_INPUT) {
      return input.size() > MAX_INPUT && input.fileName().map(Inputs::ours).orElse(false);
    }
    byte[] head = java.util.Arrays.copyOf(input.content(), Math.min(input.size(), 512));
    if (startsWith(head, PNG_MAGIC)) {
      return true;
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("<")) {
      return text.contains("<svg") || input.mediaType().map(m -> m.contains("svg")).orElse(false);
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return true;
    }
    return text.startsWith("eyJ");
  }

  private static boolean ours(String fileName) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".json")
        || name.endsWith(".jwt")
        || name.endsWith(".png")
        || name.endsWith(".svg")
        || name.endsWith(".jsonld");
  }

  static Decoded decode(CredentialInput input) throws CredentialRejected {
    if (input.size() > MAX_INPUT) {
      throw new CredentialRejected(
          "input.too-large",
          "The file is larger than " + MAX_INPUT / 1024 + " KiB, more than any credential needs.");
    }
    if (input.size() == 0) {
      throw new CredentialRejected("input.empty", "The input is empty.");
    }
    byte[] bytes = input.content();
    if (startsWith(bytes, PNG_MAGIC)) {
      return classify(png(bytes), "png");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String trimmed = text.strip();
    if (trimmed.startsWith("\uFEFF")) {
      trimmed = trimmed.substring(1).strip();
    }
    if (trimmed.startsWith("<")) {
      return classify(svg(bytes), "svg");
    }
    return classify(trimmed, "text");
  }

  private static Decoded classify(String text, String container) throws CredentialRejected {
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      return new Decoded(Kind.JSON, trimmed, container);
    }
    if (JWT.matcher(trimmed).matches()) {
      return new Decoded(Kind.JWT, trimmed, container);
    }
    throw new CredentialRejected(
        "input.unrecognized",
        "This is not an Open Badge or Verifiable Credential (JSON, JWT, baked PNG or SVG).");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Walks the PNG chunks; checks the header size before anything else is read. */
  static String png(byte[] bytes) throws CredentialRejected {
    int pos = 8;
    boolean sawHeader = false;
    while (pos + 8 <= bytes.length) {
      long length = readInt(bytes, pos) & 0xffffffffL;
      String type = new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1);
      int data = pos + 8;
      if (length > bytes.length - data) {
        throw new CredentialRejected("png.malformed", "The PNG image is truncated or malformed.");
      }
      int len = (int) length;
      if (!sawHeader) {
        if (!type.equals("IHDR") || len < 8) {
          throw new CredentialRejected("png.malformed", "The PNG image has no header.");
        }
        long width = readInt(bytes, data) & 0xffffffffL;
        long height = readInt(bytes, data + 4) & 0xffffffffL;
        if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
          throw new CredentialRejected(
              "png.too-large",
              "The PNG image claims " + width + "x" + height + " pixels, which no badge needs.");
        }
        sawHeader = true;
      } else if (type.equals("iTXt") || type.equals("tEXt")) {
        String found = textChunk(bytes, data, len, type.equals("iTXt"));
        if (found != null) {
          return found;
        }
      } else if (type.equals("IEND")) {
        break;
      }
      pos = data + len + 4;
    }
    throw new CredentialRejected(
        "png.not-baked", "The PNG image holds no Open Badge (no 'openbadges' text chunk).");
  }

  private static String textChunk(byte[] bytes, int start, int length, boolean international)
      throws CredentialRejected {
    int end = start + length;
    int zero = indexOf(bytes, start, end, (byte) 0);
    if (zero < 0) {
      return null;
    }
    String keyword = new String(bytes, start, zero - start, StandardCharsets.ISO_8859_1);
    if (!keyword.equals("openbadges") && !keyword.equals("openbadgecredential")) {
      return null;
    }
    if (!international) {
      return new String(bytes, zero + 1, end - zero - 1, StandardCharsets.ISO_8859_1);
    }
    int p = zero + 1;
    if (p + 2 > end) {
      throw new CredentialRejected("png.malformed", "The badge text chunk is malformed.");
    }
    boolean compressed = bytes[p] == 1;
    p += 2;
    int languageEnd = indexOf(bytes, p, end, (byte) 0);
    if (languageEnd < 0) {
      throw new CredentialRejected("png.malformed", "The badge text chunk is malformed.");
    }
    int translatedEnd = indexOf(bytes, languageEnd + 1, end, (byte) 0);
    if (translatedEnd < 0) {
      throw new CredentialRejected("png.malformed", "The badge text chunk is malformed.");
    }
    p = translatedEnd + 1;
    if (!compressed) {
      return new String(bytes, p, end - p, StandardCharsets.UTF_8);
    }
    try (InputStream in =
        new InflaterInputStream(new ByteArrayInputStream(bytes, p, end - p), new Inflater())) {
      return new String(readCapped(in, MAX_INPUT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CredentialRejected("png.malformed", "The badge text chunk cannot be inflated.", e);
    }
  }

  static byte[] readCapped(InputStream in, int cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > cap) {
        throw new IOException("inflated content larger than " + cap + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int readInt(byte[] b, int p) {
    return ((b[p] & 0xff) << 24)
        | ((b[p + 1] & 0xff) << 16)
        | ((b[p + 2] & 0xff) << 8)
        | (b[p + 3] & 0xff);
  }

  /** Reads the baked assertion of an SVG with a parser that refuses DTDs and entities. */
  static String svg(byte[] bytes) throws CredentialRejected {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD && reader.getText().contains("<!ENTITY")) {
          throw new CredentialRejected(
              "svg.dtd", "The SVG image declares entities, which are refused (entity attacks).");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new CredentialRejected("svg.dtd", "The SVG image uses entities, which is refused.");
        }
        if (event == XMLStreamConstants.START_ELEMENT
            && ("assertion".equals(reader.getLocalName())
                || "credential".equals(reader.getLocalName()))
            && ("http://openbadges.org".equals(reader.getNamespaceURI())
                || "https://purl.imsglobal.org/ob/v3p0".equals(reader.getNamespaceURI()))) {
          String verify = reader.getAttributeValue(null, "verify");
          if (verify != null && !verify.isBlank()) {
            return verify.strip();
          }
          StringBuilder text = new StringBuilder();
          while (reader.hasNext()) {
            int inner = reader.next();
            if (inner == XMLStreamConstants.CHARACTERS || inner == XMLStreamConstants.CDATA) {
              text.append(reader.getText());
              if (text.length() > MAX_INPUT) {
                break;
              }
            } else if (inner == XMLStreamConstants.ENTITY_REFERENCE) {
              throw new CredentialRejected(
                  "svg.dtd", "The SVG image uses entities, which is refused.");
            } else if (inner == XMLStreamConstants.END_ELEMENT) {
              break;
            }
          }
          return text.toString().strip();
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new CredentialRejected(
          "svg.malformed", "The SVG image cannot be read safely: " + e.getMessage(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing left to release
        }
      }
    }
    throw new CredentialRejected(
        "svg.not-baked", "The SVG image holds no Open Badge (no openbadges:assertion element).");
  }

  private static void trySet(XMLInputFactory factory, String name, Object value) {
    try {
      factory.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // property unknown to this StAX implementation; DTDs are off anyway
    }
  }
}
