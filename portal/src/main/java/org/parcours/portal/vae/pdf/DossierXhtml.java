package org.parcours.portal.vae.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The dossier as XHTML, in the order of the national feasibility file's rubrics: the candidate, the
 * certification and the blocs targeted, experiences, trainings, then each bloc with the candidate's
 * account, self-assessment and evidence. Headings, lists and tables carry the structure, so the
 * tagged PDF reads in that order.
 */
final class DossierXhtml {

  static final String FONT_FAMILY = "Liberation Sans";

  // Colours keep at least 7:1 against white; no information is carried by colour alone.
  private static final String CSS =
      """
      @page {
        size: A4;
        margin: 18mm 18mm 20mm 18mm;
        @bottom-right {
          content: counter(page) " / " counter(pages);
          font-family: '%1$s';
          font-size: 9pt;
          color: #333333;
        }
      }
      html, body { font-family: '%1$s'; font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; }
      body { margin: 0; }
      h1 { font-size: 19pt; font-weight: bold; margin: 0 0 3mm 0; }
      h2 {
        font-size: 14.5pt; font-weight: bold; margin: 7mm 0 3mm 0; padding-bottom: 1mm;
        border-bottom: 0.75pt solid #1a1a1a; page-break-after: avoid;
      }
      h3 { font-size: 12.5pt; font-weight: bold; margin: 6mm 0 2mm 0; page-break-after: avoid; }
      h4 { font-size: 10.5pt; font-weight: bold; margin: 3mm 0 1.5mm 0; page-break-after: avoid; }
      p { margin: 0 0 2mm 0; }
      p.fact { margin: 0 0 0.5mm 0; }
      ul { margin: 0 0 3mm 0; padding-left: 6mm; }
      li { margin-bottom: 1mm; }
      table { width: 100%%; border-collapse: collapse; margin: 1mm 0 4mm 0; }
      caption { text-align: left; color: #333333; padding-bottom: 1.5mm; }
      th, td {
        border: 0.5pt solid #595959; padding: 1.5mm 2mm; text-align: left; vertical-align: top;
      }
      thead th { background-color: #e6e6e6; }
      table, tr { page-break-inside: avoid; }
      th.key { width: 30%%; }
      .meta { color: #333333; }
      .coverage, .label { font-weight: bold; }
      .verified { font-weight: bold; }
      """
          .formatted(FONT_FAMILY);

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private final DossierDocument dossier;
  private final Labels labels;
  private final Html html;

  private DossierXhtml(DossierDocument dossier, Labels labels) {
    this.dossier = dossier;
    this.labels = labels;
    this.html = new Html(labels.languageTag());
  }

  static Document of(DossierDocument dossier) {
    return new DossierXhtml(dossier, Labels.in(dossier.locale())).build();
  }

  private Document build() {
    String title = labels.get("document.title", certification());
    Element head = html.element(html.root(), "head");
    html.textElement(head, "title", title);
    html.element(head, "meta", "name", "author", "content", dossier.candidateName());
    html.element(
        head,
        "meta",
        "name",
        "subject",
        "content",
        labels.get("document.subject", dossier.candidateName(), certification()));
    html.textElement(head, "style", CSS);

    Element body = html.element(html.root(), "body");
    html.textElement(body, "h1", title);
    html.textElement(
            body, "p", labels.moment("document.generated", dossier.generatedAt(), dossier.zone()))
        .setAttribute("class", "meta");
    candidate(body);
    certificationSection(body);
    experiences(body);
    trainings(body);
    blocs(body);
    return html.document();
  }

  /** The certification as a reader names it: its title and number, or the number alone. */
  private String certification() {
    String title = dossier.certificationTitle();
    return title == null || title.isBlank()
        ? dossier.certificationNumber()
        : labels.get("certification.named", title, dossier.certificationNumber());
  }

  private void candidate(Element body) {
    Element section = section(body, "candidate.heading");
    Element table = table(section, labels.get("candidate.caption"));
    Element rows = html.element(table, "tbody");
    keyRow(rows, "candidate.name", dossier.candidateName());
  }

