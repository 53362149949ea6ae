package org.parcours.portal.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.parcours.plugin.Plugin;

/**
 * Builds plugin jars from source outside the portal's build, as a partner would: compiled against
 * the plugin API jar only, with a descriptor and a service file.
 */
final class PluginJars {

  private PluginJars() {}

  static Path build(Path dir, String id, String apiVersion, String pluginBody, String connectorBody)
      throws IOException {
    return build(dir, id, apiVersion, pluginBody, connectorBody, "");
  }

  static Path build(
      Path dir,
      String id,
      String apiVersion,
      String pluginBody,
      String connectorBody,
      String permissions)
      throws IOException {
    Path src = Files.createDirectories(dir.resolve("src-" + id + "/partner/" + pkg(id)));
    Path classes = Files.createDirectories(dir.resolve("classes-" + id));
    String pkg = "partner." + pkg(id);
    Files.writeString(
        src.resolve("PartnerPlugin.java"),
        """
        package %s;
        import java.util.*;
        import org.parcours.plugin.*;
        import org.parcours.plugin.connector.*;
        public final class PartnerPlugin implements Plugin {
          %s
          public PluginDescriptor descriptor() { return PluginDescriptor.of(PartnerPlugin.class); }
          public List<ConnectorFactory> connectors() {
            return List.of(new ConnectorFactory() {
              public String name() { return "main"; }
              public List<ConfigProperty> configuration() {
                return List.of(new ConfigProperty("greeting", "word shown in titles", false, false, "hello"));
              }
              public Connector create(PluginContext context) { return new PartnerConnector(context); }
            });
          }
        }
        """
            .formatted(pkg, pluginBody));
    Files.writeString(
        src.resolve("PartnerConnector.java"),
        """
        package %s;
        import java.util.*;
        import org.parcours.plugin.*;
        import org.parcours.plugin.connector.*;
        import org.parcours.plugin.connector.VerificationReport.*;
        final class PartnerConnector implements Connector {
          private final PluginContext context;
          PartnerConnector(PluginContext context) { this.context = context; }
          public List<CredentialFormat> formats() {
            return List.of(new CredentialFormat("partner", "Partner format", Set.of("text/plain")));
          }
          public boolean accepts(CredentialInput input) { return input.text().startsWith("partner:"); }
          public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
            %s
          }
          public VerificationReport verify(CredentialInput input, Recipient recipient) {
            return new VerificationReport(List.of(new Check(Aspect.SIGNATURE, Outcome.UNKNOWN, "unsigned", "no signature")));
          }
        }
        """
            .formatted(pkg, connectorBody));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String api = Path.of(location(Plugin.class)).toString();
    List<String> args =
        new ArrayList<>(List.of("-cp", api, "-d", classes.toString(), "--release", "21"));
    try (Stream<Path> files = Files.list(src)) {
      files.forEach(f -> args.add(f.toString()));
    }
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("plugin source of " + id + " does not compile");
    }
    Path jar = Files.createDirectories(dir.resolve("plugins")).resolve(id + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> compiled = Files.walk(classes)) {
      for (Path f : compiled.filter(Files::isRegularFile).toList()) {
        put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
      put(
          out,
          "META-INF/services/org.parcours.plugin.Plugin",
          (pkg + ".PartnerPlugin\n").getBytes(StandardCharsets.UTF_8));
      put(
          out,
          "META-INF/parcours-plugin.properties",
          ("id="
                  + id
                  + "\nname=Partner "
                  + id
                  + "\nversion=1.2.3\nvendor=Partner SAS\nlicense=MIT\n"
                  + "api-version="
                  + apiVersion
                  + "\ncapabilities=connector\npermissions="
                  + permissions
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      put(out, "messages.properties", "unsigned=Non signé\n".getBytes(StandardCharsets.ISO_8859_1));
      put(
          out,
          "messages_en.properties",
          "unsigned=Not signed\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    return jar;
  }

  private static String pkg(String id) {
    return id.replace("-", "");
  }

  private static java.net.URI location(Class<?> type) {
    try {
      return type.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream o = out;
    o.write(bytes);
    out.closeEntry();
  }
}
