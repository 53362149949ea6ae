package org.parcours.connector.europass;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads an ELM 2 credential (XML, namespace {@code http://data.europa.eu/snb}): a {@code
 * europassCredential}, alone or inside the {@code verifiablePresentation} that seals it.
 * Organisations, awarding processes and learning outcomes are declared once with an {@code id} and
 * referred to with {@code idref}.
 */
final class Elm2 {

  static final String NS = "http://data.europa.eu/snb";
  static final String VP_NS = "http://data.europa.eu/snb/vp";
  static final String CRED_NS = "http://data.europa.eu/europass/model/credentials/w3c#";

  private Elm2() {}

  static Edc read(Document document) throws CredentialRejected {
    Element root = document.getDocumentElement();
    Element credential =
        NS.equals(root.getNamespaceURI()) && "europassCredential".equals(root.getLocalName())
            ? root
            : firstDescendant(root, NS, "europassCredential");
    if (credential == null) {
      throw new CredentialRejected(
          "edc.not-edc",
          "This XML is not a European Digital Credential (no europassCredential element of the"
              + " ELM namespace "
              + NS
              + ").");
    }
    Map<String, Element> byId = new HashMap<>();
    index(root, byId);

    Element subject = child(credential, NS, "credentialSubject");
    if (subject == null) {
      throw new CredentialRejected(
          "edc.malformed", "The credential names no holder (no credentialSubject).");
    }
    ParsedCredential.Issuer issuer = issuer(credentialChild(credential, "issuer"), byId);
    if (issuer == null) {
      throw new CredentialRejected(
          "edc.malformed", "The credential names no issuer with a name or an identifier.");
    }

    List<String> achievements = new ArrayList<>();
    Set<String> awardingBodies = new LinkedHashSet<>();
    Element achievementList = child(subject, NS, "achievements");
    if (achievementList != null) {
      for (Element achievement : children(achievementList)) {
        String title = text(child(achievement, NS, "title"));
        if (title != null && !achievements.contains(title)) {
          achievements.add(title);
        }
        Element process = resolve(child(achievement, NS, "wasAwardedBy"), byId);
        for (Element body : children(process, NS, "awardingBody")) {
          String name = organisationName(resolve(body, byId));
          if (name != null) {
            awardingBodies.add(name);
          }
        }
      }
    }

    List<String> malformed = new ArrayList<>();
    Instant issued = date(credential, "issued", malformed);
    Instant validFrom = date(credential, "validFrom", malformed);
    Instant validUntil = date(credential, "validUntil", malformed);
    if (validUntil == null) {
      validUntil = date(credential, "expirationDate", malformed);
    }

    // Whoever seals the file: the presentation's issuer when there is one (mandated issuing),
    // else the credential's issuer; the eIDAS identifier is the one in the seal's certificate.
    List<String> sealHolderIds = new ArrayList<>();
    Element presentationIssuer = null;
    if (VP_NS.equals(root.getNamespaceURI())) {
      presentationIssuer = child(root, VP_NS, "issuer");
      if (presentationIssuer == null) {
        presentationIssuer = child(root, NS, "issuer");
      }
    }
    if (presentationIssuer != null) {
      String registration = text(child(presentationIssuer, NS, "registration"));
      if (registration != null) {
        sealHolderIds.add(registration);
      }
    } else {
      Element organisation = resolve(credentialChild(credential, "issuer"), byId);
      for (Element identifier : children(organisation, NS, "identifier")) {
        if ("eIDAS".equalsIgnoreCase(identifier.getAttribute("schemeAgencyName"))) {
          String value = text(identifier);
          if (value != null) {
            sealHolderIds.add(value);
          }
        }
      }
    }

    List<String> emails = new ArrayList<>();
    for (Element contact : children(subject, NS, "contactPoint")) {
      for (Element box : children(contact, NS, "mailBox")) {
        String email = mailbox(box.getAttribute("uri"));
        if (email != null && !emails.contains(email)) {
          emails.add(email);
        }
      }
    }
    String holderName = text(child(subject, NS, "fullName"));
    if (holderName == null) {
      String given = text(child(subject, NS, "givenNames"));
      String family = text(child(subject, NS, "familyName"));
      String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
      holderName = name.isEmpty() ? null : name;
    }

    return new Edc(
        blankToNull(credential.getAttributeNS(CRED_NS, "id")),
        text(child(credential, NS, "title")),
        achievements,
        text(child(credential, NS, "description")),
        issuer,
        sealHolderIds,
        List.copyOf(awardingBodies),
        issued,
        validFrom,
        validUntil,
        malformed,
        holderName,
        emails,
        blankToNull(subject.getAttribute("id")),
        skills(credential),
        false);
  }

  /** Every learning outcome declared in the credential, by its ESCO skills or else its label. */
  private static List<Skill> skills(Element credential) {
    Map<String, Skill> skills = new LinkedHashMap<>();
    NodeList outcomes = credential.getElementsByTagNameNS(NS, "learningOutcome");
    for (int i = 0; i < outcomes.getLength() && skills.size() < Elm3.MAX_SKILLS; i++) {
      Element outcome = (Element) outcomes.item(i);
      if (outcome.getAttribute("id").isEmpty()) {
        continue; // a reference (idref): the declaration is read where it stands
      }
      String label = text(child(outcome, NS, "prefLabel"));
      boolean anyEsco = false;
      for (Element esco : children(outcome, NS, "relatedEscoSkill")) {
        String uri = esco.getAttribute("uri").strip();
        if (uri.startsWith(Edc.ESCO_PREFIX)) {
          anyEsco = true;
          skills.putIfAbsent(uri, new Skill(label != null ? label : uri, Edc.ESCO, uri, null));
        }
      }
      if (!anyEsco && label != null) {
        skills.putIfAbsent(
            "outcome:" + label.toLowerCase(Locale.ROOT), new Skill(label, null, null, null));
      }
    }
    return List.copyOf(skills.values());
  }

  private static ParsedCredential.Issuer issuer(Element reference, Map<String, Element> byId) {
    Element organisation = resolve(reference, byId);
    if (organisation == null) {
      return null;
    }
    String id = blankToNull(organisation.getAttribute("id"));
    String name = organisationName(organisation);
    if (name == null) {
      name = id;
    }
    if (name == null) {
      return null;
    }
    Element homepage = child(organisation, NS, "homepage");
    return new ParsedCredential.Issuer(
        id, name, homepage == null ? null : blankToNull(homepage.getAttribute("uri")));
  }

  private static String organisationName(Element organisation) {
    if (organisation == null) {
      return null;
    }
    for (String name : List.of("legalName", "prefLabel", "altLabel")) {
      String text = text(child(organisation, NS, name));
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** The declaration an {@code idref} points to, or the element itself when it has none. */
  private static Element resolve(Element element, Map<String, Element> byId) {
    if (element == null) {
      return null;
    }
    String idref = element.getAttribute("idref");
    if (idref.isEmpty()) {
      return element;
    }
    return byId.get(idref);
  }

  private static void index(Element element, Map<String, Element> byId) {
    NodeList all = element.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String id = e.getAttribute("id");
      // the first declaration wins; later copies (inlined again elsewhere) are the same entity
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, e);
      }
    }
  }

  /** A text element's value: its {@code text} children by language, else its own text. */
  static String text(Element element) {
    if (element == null) {
      return null;
    }
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (Element text : children(element, NS, "text")) {
      String value = text.getTextContent();
      String language = text.getAttribute("lang").toLowerCase(Locale.ROOT);
      if (value != null && !value.isBlank()) {
        byLanguage.putIfAbsent(language, value);
      }
    }
    if (!byLanguage.isEmpty()) {
      return Langs.pick(byLanguage);
    }
    if (!children(element).isEmpty()) {
      return null;
    }
    String own = element.getTextContent();
    return own == null || own.isBlank() ? null : own.strip();
  }

  private static Instant date(Element credential, String name, List<String> malformed) {
    String text = text(credentialChild(credential, name));
    if (text == null) {
      return null;
    }
    Instant instant = Dates.parse(text);
    if (instant == null) {
      malformed.add(name + " '" + text + "'");
    }
    return instant;
  }

  /** The address of a {@code mailto:} URI, lower-cased, or {@code null}. */
  static String mailbox(String uri) {
    if (uri == null) {
      return null;
    }
    String u = uri.strip();
    if (u.regionMatches(true, 0, "mailto:", 0, 7)) {
      u = u.substring(7);
    }
    int query = u.indexOf('?');
    if (query >= 0) {
      u = u.substring(0, query);
    }
    return u.contains("@") ? u.toLowerCase(Locale.ROOT) : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * A member of the credential: ELM 2 writes the W3C ones in their own namespace ({@code cred:}).
   */
  private static Element credentialChild(Element credential, String localName) {
    Element element = child(credential, CRED_NS, localName);
    return element != null ? element : child(credential, NS, localName);
  }

  static Element child(Element parent, String namespace, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && localName.equals(e.getLocalName())
          && namespace.equals(e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && localName.equals(e.getLocalName())
          && namespace.equals(e.getNamespaceURI())) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element firstDescendant(Element root, String namespace, String localName) {
    NodeList found = root.getElementsByTagNameNS(namespace, localName);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }
}