  private void certificationSection(Element body) {
    Element section = section(body, "certification.heading");
    Element table = table(section, labels.get("certification.caption"));
    Element rows = html.element(table, "tbody");
    String title = dossier.certificationTitle();
    if (title != null && !title.isBlank()) {
      keyRow(rows, "certification.title", title);
    }
    keyRow(rows, "certification.number", dossier.certificationNumber());
    Element certifiers = keyRow(rows, "certification.certifiers", null);
    if (dossier.certifiers().isEmpty()) {
      html.text(certifiers, labels.get("value.none"));
    } else if (dossier.certifiers().size() == 1) {
      html.text(certifiers, dossier.certifiers().get(0));
    } else {
      Element list = html.element(certifiers, "ul");
      dossier.certifiers().forEach(certifier -> html.textElement(list, "li", certifier));
    }

    html.textElement(section, "h3", labels.get("certification.blocs.heading"));
    html.textElement(section, "p", labels.get("certification.blocs.count", dossier.blocs().size()));
    if (!dossier.blocs().isEmpty()) {
      Element list = html.element(section, "ul");
      for (BlocSection bloc : dossier.blocs()) {
        html.textElement(list, "li", labels.get("bloc.name", bloc.code(), bloc.label()));
      }
    }
  }

  private void experiences(Element body) {
    Element section = section(body, "experiences.heading");
    List<ExperienceLine> lines = dossier.experiences();
    if (lines.isEmpty()) {
      html.textElement(section, "p", labels.get("experiences.none"));
      return;
    }
    for (ExperienceLine line : lines) {
      entry(section, line.title(), line.organisation(), line.from(), line.to(), line.description());
    }
  }

  private void trainings(Element body) {
    Element section = section(body, "trainings.heading");
    List<TrainingLine> lines = dossier.trainings();
    if (lines.isEmpty()) {
      html.textElement(section, "p", labels.get("trainings.none"));
      return;
    }
    for (TrainingLine line : lines) {
      entry(section, line.title(), line.organisation(), line.from(), line.to(), line.description());
    }
  }

  private void blocs(Element body) {
    Element section = section(body, "blocs.heading");
    if (dossier.blocs().isEmpty()) {
      html.textElement(section, "p", labels.get("blocs.none"));
      return;
    }
    html.textElement(section, "p", labels.get("blocs.intro"));
    dossier.blocs().forEach(bloc -> bloc(section, bloc));
  }

  private void bloc(Element parent, BlocSection bloc) {
    Element section = html.element(parent, "section");
    html.textElement(section, "h3", labels.get("bloc.name", bloc.code(), bloc.label()));
    html.textElement(section, "p", coverage(bloc.evidence())).setAttribute("class", "coverage");

    html.textElement(section, "h4", labels.get("bloc.narrative.heading"));
    String narrative = bloc.narrative();
    if (narrative == null || narrative.isBlank()) {
      html.textElement(section, "p", labels.get("bloc.narrative.none"));
    } else {
      paragraphs(section, narrative);
    }

    html.textElement(section, "h4", labels.get("bloc.competences.heading"));
    if (bloc.competences().isEmpty()) {
      html.textElement(section, "p", labels.get("bloc.competences.none"));
    } else {
      Element table = table(section, labels.get("bloc.competences.caption", bloc.code()));
      headerRow(table, "column.competence", "column.assessment");
      Element rows = html.element(table, "tbody");
      for (CompetenceLine competence : bloc.competences()) {
        Element row = html.element(rows, "tr");
        html.textElement(row, "th", competence.label()).setAttribute("scope", "row");
        html.textElement(row, "td", assessment(competence.assessment()));
      }
    }

    html.textElement(section, "h4", labels.get("bloc.evidence.heading"));
    if (bloc.evidence().isEmpty()) {
      html.textElement(section, "p", labels.get("bloc.evidence.none"));
    } else {
      Element table = table(section, labels.get("bloc.evidence.caption", bloc.code()));
      headerRow(table, "column.evidence", "column.kind", "column.detail", "column.verification");
      Element rows = html.element(table, "tbody");
      for (EvidenceLine evidence : bloc.evidence()) {
        Element row = html.element(rows, "tr");
        html.textElement(row, "th", evidence.title()).setAttribute("scope", "row");
        html.textElement(row, "td", labels.get("kind." + evidence.kind().name()));
        html.textElement(row, "td", orNone(evidence.detail()));
        // Said in words, in bold too: never by colour alone.
        Element check = html.textElement(row, "td", labels.get(verification(evidence)));
        if (evidence.verified()) {
          check.setAttribute("class", "verified");
        }
      }
    }
  }

