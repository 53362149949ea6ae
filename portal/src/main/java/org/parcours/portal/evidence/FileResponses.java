package org.parcours.portal.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How an evidence file is sent back: always as an attachment that no browser will run. */
public final class FileResponses {

  public static final String NOSNIFF = "nosniff";
  public static final String SANDBOX = "sandbox; default-src 'none'";

  private FileResponses() {}

  /** RFC 6266: an ASCII fallback and the exact UTF-8 name, both escaped. */
  public static String contentDisposition(String name) {
    // Only plain characters in the fallback; the exact name travels percent-encoded.
    String ascii = name.replaceAll("[^A-Za-z0-9 ._()-]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
