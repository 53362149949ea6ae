package org.parcours.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, deployed as it is: tests run the real thing. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive portal() {
    File war = new File("target/portal.war");
    if (!war.isFile()) {
      throw new IllegalStateException("target/portal.war is missing: run the package phase first");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
