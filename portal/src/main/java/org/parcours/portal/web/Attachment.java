package org.parcours.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of every download the portal sends: saved, never shown or run in the portal's origin
 * (docs/adr/0006). Every file, export and PDF goes through here, so that the rules live once.
 */
public final class Attachment {

  /** Longest plain-ASCII name offered to old clients; the exact name travels in filename*. */
  static final int FALLBACK_MAX = 100;

  /** Longest exact name sent, in code points: what a stored file name may be. */
  static final int NAME_MAX = 255;

  private Attachment() {}

  /** The headers for a download saved under {@code name}. */
  public static Map<String, String> headers(String name) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Disposition", contentDisposition(name));
    // The browser keeps the type sent (the detected one), and if it ever shows the file, as in
    // an opaque origin with nothing allowed: no script, no form, no plugin.
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", "sandbox; default-src 'none'");
    headers.put("Cache-Control", "private, no-store");
    return headers;
  }

  /** Sets the headers on a servlet response. */
  public static void on(HttpServletResponse response, String name) {
    headers(name).forEach(response::setHeader);
  }

  /** Adds the headers to a JAX-RS response. */
  public static Response.ResponseBuilder on(Response.ResponseBuilder response, String name) {
    headers(name).forEach(response::header);
    return response;
  }

  /**
   * RFC 6266: {@code attachment}, a quoted plain-ASCII fallback, and the exact name in UTF-8 (RFC
   * 8187, formerly 5987). Whatever the name holds (quotes, CR/LF, semicolons, slashes, any script),
   * neither parameter can end early, add a header or name a path.
   */
  public static String contentDisposition(String name) {
    String exact = exact(name == null ? "" : name);
    return "attachment; filename=\""
        + fallback(exact)
        + "\"; filename*=UTF-8''"
        + percentEncoded(exact.isEmpty() ? "file" : exact);
  }

  // No control or invisible formatting character (a right-to-left override makes "gpj.exe" read
  // as "exe.jpg"), no line separator, no path: a name is only ever a name.
  private static String exact(String name) {
    return shortened(
        name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").replaceAll("[/\\\\]", "_").strip(),
        NAME_MAX);
  }

  // "Relevé « mars ».pdf" -> "Releve _ mars _.pdf": accents dropped, anything else non-plain
  // (quote, backslash, semicolon, percent, non-ASCII) replaced.
  private static String fallback(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9 ._()-]", "_");
    plain = shortened(plain, FALLBACK_MAX).replaceAll("^[ .]+|[ .]+$", "");
    return plain.isEmpty() ? "file" : plain;
  }

  // Cut in code points, never inside one, keeping a short extension: "....pdf" still opens as a
  // PDF.
  private static String shortened(String name, int max) {
    if (name.codePointCount(0, name.length()) <= max) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot >= 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    int kept = max - extension.codePointCount(0, extension.length());
    return name.substring(0, name.offsetByCodePoints(0, kept)) + extension;
  }

  // RFC 8187 attr-char, narrowed to letters, digits and "-._~": everything else as %XX of UTF-8.
  private static String percentEncoded(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
