package org.parcours.connector.pix;

/** An answer of the endpoint that is not a Pix certificate document. */
final class BadDocument extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;

  BadDocument(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }
}
