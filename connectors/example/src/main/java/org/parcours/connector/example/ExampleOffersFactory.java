package org.parcours.connector.example;

import org.parcours.plugin.PluginContext;
import org.parcours.plugin.guidance.GuidanceProvider;
import org.parcours.plugin.guidance.GuidanceProviderFactory;

/** Creates the provider of the example offers; it needs no configuration. */
public final class ExampleOffersFactory implements GuidanceProviderFactory {

  /** The provider's name, which an administrator binds to an organisation. */
  public static final String NAME = "offers";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public GuidanceProvider create(PluginContext context) {
    return new ExampleOffers();
  }
}