  /** How many pieces of evidence the bloc has and how many of them Parcours verified. */
  private String coverage(List<EvidenceLine> evidence) {
    int count = evidence.size();
    if (count == 0) {
      return labels.get("bloc.coverage.none");
    }
    long verified = evidence.stream().filter(EvidenceLine::verified).count();
    String share =
        verified == count
            ? "bloc.coverage.all"
            : verified == 0 ? "bloc.coverage.nothing" : "bloc.coverage.some";
    return labels.get("bloc.coverage", count, labels.get(share, verified == 0 ? count : verified));
  }

  private String assessment(CompetenceLine.Assessment assessment) {
    return assessment == null
        ? labels.get("assessment.none")
        : labels.get("assessment." + assessment.name());
  }

  private static String verification(EvidenceLine evidence) {
    return evidence.verified() ? "evidence.verified" : "evidence.declared";
  }

  /** A rubric: a {@code section} opened by its {@code h2}. */
  private Element section(Element body, String headingKey) {
    Element section = html.element(body, "section");
    html.textElement(section, "h2", labels.get(headingKey));
    return section;
  }

  private Element table(Element parent, String caption) {
    Element table = html.element(parent, "table");
    html.textElement(table, "caption", caption);
    return table;
  }

  private void headerRow(Element table, String... columnKeys) {
    Element row = html.element(html.element(table, "thead"), "tr");
    for (String key : columnKeys) {
      html.textElement(row, "th", labels.get(key)).setAttribute("scope", "col");
    }
  }

  /** A row whose header names the value; returns the value's cell, filled when given. */
  private Element keyRow(Element rows, String key, String value) {
    Element row = html.element(rows, "tr");
    Element header = html.textElement(row, "th", labels.get(key));
    header.setAttribute("scope", "row");
    header.setAttribute("class", "key");
    Element cell = html.element(row, "td");
    if (value != null) {
      html.text(cell, value);
    }
    return cell;
  }

  /** An experience or a training: its title as a heading, where and when, then what it was. */
  private void entry(
      Element parent,
      String title,
      String organisation,
      LocalDate from,
      LocalDate to,
      String description) {
    Element entry = html.element(parent, "section");
    html.textElement(entry, "h3", title);
    fact(entry, "entry.organisation", orNone(organisation));
    fact(entry, "entry.period", labels.period(from, to));
    if (description != null && !description.isBlank()) {
      paragraphs(entry, description);
    }
  }

  /** A paragraph naming one fact, then stating it. */
  private void fact(Element parent, String key, String value) {
    Element paragraph = html.element(parent, "p", "class", "fact");
    html.textElement(paragraph, "span", labels.get("fact", labels.get(key)))
        .setAttribute("class", "label");
    html.text(paragraph, " " + value);
  }

  /** Blank lines part paragraphs; a single line break stays a line break. */
  private void paragraphs(Element parent, String text) {
    for (String paragraph : PARAGRAPH_BREAK.split(Html.clean(text).strip())) {
      lines(html.element(parent, "p"), paragraph);
    }
  }

  private void lines(Element parent, String text) {
    String[] lines = Html.clean(text).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        html.element(parent, "br");
      }
      html.text(parent, lines[i]);
    }
  }

  private String orNone(String value) {
    return value == null || value.isBlank() ? labels.get("value.none") : value;
  }
}
