package org.parcours.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the administrators' plugins page. */
@Named
@RequestScoped
public class PluginsPage {

  @Inject PluginHost host;

  private List<PluginView> plugins;

  /**
   * The plugins to list.
   *
   * @return every installed plugin
   */
  public List<PluginView> getPlugins() {
    if (plugins == null) {
      plugins = host.plugins().stream().map(PluginView::of).toList();
    }
    return plugins;
  }
}
