package org.parcours.connector.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.plugin.ApiVersion;
import org.parcours.plugin.Plugin;
import org.parcours.plugin.PluginDescriptor;

/** Describes itself from its own descriptor file, so the two can never disagree. */
public final class ExamplePlugin implements Plugin {

  private static final String DESCRIPTOR = "/META-INF/parcours-plugin.properties";

  private final PluginDescriptor descriptor = readDescriptor();

  @Override
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  private static PluginDescriptor readDescriptor() {
    Properties p = new Properties();
    try (InputStream in = ExamplePlugin.class.getResourceAsStream(DESCRIPTOR)) {
      if (in == null) {
        throw new IllegalStateException(DESCRIPTOR + " is missing from the plugin jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> capabilities =
        Arrays.stream(p.getProperty("capabilities", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new PluginDescriptor(
        p.getProperty("id"),
        p.getProperty("name"),
        p.getProperty("version"),
        p.getProperty("vendor"),
        p.getProperty("license"),
        ApiVersion.parse(p.getProperty("api-version")),
        capabilities);
  }
}
