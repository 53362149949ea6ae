package org.parcours.portal.vae.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.parcours.portal.vae.pdf.CompetenceLine.Assessment;
import org.parcours.portal.vae.pdf.EvidenceLine.Kind;

/** What a screen-reader user and a jury notice in the exported dossier, read back with PDFBox. */
class DossierPdfTest {

  @Test
  void dossierIsTaggedWithItsLanguageAndATitleNamingTheCertification() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.camille())) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("fr-FR");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();

      String title =
          "Dossier de faisabilité VAE\u00a0: Titre professionnel Gestionnaire de paie (RNCP35185)";
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
      assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Camille Lefèvre");
      XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(title);
      assertThat(xmp.getDublinCoreSchema().getDescription())
          .contains("Camille Lefèvre", "RNCP35185");
      // The PDF/UA identifier: readers and validators look for part 1 of ISO 14289.
      assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("<pdfuaid:part>1</pdfuaid:part>");
    }
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.large(3))) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.endsWith("LiberationSans"));
    }
  }

  @Test
  void structureTreeHasHeadingsListsAndTablesWithScopedHeaders() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.camille())) {
      List<PDStructureElement> elements = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
      List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();

      assertThat(types)
          .contains("Document", "H1", "H2", "H3", "H4", "P", "L", "LI", "Table", "Caption")
          .contains("THead", "TBody", "TR", "TH", "TD");
      assertThat(types.stream().filter("H1"::equals)).hasSize(1);
      assertThat(types.stream().filter("H2"::equals)).hasSize(5);
      assertThat(types).doesNotContain("Figure");

      List<String> scopes = new ArrayList<>();
      for (PDStructureElement element : elements) {
        if (element.getStructureType().equals("TH")) {
          Revisions<PDAttributeObject> attributes = element.getAttributes();
          for (int i = 0; i < attributes.size(); i++) {
            scopes.add(attributes.getObject(i).getCOSObject().getNameAsString("Scope"));
          }
        }
      }
      assertThat(scopes).contains("Row", "Column").doesNotContainNull();
    }
  }

  @Test
  void juryReadsTheRubricsBlocsNarrativesAndAccents() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.camille())) {
      String text = text(pdf);
      assertThat(text)
          .contains("1. Candidat", "Camille Lefèvre")
          .contains("2. Certification professionnelle visée", "Numéro de fiche RNCP RNCP35185")
          .contains("Ministère du Travail, du Plein emploi et de l’Insertion")
          .contains("La demande vise 2 blocs de compétences")
          .contains("3. Expériences professionnelles", "4. Formations suivies")
          .contains("5. Compétences par bloc")
          .contains(
              "RNCP35185BC01 – Assurer la tenue et le suivi du dossier social de l’entreprise")
          .contains("RNCP35185BC02 – Assurer la production de la paie")
          .contains("le cœur de mon travail", "œuvres sociales", "j’ai repris seule");
    }
  }

  @Test
  void datesAreWrittenForTheReader() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.camille())) {
      assertThat(text(pdf))
          .contains("Établi le 30 novembre 2026 à 10:15 avec Parcours")
          .contains(
              "Structure\u00a0: Transports Martin Période\u00a0: du 1 mars 2019 au 30 juin 2023")
          .contains("Période\u00a0: depuis le 4 septembre 2023 (en cours)")
          .contains("Période\u00a0: du 15 janvier 2024 au 17 janvier 2024");
    }
  }

  @Test
  void eachBlocSaysItsCoverageAndVerifiedEvidenceInWords() throws Exception {
    try (PDDocument pdf = render(SampleDossiers.camille())) {
      String text = text(pdf);
      assertThat(text)
          .contains("Couverture\u00a0: 3 justificatifs, dont 1 vérifié.")
          .contains("Couverture\u00a0: aucun justificatif n’est joint.")
          .contains("Open Badge DSN avancée Attestation numérique")
          .contains("Vérifié")
          .contains("Déclaré, non vérifié");
    }
  }

  @Test
  void missingTitleNarrativeAndAssessmentReadSensibly() throws Exception {
    DossierDocument sample = SampleDossiers.camille();
    DossierDocument untitled =
        new DossierDocument(
            sample.locale(),
            sample.candidateName(),
            sample.certificationNumber(),
            null,
            List.of(),
            sample.generatedAt(),
            sample.zone(),
            sample.blocs(),
            List.of(),
            List.of());
    try (PDDocument pdf = render(untitled)) {
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Dossier de faisabilité VAE\u00a0: RNCP35185");
      String text = text(pdf);
      assertThat(text)
          .contains("Dossier de faisabilité VAE\u00a0: RNCP35185")
          .doesNotContain("Intitulé RNCP35185", "null")
          .contains("Certificateurs Non renseigné")
          .contains("Le candidat n’a pas encore décrit ses activités pour ce bloc.")
          .contains("Assurer les relations avec le personnel et les tiers Non renseigné")
          .contains("Aucune expérience n’est renseignée.", "Aucune formation n’est renseignée.");
    }
    ExperienceLine bare = new ExperienceLine("Bénévole", null, null, null, " ");
    try (PDDocument pdf = render(withExperiences(sample, List.of(bare)))) {
      assertThat(text(pdf))
          .contains("Bénévole Structure\u00a0: Non renseigné Période\u00a0: Dates non renseignées")
          .doesNotContain("null");
    }
  }

  @Test
  void englishDossierUsesEnglishLabelsDatesAndLanguage() throws Exception {
    DossierDocument sample = SampleDossiers.camille();
    DossierDocument english =
        new DossierDocument(
            Locale.UK,
            sample.candidateName(),
            sample.certificationNumber(),
            sample.certificationTitle(),
            sample.certifiers(),
            sample.generatedAt(),
            sample.zone(),
            sample.blocs(),
            sample.experiences(),
            sample.trainings());
    try (PDDocument pdf = render(english)) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("VAE feasibility file: Titre professionnel Gestionnaire de paie (RNCP35185)");
      assertThat(text(pdf))
          .contains("1. Candidate", "5. Skills by block", "Self-assessment", "Partly acquired")
          .contains("Coverage: 3 pieces of evidence, 1 verified.")
          .contains("Declared, not verified", "Digital credential")
          .contains("Organisation: Transports Martin Period: March 1, 2019 to June 30, 2023")
          .contains("Period: since September 4, 2023 (ongoing)")
          .doesNotContain("Candidat ", "Vérifié", "Couverture");
    }
  }

  @Test
  void tenBlocDossierIsAValidMultiPageDocument() throws Exception {
    byte[] bytes = bytes(SampleDossiers.large(10));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
      String text = text(pdf);
      for (int b = 1; b <= 10; b++) {
        assertThat(text).contains(String.format(Locale.ROOT, "RNCP35185BC%02d – Bloc %d :", b, b));
      }
      assertThat(text.split("Couverture\u00a0: 8 justificatifs, dont 4 vérifiés\\.", -1))
          .hasSize(11);
      assertThat(text).contains(String.format(Locale.ROOT, "%d / %d", 2, pdf.getNumberOfPages()));
    }
  }

  @Test
  void aFailingStreamIsReportedWithTheCertification() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> new DossierPdf().write(SampleDossiers.camille(), broken))
        .isInstanceOf(DossierPdfException.class)
        .hasMessageContaining("RNCP35185")
        .hasRootCauseMessage("disk full");
  }

  @Test
  void competenceAndEvidenceKindsAllHaveWords() throws Exception {
    List<CompetenceLine> competences = new ArrayList<>();
    for (Assessment assessment : Assessment.values()) {
      competences.add(new CompetenceLine("Compétence " + assessment, assessment));
    }
    List<EvidenceLine> evidence = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      evidence.add(new EvidenceLine(kind, "Pièce " + kind, null, kind == Kind.CREDENTIAL));
    }
    DossierDocument sample = SampleDossiers.camille();
    DossierDocument all =
        new DossierDocument(
            sample.locale(),
            sample.candidateName(),
            sample.certificationNumber(),
            sample.certificationTitle(),
            sample.certifiers(),
            sample.generatedAt(),
            sample.zone(),
            List.of(new BlocSection("BC01", "Tout", "Récit.", competences, evidence)),
            List.of(),
            List.of());
    try (PDDocument pdf = render(all)) {
      assertThat(text(pdf))
          .contains("Compétence ACQUIRED Acquise", "Compétence NOT_YET Pas encore acquise")
          .contains("Pièce SKILL Compétence déclarée Non renseigné Déclaré, non vérifié")
          .contains("Couverture\u00a0: 5 justificatifs, dont 1 vérifié.");
    }
  }

  @Test
  void rendererSaysNothingAtInfo() throws Exception {
    Logger renderer = Logger.getLogger("com.openhtmltopdf");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level before = renderer.getLevel();
    renderer.setLevel(Level.INFO);
    renderer.addHandler(handler);
    try {
      bytes(SampleDossiers.camille());
    } finally {
      renderer.removeHandler(handler);
      renderer.setLevel(before);
    }
    assertThat(records).extracting(LogRecord::getMessage).isEmpty();
  }

  private static DossierDocument withExperiences(
      DossierDocument sample, List<ExperienceLine> experiences) {
    return new DossierDocument(
        sample.locale(),
        sample.candidateName(),
        sample.certificationNumber(),
        sample.certificationTitle(),
        sample.certifiers(),
        sample.generatedAt(),
        sample.zone(),
        sample.blocs(),
        experiences,
        sample.trainings());
  }

  static PDDocument render(DossierDocument document) throws IOException {
    return Loader.loadPDF(bytes(document));
  }

  static byte[] bytes(DossierDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DossierPdf().write(document, out);
    return out.toByteArray();
  }

  /** The text as a reader meets it, line wraps made spaces. */
  static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("[ \\t\\r\\n]+", " ");
  }

  /** The text without any white space, for texts long enough to wrap anywhere. */
  static String compact(String text) {
    return text.replaceAll("[\\s\u00a0]+", "");
  }

  private static void collect(PDStructureNode node, List<PDStructureElement> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        into.add(element);
        collect(element, into);
      }
    }
  }
}
