package org.parcours.portfolio.audit;

/** What an audit event records; its name is what the chain stores and hashes. */
public enum AuditEventType {
  /** A share or a consent given. */
  GRANT,
  /** A share or a consent withdrawn. */
  REVOKE,
  /** A read through a share. */
  READ,
  /** A dossier changed by an adviser the worker let co-edit. */
  DOSSIER_EDIT,
  /** A credential's verdict changed in background verification (a revocation, an expiry). */
  VERDICT
}
