package org.parcours.connector.europass;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialFormat;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.w3c.dom.Document;

/**
 * Reads and verifies European Digital Credentials: ELM 3 JSON-LD (unsigned, in the EDC issuer's
 * upload form, or sealed with JAdES) and ELM 2 XML (sealed with XML-DSig). Offline: everything it
 * checks is in the credential and in the configured trust list.
 */
final class EuropassConnector implements Connector {

  static final String JSONLD = "edc-jsonld";
  static final String JADES = "edc-jades";
  static final String XML = "edc-xml";

  private static final List<CredentialFormat> FORMATS =
      List.of(
          new CredentialFormat(
              JADES,
              "Europass Digital Credential, sealed (JAdES, ELM 3)",
              Set.of("application/jose+json", "application/json", "application/ld+json")),
          new CredentialFormat(
              JSONLD,
              "Europass Digital Credential, unsigned (JSON-LD, ELM 3)",
              Set.of("application/ld+json", "application/vc+ld+json", "application/json")),
          new CredentialFormat(
              XML,
              "Europass Digital Credential (XML, ELM 2)",
              Set.of("application/xml", "text/xml")));

  /** A credential read from an input, with what its seal needs. */
  private record Read(String format, Edc edc, Jades.Envelope envelope, Document document) {}

  private final TrustList trustList;
  private final Clock clock;
  private final System.Logger logger;

  EuropassConnector(TrustList trustList, Clock clock, System.Logger logger) {
    this.trustList = trustList;
    this.clock = clock;
    this.logger = logger;
  }

  @Override
  public List<CredentialFormat> formats() {
    return FORMATS;
  }

  @Override
  public boolean accepts(CredentialInput input) {
    return Inputs.looksLikeOne(input);
  }

