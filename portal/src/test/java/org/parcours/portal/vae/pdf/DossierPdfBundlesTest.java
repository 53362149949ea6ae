package org.parcours.portal.vae.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parcours.portal.vae.pdf.CompetenceLine.Assessment;
import org.parcours.portal.vae.pdf.EvidenceLine.Kind;

class DossierPdfBundlesTest {

  @Test
  void frenchAndEnglishHaveTheSameKeysAndTheBaseNone() throws IOException {
    assertThat(load("_en").stringPropertyNames()).isEqualTo(load("_fr").stringPropertyNames());
    assertThat(load("").stringPropertyNames()).isEmpty();
  }

  @Test
  void everyAssessmentAndKindIsWordedInBothLanguages() throws IOException {
    for (String language : List.of("_fr", "_en")) {
      Properties texts = load(language);
      for (Assessment assessment : Assessment.values()) {
        assertThat(texts).containsKey("assessment." + assessment.name());
      }
      for (Kind kind : Kind.values()) {
        assertThat(texts).containsKey("kind." + kind.name());
      }
    }
  }

  @Test
  void noTextUsesAStraightApostropheThatMessageFormatWouldEat() throws IOException {
    for (String language : List.of("_fr", "_en")) {
      Properties texts = load(language);
      for (String key : texts.stringPropertyNames()) {
        assertThat(texts.getProperty(key)).as("%s%s", key, language).doesNotContain("'");
      }
    }
  }

  @Test
  void frenchReaderGetsFrenchWhateverTheServerLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Labels.in(Locale.FRANCE).get("evidence.verified")).isEqualTo("Vérifié");
      assertThat(Labels.in(Locale.GERMAN).get("evidence.verified")).isEqualTo("Vérifié");
      assertThat(Labels.in(Locale.UK).get("evidence.verified")).isEqualTo("Verified");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties load(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        DossierPdfBundlesTest.class.getResourceAsStream("DossierPdf" + suffix + ".properties")) {
      assertThat(in).as("DossierPdf%s.properties", suffix).isNotNull();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}
