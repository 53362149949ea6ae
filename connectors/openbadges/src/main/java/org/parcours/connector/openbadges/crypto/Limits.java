package org.parcours.connector.openbadges.crypto;

import org.parcours.connector.support.StrictJson;

/** How the connector reads JSON it did not write: credentials, tokens, keys, contexts, lists. */
public final class Limits {

  /** Deepest JSON nesting accepted; credentials are far shallower. */
  public static final int MAX_JSON_DEPTH = 64;

  /** Longest JSON number accepted, in characters. */
  public static final int MAX_JSON_NUMBER = 200;

  /** Duplicate keys refused, nesting and numbers capped (connectors/support). */
  public static final StrictJson JSON = StrictJson.reader(MAX_JSON_DEPTH, MAX_JSON_NUMBER);

  private Limits() {}
}
