package org.parcours.plugin.connector;

import java.util.List;

/**
 * Reads and verifies certificates of some formats. The host calls it with time limits and a
 * bulkhead; it must be thread-safe and must not keep state about workers between calls.
 */
public interface Connector {

  /**
   * The formats this connector reads.
   *
   * @return one or more formats
   */
  List<CredentialFormat> formats();

  /**
   * Tells cheaply, without verifying, whether the input looks like one of its formats, so the host
   * can pick a connector for an upload.
   *
   * @param input what the worker gave
   * @return {@code true} if {@link #parse} should be tried
   */
  boolean accepts(CredentialInput input);

  /**
   * Reads the credential into the portal's normalized record, without any network access.
   *
   * @param input what the worker gave
   * @return the normalized record
   * @throws CredentialRejected when the input is not a credential this connector can read, with a
   *     reason a person can act on
   */
  ParsedCredential parse(CredentialInput input) throws CredentialRejected;

  /**
   * Verifies the credential: signature, issuer, dates, status, schema, recipient. Called at import
   * and again later from the kept original, so it must depend only on its arguments, the fetched
   * resources and the context's clock. It never throws for a bad credential: every problem is a
   * failed or unknown check in the report.
   *
   * @param input the original as the worker gave it
   * @param recipient who the credential is being attached to
   * @return the report, one check per aspect
   */
  VerificationReport verify(CredentialInput input, Recipient recipient);
}