  @Override
  public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
    Read read = read(input);
    return read.edc().toParsed(read.format());
  }

  @Override
  public VerificationReport verify(CredentialInput input, Recipient recipient) {
    try {
      Read read = read(input);
      return new VerificationReport(checks(read, recipient));
    } catch (CredentialRejected e) {
      return new VerificationReport(
          List.of(
              Checks.failed(Aspect.SCHEMA, e.code(), e.getMessage()),
              Checks.unknown(
                  Aspect.SIGNATURE,
                  "signature.unchecked",
                  "The seal was not checked: the credential cannot be read."),
              Checks.unknown(
                  Aspect.RECIPIENT,
                  "recipient.unchecked",
                  "The holder was not checked: the credential cannot be read.")));
    } catch (RuntimeException | StackOverflowError e) {
      logger.log(System.Logger.Level.WARNING, "verification failed unexpectedly", e);
      return new VerificationReport(
          List.of(
              Checks.unknown(
                  Aspect.SIGNATURE,
                  "verify.error",
                  "The credential could not be verified because of an internal error.")));
    }
  }

  private List<Check> checks(Read read, Recipient recipient) {
    Instant now = Instant.now(clock);
    Edc edc = read.edc();
    Seal seal =
        switch (read.format()) {
          case JADES -> Jades.verify(read.envelope());
          case XML -> XmlSeal.verify(read.document());
          default ->
              Seal.without(
                  Checks.unknown(
                      Aspect.SIGNATURE,
                      "signature.missing",
                      "The credential carries no seal: nothing proves who issued it or that it"
                          + " was not changed."));
        };
    List<Check> checks = new ArrayList<>();
    checks.add(seal.signature());
    checks.add(issuer(seal, edc, now));
    checks.add(dates(edc, now));
    checks.add(
        edc.declaresStatus()
            ? Checks.unknown(
                Aspect.STATUS,
                "status.not-checked",
                "The credential points to a revocation list that this connector does not consult"
                    + " (it works offline): whether it was revoked is unknown.")
            : Checks.none(
                Aspect.STATUS, "status.none", "The credential declares no revocation list."));
    checks.add(
        read.format().equals(XML)
            ? Checks.passed(
                Aspect.SCHEMA,
                "schema.elm2",
                "The document has the ELM 2 structure the portal reads (europassCredential,"
                    + " issuer, credential subject); the EU's XML Schema is not run.")
            : Checks.passed(
                Aspect.SCHEMA,
                "schema.elm3",
                "The credential has the ELM 3 structure the portal reads (type"
                    + " EuropeanDigitalCredential, issuer, credential subject); the EU's SHACL"
                    + " shapes are not run."));
    checks.add(recipient(edc, recipient));
    return checks;
  }

  private Check issuer(Seal seal, Edc edc, Instant now) {
    if (seal.signature().outcome() != Outcome.PASSED || seal.signer() == null) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.unverified",
          "The issuer " + edc.issuer().name() + " cannot be confirmed without a valid seal.");
    }
    return trustList.check(seal, edc.sealHolderIds(), edc.issuer().name(), now);
  }

  private static Check dates(Edc edc, Instant now) {
    if (!edc.malformedDates().isEmpty()) {
      return Checks.failed(
          Aspect.DATES,
          "dates.malformed",
          "A date of the credential cannot be read: " + String.join(", ", edc.malformedDates()));
    }
    Instant from = edc.validFrom();
    Instant until = edc.validUntil();
    if (from != null && until != null && until.isBefore(from)) {
      return Checks.failed(
          Aspect.DATES,
          "dates.inconsistent",
          "The credential ends (" + until + ") before it starts (" + from + ").");
    }
    if (from != null && from.isAfter(now)) {
      return Checks.failed(
          Aspect.DATES, "dates.not-yet-valid", "The credential is not valid before " + from + ".");
    }
    if (edc.issued() != null && edc.issued().isAfter(now)) {
      return Checks.failed(
          Aspect.DATES,
          "dates.not-yet-valid",
          "The credential states it was issued in the future, on " + edc.issued() + ".");
    }
    if (until != null && until.isBefore(now)) {
      return Checks.failed(
          Aspect.DATES, "dates.expired", "The credential expired on " + until + ".");
    }
    return Checks.passed(
        Aspect.DATES,
        "dates.valid",
        "The credential is valid"
            + (from != null ? " since " + from : "")
            + (until != null ? " until " + until : ", with no end date")
            + ".");
  }

  private static Check recipient(Edc edc, Recipient recipient) {
    if (!edc.holderEmails().isEmpty()) {
      for (String email : recipient.emails()) {
        if (edc.holderEmails().contains(email.strip().toLowerCase(Locale.ROOT))) {
          return Checks.passed(
              Aspect.RECIPIENT,
              "recipient.match",
              "The credential names you by your email address " + email + ".");
        }
      }
      return Checks.failed(
          Aspect.RECIPIENT,
          "recipient.mismatch",
          "The credential was issued to another email address than yours.");
    }
    String id = edc.holderId();
    if (id != null && (id.startsWith("did:") || id.startsWith("https://"))) {
      return recipient.identifiers().contains(id)
          ? Checks.passed(
              Aspect.RECIPIENT, "recipient.match", "The credential names you by " + id + ".")
          : Checks.failed(
              Aspect.RECIPIENT,
              "recipient.mismatch",
              "The credential was issued to " + id + ", not to you.");
    }
    return Checks.unknown(
        Aspect.RECIPIENT,
        "recipient.unnamed",
        "The credential names its holder "
            + (edc.holderName() != null ? "as " + edc.holderName() + " " : "")
            + "without an email address or identifier the portal can check: check that it is"
            + " you.");
  }

  private static Read read(CredentialInput input) throws CredentialRejected {
    if (Inputs.kind(input) == Inputs.Kind.XML) {
      Document document = SafeXml.parse(input.content());
      return new Read(XML, Elm2.read(document), null, document);
    }
    JsonObject json = Inputs.json(Inputs.strip(input.text()));
    if (Jades.isEnvelope(json)) {
      Jades.Envelope envelope = Jades.read(json);
      JsonObject credential = Inputs.json(envelope.payload());
      return new Read(JADES, Elm3.read(credential), envelope, null);
    }
    if (!Elm3.isEdc(json) && json.get("credential") instanceof JsonObject uploadable) {
      // the EDC issuer's upload form: {"credential": {...}}
      return new Read(JSONLD, Elm3.read(uploadable), null, null);
    }
    return new Read(JSONLD, Elm3.read(json), null, null);
  }
}
