package org.parcours.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API compatibility check, until a released API jar exists to compare against (then japicmp
 * replaces it, docs/adr/0007-plugin-api-and-host.md). It lists by reflection every public type and
 * every public or protected member of {@code org.parcours.plugin} and its sub-packages, one sorted
 * line each, and compares the list with the committed file {@code api-<major>.0.txt}: a line gone
 * or changed breaks compiled plugins, and so does a new abstract member of an interface plugins
 * implement (a plugin compiled before it has no body for it); any other new line, a default method
 * included, is an addition that raises the minor version.
 */
class ApiSurfaceTest {

  private static final String PACKAGE = "org.parcours.plugin";
  private static final String HEADER = "# Parcours plugin API ";
  private static final Path GENERATED = Path.of("target", "api-surface.txt");

  /** Interfaces partners implement: a new abstract member breaks every plugin built before it. */
  static final Set<String> IMPLEMENTED_BY_PLUGINS =
      Set.of(
          "org.parcours.plugin.Plugin",
          "org.parcours.plugin.connector.Connector",
          "org.parcours.plugin.connector.ConnectorFactory",
          "org.parcours.plugin.guidance.GuidanceProvider",
          "org.parcours.plugin.guidance.GuidanceProviderFactory",
          "org.parcours.plugin.issuer.CredentialIssuer",
          "org.parcours.plugin.issuer.IssuerFactory");

  /**
   * Interfaces the host implements and lends: plugins only call them, new members are additions.
   */
  static final Set<String> IMPLEMENTED_BY_HOST =
      Set.of(
          "org.parcours.plugin.PluginConfig",
          "org.parcours.plugin.PluginContext",
          "org.parcours.plugin.http.HttpFetcher",
          "org.parcours.plugin.issuer.Signer");

  /**
   * What changed between the recorded surface and the current one.
   *
   * @param removed lines gone or changed: a major change
   * @param newAbstract new abstract members of interfaces plugins implement: a major change
   * @param added every other new line: a minor change
   */
  record Changes(Set<String> removed, Set<String> newAbstract, Set<String> added) {}

  static Changes compare(Set<String> recorded, Set<String> surface) {
    Set<String> removed = new TreeSet<>(recorded);
    removed.removeAll(surface);
    Set<String> newAbstract = new TreeSet<>();
    Set<String> added = new TreeSet<>();
    for (String line : surface) {
      if (!recorded.contains(line)) {
        (abstractMemberOfAPluginInterface(line) ? newAbstract : added).add(line);
      }
    }
    return new Changes(removed, newAbstract, added);
  }

  private static boolean abstractMemberOfAPluginInterface(String line) {
    int member = line.indexOf('#');
    if (member < 0) {
      return false;
    }
    String description = line.substring(line.indexOf(" = ") + 3);
    return IMPLEMENTED_BY_PLUGINS.contains(line.substring(0, member))
        && List.of(description.split(" ")).contains("abstract");
  }

