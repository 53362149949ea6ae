package org.parcours.connector.openbadges;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parcours.connector.openbadges.ld.ColdStart;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.PinnedContexts;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.ConnectorFactory;

/** Creates the Open Badges connector once its data directory is known. */
public final class OpenBadgesConnectorFactory implements ConnectorFactory {

  /** Folder holding the pinned JSON-LD contexts and the OB 3.0 JSON Schemas. */
  public static final String DATA_DIR = "data-dir";

  /**
   * Milliseconds all the fetches of one verification may take together (key, status list, the
   * list's key); must stay under the host's limit on a plugin call (10 s by default).
   */
  public static final String DEADLINE = "verification-deadline-ms";

  @Override
  public String name() {
    return "openbadges";
  }

  @Override
  public List<ConfigProperty> configuration() {
    return List.of(
        new ConfigProperty(
            DATA_DIR,
            "Folder holding the JSON-LD contexts (vc-contexts, openbadges2/3, vc-bitstring-status-list)"
                + " and the Open Badges 3.0 JSON Schemas; each context is checked against a digest"
                + " pinned in the plugin",
            true,
            false,
            null),
        new ConfigProperty(
            DEADLINE,
            "Milliseconds all the network fetches of one verification may take together (issuer"
                + " key, status list, the list's key); past it the checks left are 'unknown'. Keep"
                + " it under the portal's limit on a plugin call (parcours.plugins.timeoutMillis)",
            false,
            false,
            Long.toString(Fetches.DEFAULT_DEADLINE.toMillis())));
  }

  @Override
  public Connector create(PluginContext context) {
    Path data = Path.of(context.configuration().require(DATA_DIR));
    PinnedContexts contexts = PinnedContexts.load(data);
    Fetches fetches = new Fetches(context.http(), context.clock(), deadline(context));
    Cryptosuites suites = new Cryptosuites(new Rdfc(contexts));
    VcVerifier vc =
        new VcVerifier(new Keys(fetches), fetches, suites, Ob3Schemas.load(data), context.clock());
    ColdStart.warmUp(suites, context.logger());
    return new OpenBadgesConnector(
        vc, new Ob2Verifier(fetches, context.clock()), fetches, context.logger());
  }

  private static Duration deadline(PluginContext context) {
    String value = context.configuration().get(DEADLINE).orElse(null);
    if (value == null || value.isBlank()) {
      return Fetches.DEFAULT_DEADLINE;
    }
    try {
      long millis = Long.parseLong(value.strip());
      if (millis > 0) {
        return Duration.ofMillis(millis);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        "configuration '" + DEADLINE + "' must be a positive number of milliseconds: " + value);
  }
}
