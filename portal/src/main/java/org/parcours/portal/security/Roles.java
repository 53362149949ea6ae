package org.parcours.portal.security;

/** The four roles the identity provider grants, by the names used in its {@code groups} claim. */
public final class Roles {
  public static final String WORKER = "worker";
  public static final String ADVISER = "adviser";
  public static final String PARTNER = "partner";
  public static final String ADMIN = "admin";

  private Roles() {}
}