  @Test
  void publicSurfaceIsTheRecordedOne() throws IOException {
    ApiVersion current = ApiVersion.CURRENT;
    String fileName = "api-" + current.major() + ".0.txt";
    Set<String> surface = surface();
    Files.createDirectories(GENERATED.getParent());
    Files.writeString(GENERATED, render(current, surface), StandardCharsets.UTF_8);

    List<String> file = recorded(fileName);
    assertThat(file)
        .as(
            "src/test/resources/%s is missing: after a major version, record the new surface"
                + " there (the current one is written to plugin-api/%s)",
            fileName, GENERATED)
        .isNotEmpty();
    assertThat(file.get(0))
        .as("the first line of %s names the version it records", fileName)
        .startsWith(HEADER);
    ApiVersion recordedVersion = ApiVersion.parse(file.get(0).substring(HEADER.length()));
    assertThat(current.compareTo(recordedVersion))
        .as(
            "ApiVersion.CURRENT (%s) is older than the version %s records (%s)",
            current, fileName, recordedVersion)
        .isGreaterThanOrEqualTo(0);

    Set<String> recorded =
        file.stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .collect(Collectors.toCollection(TreeSet::new));
    Changes changes = compare(recorded, surface);
    Set<String> removed = changes.removed();
    Set<String> added = changes.added();

    StringBuilder problems = new StringBuilder();
    if (!removed.isEmpty()) {
      problems
          .append("These lines of ")
          .append(fileName)
          .append(" were removed or changed. This breaks plugins compiled against API ")
          .append(recordedVersion)
          .append(": it needs a major version (")
          .append(current.major() + 1)
          .append(".0), announced by a release that deprecates the old form first.")
          .append(" Restore them, or add the new form beside the old one.\n");
      removed.forEach(line -> problems.append("  - ").append(line).append('\n'));
    }
    if (!changes.newAbstract().isEmpty()) {
      problems
          .append("These new abstract members are on interfaces that plugins implement: a plugin")
          .append(" compiled against API ")
          .append(recordedVersion)
          .append(" has no body for them and fails with AbstractMethodError. Give each a default")
          .append(" body (a minor change), or make it a major version (")
          .append(current.major() + 1)
          .append(".0).\n");
      changes.newAbstract().forEach(line -> problems.append("  + ").append(line).append('\n'));
    }
    if (!added.isEmpty()) {
      problems
          .append("These lines are new in the public API. Add them to src/test/resources/")
          .append(fileName);
      if (current.equals(recordedVersion)) {
        problems
            .append(" and raise the minor version: set ApiVersion.CURRENT to ")
            .append(current.major())
            .append('.')
            .append(current.minor() + 1)
            .append(" and write it in the file's first line.");
      } else {
        problems
            .append(" and write ")
            .append(current)
            .append(" (ApiVersion.CURRENT, already raised) in the file's first line.");
      }
      problems
          .append(" The whole current surface is in plugin-api/")
          .append(GENERATED)
          .append(".\n");
      added.forEach(line -> problems.append("  + ").append(line).append('\n'));
    }
    if (!problems.isEmpty()) {
      fail("Plugin API compatibility (docs/plugin-guide/README.md#versioning):\n" + problems);
    }
  }

  private static final String CONNECTOR = "org.parcours.plugin.connector.Connector";
  private static final String CONTEXT = "org.parcours.plugin.PluginContext";

  @Test
  void aNewAbstractMethodOnAnInterfacePluginsImplementIsABreak() {
    String line = CONNECTOR + "#revoked(java.lang.String) = public abstract boolean";

    Changes changes = compare(Set.of(CONNECTOR + " = public abstract interface"), with(line));

    assertThat(changes.newAbstract()).containsExactly(line);
    assertThat(changes.added()).doesNotContain(line);
  }

  @Test
  void aNewDefaultMethodOnAnInterfacePluginsImplementIsAnAddition() {
    String line = CONNECTOR + "#revoked(java.lang.String) = public default boolean";

    Changes changes = compare(Set.of(CONNECTOR + " = public abstract interface"), with(line));

    assertThat(changes.newAbstract()).isEmpty();
    assertThat(changes.added()).containsExactly(line);
  }

  @Test
  void aNewAbstractMethodOnAnInterfaceTheHostImplementsIsAnAddition() {
    String line = CONTEXT + "#locale() = public abstract java.util.Locale";

    Changes changes = compare(Set.of(CONNECTOR + " = public abstract interface"), with(line));

    assertThat(changes.newAbstract()).isEmpty();
    assertThat(changes.added()).containsExactly(line);
  }

  @Test
  void aNewInterfaceWithItsAbstractMethodsIsAnAdditionUntilPluginsImplementIt() {
    Changes changes =
        compare(
            Set.of(),
            Set.of(
                "org.parcours.plugin.Fresh = public abstract interface",
                "org.parcours.plugin.Fresh#run() = public abstract void"));

    assertThat(changes.newAbstract()).isEmpty();
    assertThat(changes.added()).hasSize(2);
  }

  @Test
  void aMethodTurnedFromDefaultToAbstractIsABreak() {
    String before = CONNECTOR + "#formats() = public default java.util.List<java.lang.String>";
    String after = CONNECTOR + "#formats() = public abstract java.util.List<java.lang.String>";

    Changes changes = compare(Set.of(before), Set.of(after));

    assertThat(changes.removed()).containsExactly(before);
    assertThat(changes.newAbstract()).containsExactly(after);
  }

