package org.parcours.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

  /** Keys that Java code formats with MessageFormat; pages show every other key as written. */
  private static final Pattern FORMATTED =
      Pattern.compile(
          "(violation|problem)\\..*|form\\.date\\.invalid|portfolio\\.(experience|training)\\..*"
              + "|portfolio\\.search\\.count|skills\\.(added|removed)|data\\.import\\.(done|linksDropped)|files\\.(added|deleted|missing)|shares\\.(link\\.created|adviser\\.created|revoked)|credential\\..*|credentials\\.(imported|deleted)|catalogue\\.(count|page)|partner\\.(published|withdrawn|imported)|admin\\.partners\\.(vetted|suspended)");

  @Test
  void frenchAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(load("en").stringPropertyNames()).isEqualTo(load("fr").stringPropertyNames());
  }

  @Test
  void apostrophesSurviveWhicheverWayATextIsShown() throws IOException {
    for (String lang : List.of("fr", "en")) {
      Messages messages = Messages.in(Locale.forLanguageTag(lang));
      Properties raw = load(lang);
      for (String key : raw.stringPropertyNames()) {
        String shown =
            FORMATTED.matcher(key).matches() ? messages.get(key, 2, "x") : raw.getProperty(key);
        assertThat(shown).as("%s in %s", key, lang).doesNotContain("''");
      }
    }
  }

  @Test
  void frenchReaderGetsFrenchWhateverTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Messages.in(Locale.FRANCE).get("layout.signIn")).isEqualTo("Se connecter");
      assertThat(Messages.in(Locale.GERMAN).get("layout.signIn")).isEqualTo("Se connecter");
      assertThat(Messages.firstSupported(List.of(Locale.GERMAN, Locale.UK)).get("layout.signIn"))
          .isEqualTo("Sign in");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void countsAreSpelledOutInProblemDetails() {
    assertThat(Messages.in(Locale.FRENCH).get("problem.invalid-input.detail", 1))
        .startsWith("Une règle n'est pas respectée");
    assertThat(Messages.in(Locale.ENGLISH).get("problem.invalid-input.detail", 3))
        .startsWith("3 rules are broken");
  }

  private static Properties load(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/org/parcours/portal/i18n/messages_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(p).isNotEmpty();
    return Set.of("fr", "en").contains(lang) ? p : null;
  }
}
