package org.parcours.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parcours.portal.catalogue.web.CatalogueSearch;
import org.parcours.portal.plugin.PluginHost;

/**
 * The plugins and the catalogue index are opened in the background after start, and calls wait for
 * them, so their opening does not hold readiness back; but if either failed, every call needing it
 * would fail, and the portal says it is not ready rather than answering errors.
 */
@Readiness
@ApplicationScoped
public class BackgroundStartReadiness implements HealthCheck {

  @Inject PluginHost plugins;
  @Inject CatalogueSearch catalogue;

  @Override
  public HealthCheckResponse call() {
    boolean pluginsFailed = plugins.failedToLoad();
    boolean indexFailed = catalogue.failedToOpen();
    return HealthCheckResponse.named("background-start")
        .status(!pluginsFailed && !indexFailed)
        .withData("plugins", pluginsFailed ? "failed to load" : "loading or loaded")
        .withData("catalogueIndex", indexFailed ? "failed to open" : "opening or open")
        .build();
  }
}