  @Test
  void everyInterfaceOfTheApiSaysWhoImplementsIt() throws IOException {
    Set<String> interfaces =
        surface().stream()
            .filter(line ->
                !line.contains("#")
                    && List.of(line.substring(line.indexOf(" = ") + 3).split(" "))
                        .contains("interface"))
            .map(line -> line.substring(0, line.indexOf(" = ")))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(IMPLEMENTED_BY_PLUGINS).doesNotContainAnyElementsOf(IMPLEMENTED_BY_HOST);
    assertThat(interfaces)
        .as(
            "a new interface: add it to IMPLEMENTED_BY_PLUGINS or IMPLEMENTED_BY_HOST, so that"
                + " a new abstract member of it is judged rightly")
        .allMatch(i -> IMPLEMENTED_BY_PLUGINS.contains(i) || IMPLEMENTED_BY_HOST.contains(i));
  }

  private static Set<String> with(String line) {
    return Set.of(CONNECTOR + " = public abstract interface", line);
  }

  @Test
  void surfaceListsTypesMembersAndConstantValues() throws IOException {
    Set<String> surface = surface();

    assertThat(surface)
        .contains(
            "org.parcours.plugin.Plugin = public abstract interface",
            "org.parcours.plugin.Plugin#connectors() = public default"
                + " java.util.List<org.parcours.plugin.connector.ConnectorFactory>",
            "org.parcours.plugin.PluginDescriptor#NETWORK = public static final java.lang.String"
                + " = \"network\"",
            "org.parcours.plugin.guidance.GuidanceProvider#offers() = public abstract"
                + " java.util.List<org.parcours.plugin.guidance.GuidanceOffer>"
                + " throws org.parcours.plugin.guidance.GuidanceUnavailable");
    // Binary names (Outer$Inner) and synthetic members (lambda$0) are not part of the API.
    assertThat(surface).noneMatch(line -> line.contains("$"));
  }

