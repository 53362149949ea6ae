package org.parcours.portal.plugin;

import java.util.ArrayList;
import java.util.List;
import org.parcours.plugin.guidance.GuidanceOffer;
import org.parcours.plugin.guidance.GuidanceProvider;
import org.parcours.plugin.guidance.GuidanceUnavailable;

/**
 * A guidance provider as the portal uses it: its one call goes through its plugin's time limit and
 * bulkhead, and only while the plugin is active.
 */
public final class HostedGuidanceProvider extends HostedExtension {

  private final GuidanceProvider provider;

  HostedGuidanceProvider(InstalledPlugin plugin, String name, GuidanceProvider provider) {
    super(plugin, name);
    this.provider = provider;
  }

  /**
   * The plugin id.
   *
   * @return the id of the plugin offering this provider
   */
  public String pluginId() {
    return plugin.id();
  }

  /**
   * Asks for the offers the provider publishes now.
   *
   * @return its answer, as the plugin gave it (not yet checked)
   * @throws GuidanceUnavailable when the provider says its source cannot be read now
   * @throws PluginUnavailable when the plugin is inactive, busy, slow or failing
   */
  public List<GuidanceOffer> offers() throws GuidanceUnavailable {
    requireActive();
    // Copied in the plugin's thread: reading the plugin's own list runs its code, under its limits.
    return plugin.calls().call(() -> new ArrayList<>(provider.offers()), GuidanceUnavailable.class);
  }
}
