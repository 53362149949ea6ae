package org.parcours.portal.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portfolio.credential.Credential;

/** Turns stored credentials into views, asking each one's connector for its texts. */
@ApplicationScoped
public class CredentialViews {

  @Inject PluginHost plugins;

  public CredentialView of(Credential credential, Locale locale) {
    return CredentialView.of(credential, connectors().get(credential.connector()), locale);
  }

  public List<CredentialView> of(List<Credential> credentials, Locale locale) {
    Map<String, HostedConnector> connectors = connectors();
    return credentials.stream()
        .map(c -> CredentialView.of(c, connectors.get(c.connector()), locale))
        .toList();
  }

  private Map<String, HostedConnector> connectors() {
    return plugins.connectors().stream()
        .collect(Collectors.toMap(HostedConnector::id, Function.identity(), (a, b) -> a));
  }
}
