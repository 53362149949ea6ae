package org.parcours.connector.openbadges;

import java.nio.file.Path;
import java.util.List;
import org.parcours.connector.openbadges.issuer.OpenBadgesIssuer;
import org.parcours.connector.openbadges.ld.Cryptosuites;
import org.parcours.connector.openbadges.ld.PinnedContexts;
import org.parcours.connector.openbadges.ld.Rdfc;
import org.parcours.plugin.ConfigProperty;
import org.parcours.plugin.PluginContext;
import org.parcours.plugin.issuer.CredentialIssuer;
import org.parcours.plugin.issuer.IssuerFactory;

/** Creates the issuer with the same pinned contexts as the connector. */
public final class OpenBadgesIssuerFactory implements IssuerFactory {

  @Override
  public String name() {
    return "openbadges-issuer";
  }

  @Override
  public List<ConfigProperty> configuration() {
    return new OpenBadgesConnectorFactory().configuration();
  }

  @Override
  public CredentialIssuer create(PluginContext context) {
    Path data = Path.of(context.configuration().require(OpenBadgesConnectorFactory.DATA_DIR));
    return new OpenBadgesIssuer(new Cryptosuites(new Rdfc(PinnedContexts.load(data))));
  }
}
