package org.parcours.portfolio.catalogue;

/** Where a partner organisation stands with the administrators. */
public enum PartnerStatus {
  /** Registered, waiting for an administrator: its offers are not public. */
  PENDING,
  /** Checked by an administrator: its published offers are public. */
  VETTED,
  /** Stopped by an administrator, with a reason: its offers are withdrawn. */
  SUSPENDED
}
