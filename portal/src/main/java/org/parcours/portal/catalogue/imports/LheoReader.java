package org.parcours.portal.catalogue.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parcours.portal.catalogue.geo.Regions;
import org.parcours.portfolio.catalogue.Modality;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.Place;
import org.parcours.portfolio.catalogue.Session;

/**
 * Reads LHÉO 2.2 ({@code http://www.lheo.org/2.2}), one {@code <formation>} at a time so that a
 * large file never sits in memory whole. Each {@code <action>} of a formation (a place, a rhythm,
 * sessions) becomes one offer; the formation gives the title, description and codes. DTDs and
 * external entities are refused: an LHÉO file needs neither, and they are how XML attacks read
 * files from the server (XXE).
 */
public final class LheoReader {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final UUID partnerId;
  private final Instant importedAt;
  private final long maxBytes;
  private final int maxOffers;

  /**
   * @param partnerId the partner who publishes the offers of the file
   * @param maxBytes the largest file accepted; reading stops there, with a problem reported
   * @param maxOffers the most offers accepted; reading stops there, with a problem reported
   */
  public LheoReader(UUID partnerId, Instant importedAt, long maxBytes, int maxOffers) {
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    this.maxBytes = maxBytes;
    this.maxOffers = maxOffers;
  }

  public ImportReport read(InputStream input) {
    List<Offer> offers = new ArrayList<>();
    List<ImportReport.Problem> problems = new ArrayList<>();
    Capped in = new Capped(input, maxBytes);
    XMLStreamReader xml = null;
    boolean complete = true;
    try {
      xml = factory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          problems.add(
              new ImportReport.Problem(
                  xml.getLocation().getLineNumber(),
                  "LHÉO files must not declare a DOCTYPE (refused for safety): remove the"
                      + " <!DOCTYPE ...> declaration and any entity it defines."));
          complete = false;
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("formation")) {
          Node formation = Node.read(xml);
          try {
            List<Offer> read = offers(formation);
            if (offers.size() + read.size() > maxOffers) {
              problems.add(
                  new ImportReport.Problem(
                      formation.line,
                      "The file holds more than the "
                          + maxOffers
                          + " offers accepted at once; split it and import the rest separately."));
              complete = false;
              break;
            }
            offers.addAll(read);
          } catch (IllegalArgumentException | NullPointerException invalid) {
            problems.add(
                new ImportReport.Problem(
                    formation.line,
                    "Formation " + formation.attribute("numero") + ": " + invalid.getMessage()));
          }
        }
      }
    } catch (XMLStreamException malformed) {
      complete = false;
      if (in.exceeded) {
        problems.add(
            new ImportReport.Problem(
                line(malformed),
                "The file is larger than the "
                    + maxBytes
                    + " bytes accepted; split it and import the rest separately."));
      } else {
        problems.add(
            new ImportReport.Problem(
                line(malformed),
                "The XML is malformed here ("
                    + malformed.getMessage().replaceAll("\\s+", " ")
                    + "); the offers before this line were read, fix it and import again."));
      }
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Closing a parser frees nothing the import still needs.
        }
      }
    }
    return new ImportReport(offers, problems, complete);
  }

  private static long line(XMLStreamException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private List<Offer> offers(Node formation) {
    String numero = formation.attribute("numero");
    String title = formation.text("intitule-formation");
    String description =
        join(
            Texts.plain(formation.text("objectif-formation")),
            Texts.plain(formation.text("resultats-attendus")),
            Texts.plain(formation.text("contenu-formation")));
    Node domain = formation.child("domaine-formation");
    List<String> formacodes = domain == null ? List.of() : domain.texts("code-FORMACODE");
    List<String> rome = domain == null ? List.of() : domain.texts("code-ROME");
    List<String> rncp = new ArrayList<>();
    List<String> rs = new ArrayList<>();
    for (Node certification : formation.children("certification")) {
      for (String code : certification.texts("code-RNCP")) {
        rncp.add(code.toUpperCase().startsWith("RNCP") ? code : "RNCP" + code);
      }
      for (String code : certification.texts("code-RS")) {
        rs.add(code.toUpperCase().startsWith("RS") ? code : "RS" + code);
      }
    }
    boolean cpf = formation.has("code-CPF");
    Node organisation = formation.child("organisme-formation-responsable");
    String partnerName =
        organisation == null
            ? null
            : first(organisation.text("nom-organisme"), organisation.text("raison-sociale"));
    if (partnerName == null) {
      throw new IllegalArgumentException(
          "no <nom-organisme> in <organisme-formation-responsable>: say who gives the training.");
    }
    List<Node> actions = formation.children("action");
    if (actions.isEmpty()) {
      throw new IllegalArgumentException(
          "no <action>: add one with its place and sessions so that workers can attend.");
    }
    List<Offer> offers = new ArrayList<>();
    for (Node action : actions) {
      List<Place> places = new ArrayList<>();
      for (Node where : action.children("lieu-de-formation")) {
        Node coordinates = where.child("coordonnees");
        Node address = coordinates == null ? null : coordinates.child("adresse");
        if (address != null) {
          places.add(place(address));
        }
      }
      List<Session> sessions = new ArrayList<>();
      for (Node session : action.children("session")) {
        Node period = session.child("periode");
        LocalDate start = period == null ? null : day(period.text("debut"));
        if (start != null) {
          sessions.add(new Session(start, day(period.text("fin"))));
        }
      }
      List<String> languages = action.texts("langue-formation");
      offers.add(
          new Offer(
              Texts.stableId("lheo", partnerId.toString(), numero, action.attribute("numero")),
              partnerId,
              partnerName,
              title,
              description,
              Texts.category(title),
              modality(action.text("modalites-enseignement")),
              places,
              sessions,
              hours(action),
              cents(action.text("prix-total-TTC")),
              cpf,
              rncp,
              rs,
              List.of(),
              rome,
              formacodes,
              languages.isEmpty() ? List.of("fr") : languages,
              meaningful(action.text("acces-handicapes")),
              importedAt));
    }
    return offers;
  }

  // LHÉO dictionary: 0 entirely in person, 1 mixed, 2 entirely at a distance.
  private static Modality modality(String code) {
    return switch (code == null ? "0" : code) {
      case "1" -> Modality.MIXED;
      case "2" -> Modality.REMOTE;
      default -> Modality.IN_PERSON;
    };
  }

  private static Place place(Node address) {
    String postal = address.text("codepostal");
    String department = address.text("departement");
    if (department == null && postal != null && postal.length() == 5) {
      department = postal.startsWith("97") ? postal.substring(0, 3) : postal.substring(0, 2);
    }
    Node geo = address.child("geolocalisation");
    return new Place(
        address.text("code-INSEE-commune"),
        postal,
        address.text("ville"),
        department,
        Regions.name(address.text("region")).orElse(null),
        geo == null ? null : decimal(geo.text("latitude"), "latitude"),
        geo == null ? null : decimal(geo.text("longitude"), "longitude"));
  }

  private static Integer hours(Node action) {
    Double total = decimal(action.text("nombre-heures-total"), "nombre-heures-total");
    if (total == null) {
      Double centre = decimal(action.text("nombre-heures-centre"), "nombre-heures-centre");
      Double company = decimal(action.text("nombre-heures-entreprise"), "nombre-heures-entreprise");
      if (centre != null || company != null) {
        total = (centre == null ? 0 : centre) + (company == null ? 0 : company);
      }
    }
    return total == null || total < 1 ? null : (int) Math.round(total);
  }

  private static Long cents(String euros) {
    if (euros == null) {
      return null;
    }
    try {
      return new BigDecimal(euros.replace(',', '.').replace(" ", ""))
          .movePointRight(2)
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "<prix-total-TTC> '" + euros + "' is not a price in euros, like 1250.00.");
    }
  }

  private static Double decimal(String value, String element) {
    if (value == null) {
      return null;
    }
    try {
      return Double.valueOf(value.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "<" + element + "> '" + value + "' is not a number, like 47.88.");
    }
  }

  // LHÉO writes 00000000 or 99999999 for "not known".
  private static LocalDate day(String value) {
    if (value == null || value.matches("0+|9+")) {
      return null;
    }
    try {
      return LocalDate.parse(value, DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "the session date '" + value + "' should be written YYYYMMDD, like 20250901.");
    }
  }

  private static String join(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        s.append(s.isEmpty() ? "" : "\n\n").append(part);
      }
    }
    String text = s.toString();
    if (text.length() <= Offer.DESCRIPTION_MAX) {
      return text;
    }
    return text.substring(0, text.lastIndexOf(' ', Offer.DESCRIPTION_MAX - 1)) + "…";
  }

  private static String meaningful(String value) {
    return value == null || value.equals("-") ? null : value;
  }

  private static String first(String a, String b) {
    return meaningful(a) != null ? a : meaningful(b);
  }

  /** An element of one formation, read whole: a formation is small, the file may not be. */
  private static final class Node {
    final String name;
    final Map<String, String> attributes = new HashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();
    final int line;

    private Node(String name, int line) {
      this.name = name;
      this.line = line;
    }

    // The reader is on the element's start; on return, on its end.
    static Node read(XMLStreamReader xml) throws XMLStreamException {
      Node node = new Node(xml.getLocalName(), xml.getLocation().getLineNumber());
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        node.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> node.children.add(read(xml));
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
              node.text.append(xml.getText());
          case XMLStreamConstants.END_ELEMENT -> {
            return node;
          }
          default -> {}
        }
      }
      return node;
    }

    String attribute(String name) {
      return attributes.get(name);
    }

    Node child(String name) {
      return children.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    List<Node> children(String name) {
      return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    String text(String childName) {
      Node child = child(childName);
      if (child == null) {
        return null;
      }
      String t = child.text.toString().strip();
      return t.isEmpty() ? null : t;
    }

    List<String> texts(String childName) {
      return children(childName).stream()
          .map(c -> c.text.toString().strip())
          .filter(t -> !t.isEmpty())
          .toList();
    }

    boolean has(String descendant) {
      return children.stream().anyMatch(c -> c.name.equals(descendant) || c.has(descendant));
    }
  }

  /** Stops reading past the size the caller accepts. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private long read;
    boolean exceeded;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        exceeded = true;
        throw new IOException("more than " + max + " bytes");
      }
    }
  }
}