  private static List<String> recorded(String fileName) throws IOException {
    try (InputStream in = ApiSurfaceTest.class.getResourceAsStream("/" + fileName)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static String render(ApiVersion version, Set<String> surface) {
    return HEADER
        + version
        + "\n# Generated by ApiSurfaceTest: every public type and public or protected member.\n"
        + String.join("\n", surface)
        + "\n";
  }

  /** Every exported type and member, one line each, in code-point order. */
  static Set<String> surface() throws IOException {
    Set<String> lines = new TreeSet<>();
    for (Class<?> type : types()) {
      if (!exported(type)) {
        continue;
      }
      String name = type.getCanonicalName();
      lines.add(name + " = " + describe(type));
      for (Field field : type.getDeclaredFields()) {
        if (exported(field.getModifiers()) && !field.isSynthetic()) {
          lines.add(name + "#" + field.getName() + " = " + describe(field));
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (exported(constructor.getModifiers()) && !constructor.isSynthetic()) {
          lines.add(name + "#<init>" + parameters(constructor) + " = " + describe(constructor));
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (exported(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          lines.add(name + "#" + method.getName() + parameters(method) + " = " + describe(method));
        }
      }
    }
    return lines;
  }

  /** The classes compiled from this module's main sources, read from where the API was loaded. */
  private static List<Class<?>> types() throws IOException {
    Path location;
    try {
      location = Path.of(Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(location)) {
      return types(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return types(jar.getPath("/"));
    }
  }

  private static List<Class<?>> types(Path root) throws IOException {
    Path packageDirectory = root.resolve(PACKAGE.replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(packageDirectory)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String className =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        if (className.endsWith("package-info")) {
          continue;
        }
        try {
          types.add(Class.forName(className, false, Plugin.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + className, e);
        }
      }
    }
    return types;
  }

  private static boolean exported(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!exported(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean exported(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    List<String> words = new ArrayList<>(modifiers(type.getModifiers()));
    words.add(
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class");
    StringBuilder out = new StringBuilder(String.join(" ", words));
    out.append(typeParameters(type.getTypeParameters()));
    if (type.isRecord()) {
      out.append(
          Arrays.stream(type.getRecordComponents())
              .map(c -> name(c.getGenericType()) + " " + c.getName())
              .collect(Collectors.joining(", ", "(", ")")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null
        && superclass != Object.class
        && superclass != Record.class
        && !(type.isEnum() && type.getSuperclass() == Enum.class)) {
      out.append(" extends ").append(name(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      out.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces)
                  .map(ApiSurfaceTest::name)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String describe(Field field) {
    String text =
        String.join(" ", modifiers(field.getModifiers())) + " " + name(field.getGenericType());
    int constant = Modifier.STATIC | Modifier.FINAL;
    if ((field.getModifiers() & constant) == constant
        && (field.getType().isPrimitive() || field.getType() == String.class)) {
      // Compilers copy constant values into the plugins that read them: a new value is a break.
      try {
        Object value = field.get(null);
        text += " = " + (value instanceof String s ? "\"" + s + "\"" : String.valueOf(value));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return text;
  }

  private static String describe(Executable executable) {
    int modifiers = executable.getModifiers();
    if (Modifier.isFinal(executable.getDeclaringClass().getModifiers())) {
      // In a final class (records included) a final method says nothing more to a plugin.
      modifiers &= ~Modifier.FINAL;
    }
    List<String> words = new ArrayList<>(modifiers(modifiers));
    if (executable instanceof Method method && method.isDefault()) {
      words.add("default");
    }
    String text = String.join(" ", words);
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      text += " " + typeParameters;
    }
    if (executable instanceof Method method) {
      text += " " + name(method.getGenericReturnType());
    }
    Type[] exceptions = executable.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      text +=
          " throws "
              + Arrays.stream(exceptions)
                  .map(ApiSurfaceTest::name)
                  .sorted()
                  .collect(Collectors.joining(", "));
    }
    return text;
  }

  private static String parameters(Executable executable) {
    List<String> types =
        new ArrayList<>(
            Arrays.stream(executable.getGenericParameterTypes())
                .map(ApiSurfaceTest::name)
                .toList());
    if (executable.isVarArgs() && !types.isEmpty()) {
      String last = types.remove(types.size() - 1);
      types.add(last.substring(0, last.length() - 2) + "...");
    }
    return types.stream().collect(Collectors.joining(", ", "(", ")"));
  }

  /** The modifiers that matter to a caller or an implementer, always in the same order. */
  private static List<String> modifiers(int modifiers) {
    List<String> words = new ArrayList<>();
    for (Map.Entry<Integer, String> m :
        List.of(
            Map.entry(Modifier.PUBLIC, "public"),
            Map.entry(Modifier.PROTECTED, "protected"),
            Map.entry(Modifier.ABSTRACT, "abstract"),
            Map.entry(Modifier.STATIC, "static"),
            Map.entry(Modifier.FINAL, "final"))) {
      if ((modifiers & m.getKey()) != 0) {
        words.add(m.getValue());
      }
    }
    return words;
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
        .map(v -> {
          List<String> bounds =
              Arrays.stream(v.getBounds())
                  .filter(b -> b != Object.class)
                  .map(ApiSurfaceTest::name)
                  .toList();
          return v.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
        })
        .collect(Collectors.joining(", ", "<", ">"));
  }

  /** A type as source code writes it, independent of the JDK's own {@code toString} forms. */
  private static String name(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray() ? name(c.getComponentType()) + "[]" : c.getCanonicalName();
    }
    if (type instanceof ParameterizedType p) {
      return name(p.getRawType())
          + Arrays.stream(p.getActualTypeArguments())
              .map(ApiSurfaceTest::name)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof GenericArrayType a) {
      return name(a.getGenericComponentType()) + "[]";
    }
    if (type instanceof TypeVariable<?> v) {
      return v.getName();
    }
    if (type instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + name(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + name(upper);
    }
    throw new IllegalArgumentException("unexpected type " + type);
  }
}
