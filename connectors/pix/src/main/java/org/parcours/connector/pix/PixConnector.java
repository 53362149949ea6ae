package org.parcours.connector.pix;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialFormat;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.plugin.http.FetchException;
import org.parcours.plugin.http.FetchResponse;
import org.parcours.plugin.http.HttpFetcher;

/**
 * Reads a Pix certificate verification code and asks the configured Pix endpoint for the
 * certificate it shares under that code. Pix certificates are not signed: the certificate is as
 * authentic as the endpoint's answer for that code, and that is what the {@code SIGNATURE} check
 * reports.
 */
final class PixConnector implements Connector {

  /** The format id stored with every Pix certificate. */
  static final String FORMAT = "pix-certificate-code";

  static final String ISSUER_NAME = "Pix (GIP Pix)";
  static final String ISSUER_URL = "https://pix.fr";
  static final String FRAMEWORK = "Pix";
  static final String CLEA_FRAMEWORK = "CléA";
  static final String CLEA_CODE = "CLEA";
  static final String CLEA_NAME = "CléA Numérique";

  private static final String ACCEPT = "application/vnd.api+json, application/json;q=0.9";

  private final URI endpoint;
  private final String lookupPath;
  private final Clock clock;
  private final Supplier<HttpFetcher> http;

  PixConnector(URI endpoint, String lookupPath, Clock clock, Supplier<HttpFetcher> http) {
    this.endpoint = endpoint;
    this.lookupPath = lookupPath;
    this.clock = clock;
    this.http = http;
  }

  @Override
  public List<CredentialFormat> formats() {
    return List.of(
        new CredentialFormat(
            FORMAT, "Certificat Pix (code de vérification)", Set.of("text/plain")));
  }

  @Override
  public boolean accepts(CredentialInput input) {
    return VerificationCode.looksLikeOne(input);
  }

  @Override
  public ParsedCredential parse(CredentialInput input) throws CredentialRejected {
    VerificationCode code = VerificationCode.parse(input);
    return new ParsedCredential(
        FORMAT,
        code.value(),
        "Certificat Pix " + code.value(),
        "Certificat Pix à vérifier auprès de Pix avec son code de vérification " + code.value(),
        issuer(),
        null,
        null,
        null,
        null,
        List.of());
  }

  /** Where the certificate of a code is looked up. */
  URI lookup(VerificationCode code) {
    return URI.create(
        endpoint + lookupPath.replace(PixConnectorFactory.CODE_PLACEHOLDER, code.value()));
  }

  @Override
  public VerificationReport verify(CredentialInput input, Recipient recipient) {
    VerificationCode code;
    try {
      code = VerificationCode.parse(input);
    } catch (CredentialRejected e) {
      return new VerificationReport(
          List.of(new Check(Aspect.SCHEMA, Outcome.FAILED, e.code(), e.getMessage())));
    }
    try {
      return verify(code);
    } catch (RuntimeException e) {
      // A fetcher or parser fault must not escape: the certificate is then simply not verified.
      return unverified(
          new Check(
              Aspect.SIGNATURE,
              Outcome.UNKNOWN,
              "source.error",
              "The certificate could not be checked with Pix now ("
                  + e.getClass().getSimpleName()
                  + "); it will be checked again later."));
    }
  }

  private VerificationReport verify(VerificationCode code) {
    URI uri = lookup(code);
    FetchResponse response;
    try {
      response =
          lookupPath.contains(PixConnectorFactory.CODE_PLACEHOLDER)
              ? http.get().get(uri, ACCEPT)
              // Pix's own API: POST, the code in a JSON body ({"verificationCode": "P-…"}).
              : http.get()
                  .post(
                      uri,
                      "application/json",
                      ("{\"verificationCode\":\"" + code.value() + "\"}")
                          .getBytes(StandardCharsets.UTF_8),
                      ACCEPT);
    } catch (FetchException e) {
      return unverified(fetchFailed(e));
    }
    if (response.status() == 404) {
      return notFound(response);
    }
    if (!response.ok()) {
      return unverified(
          new Check(
              Aspect.SIGNATURE,
              Outcome.UNKNOWN,
              "source.unavailable",
              "Pix answered HTTP "
                  + response.status()
                  + " for this code; the certificate could not be checked now."));
    }
    PixCertificate certificate;
    try {
      certificate =
          PixCertificate.read(
              BadDocument.json(new String(response.body(), StandardCharsets.UTF_8)));
    } catch (BadDocument e) {
      return new VerificationReport(
          List.of(
              new Check(Aspect.SCHEMA, Outcome.FAILED, e.code(), e.getMessage()),
              new Check(
                  Aspect.SIGNATURE,
                  Outcome.UNKNOWN,
                  "source.unreadable",
                  "The endpoint's answer is not a Pix certificate, so nothing confirms this one."),
              recipientUnknown(null)));
    }
    return report(code, response, certificate);
  }

  private VerificationReport report(
      VerificationCode code, FetchResponse response, PixCertificate certificate) {
    List<Check> checks = new ArrayList<>();
    checks.add(
        new Check(
            Aspect.SCHEMA,
            Outcome.PASSED,
            "pix.document.valid",
            "The answer is a Pix certificate document with its competence tree."));
    Check source = source(code, response, certificate);
    checks.add(source);
    checks.add(
        new Check(
            Aspect.ISSUER,
            Outcome.PASSED,
            "issuer.pix",
            "Looked up at " + endpoint.getHost() + ", the Pix endpoint the portal trusts."));
    checks.add(dates(certificate));
    checks.add(status(certificate));
    checks.add(recipientUnknown(certificate));
    return new VerificationReport(
        checks, source.outcome() == Outcome.PASSED ? established(code, certificate) : null);
  }

  private Check source(VerificationCode code, FetchResponse response, PixCertificate certificate) {
    if (!underEndpoint(response.uri())) {
      return new Check(
          Aspect.SIGNATURE,
          Outcome.FAILED,
          "source.elsewhere",
          "The lookup was redirected away from the Pix endpoint, to " + response.uri().getHost());
    }
    String stated = certificate.verificationCode();
    if (stated == null) {
      return new Check(
          Aspect.SIGNATURE,
          Outcome.PASSED,
          "source.looked-up",
          "Pix shares this certificate under the code " + code + ".");
    }
    if (!stated.equalsIgnoreCase(code.value())) {
      return new Check(
          Aspect.SIGNATURE,
          Outcome.FAILED,
          "certificate.other-code",
          "Pix answered with the certificate of another code ("
              + stated
              + "), not of "
              + code
              + ".");
    }
    return new Check(
        Aspect.SIGNATURE,
        Outcome.PASSED,
        "source.confirmed",
        "Pix shares this certificate under the code " + code + " and states that code.");
  }

  private boolean underEndpoint(URI answered) {
    return answered.getScheme() != null
        && answered.getScheme().equalsIgnoreCase(endpoint.getScheme())
        && answered.getHost() != null
        && answered.getHost().equalsIgnoreCase(endpoint.getHost())
        && answered.getPort() == endpoint.getPort()
        && answered.getRawPath() != null
        && answered.getRawPath().startsWith(endpoint.getRawPath() + "/");
  }

  private Check dates(PixCertificate certificate) {
    if (certificate.date().isAfter(Instant.now(clock))) {
      return new Check(
          Aspect.DATES,
          Outcome.FAILED,
          "dates.future",
          "The certification is dated in the future: " + certificate.date());
    }
    return new Check(
        Aspect.DATES, Outcome.PASSED, "dates.valid", "Certified on " + certificate.date());
  }

  private static Check status(PixCertificate certificate) {
    String status =
        certificate.status() == null ? null : certificate.status().toLowerCase(Locale.ROOT);
    if (Boolean.TRUE.equals(certificate.cancelled()) || "cancelled".equals(status)) {
      return new Check(
          Aspect.STATUS, Outcome.FAILED, "status.cancelled", "Pix cancelled this certification.");
    }
    if ("rejected".equals(status)) {
      return new Check(
          Aspect.STATUS,
          Outcome.FAILED,
          "status.rejected",
          "Pix rejected this certification: it does not certify the competences shown.");
    }
    if (Boolean.FALSE.equals(certificate.published())) {
      return new Check(
          Aspect.STATUS,
          Outcome.UNKNOWN,
          "status.unpublished",
          "Pix has not published the results of this certification yet.");
    }
    if ("validated".equals(status)) {
      return new Check(
          Aspect.STATUS, Outcome.PASSED, "status.validated", "Pix validated this certification.");
    }
    if (status == null
        && (Boolean.TRUE.equals(certificate.published())
            || Boolean.FALSE.equals(certificate.cancelled()))) {
      return new Check(
          Aspect.STATUS,
          Outcome.PASSED,
          "status.shared",
          "Pix shares only published certifications that were not cancelled.");
    }
    return new Check(
        Aspect.STATUS,
        Outcome.UNKNOWN,
        "status.pending",
        "Pix does not say this certification is validated"
            + (status == null ? "." : " (status '" + status + "')."));
  }

  private static Check recipientUnknown(PixCertificate certificate) {
    String name = certificate == null ? null : holder(certificate);
    return new Check(
        Aspect.RECIPIENT,
        Outcome.UNKNOWN,
        "recipient.name-only",
        "A Pix certificate names its holder by first and last name only"
            + (name == null ? "" : " (" + name + ")")
            + ", never by email: check that the name shown is yours.");
  }

  private static String holder(PixCertificate certificate) {
    String name =
        ((certificate.firstName() == null ? "" : certificate.firstName())
                + " "
                + (certificate.lastName() == null ? "" : certificate.lastName()))
            .strip();
    return name.isEmpty() ? null : name;
  }

  private static Check fetchFailed(FetchException e) {
    return switch (e.reason()) {
      case TOO_LARGE ->
          new Check(
              Aspect.SIGNATURE,
              Outcome.UNKNOWN,
              "source.too-large",
              "The endpoint's answer is larger than the portal accepts; the certificate could not"
                  + " be checked.");
      case FORBIDDEN_SCHEME, FORBIDDEN_ADDRESS, NOT_PERMITTED, TOO_MANY_REDIRECTS ->
          new Check(
              Aspect.SIGNATURE,
              Outcome.UNKNOWN,
              "source.refused",
              "The portal refused to reach the Pix endpoint: " + e.getMessage());
      case TIMEOUT, UNREACHABLE ->
          new Check(
              Aspect.SIGNATURE,
              Outcome.UNKNOWN,
              "source.unreachable",
              "Pix could not be reached now; the certificate will be checked again later.");
    };
  }

  private static VerificationReport notFound(FetchResponse response) {
    if (PixErrors.isJsonApiError(response.body())) {
      return new VerificationReport(
          List.of(
              new Check(
                  Aspect.SIGNATURE,
                  Outcome.FAILED,
                  "certificate.not-found",
                  "Pix has no certificate with this verification code."),
              recipientUnknown(null)));
    }
    return unverified(
        new Check(
            Aspect.SIGNATURE,
            Outcome.UNKNOWN,
            "source.unexpected-answer",
            "The endpoint answered 404 without a Pix error: its lookup path may be misconfigured;"
                + " the certificate could not be checked."));
  }

  private static VerificationReport unverified(Check why) {
    return new VerificationReport(List.of(why, recipientUnknown(null)));
  }

  private ParsedCredential established(VerificationCode code, PixCertificate certificate) {
    StringBuilder title = new StringBuilder("Certification Pix — ");
    title.append(certificate.pixScore()).append(" pix");
    if (certificate.globalLevel() != null) {
      title.append(" — niveau ").append(certificate.globalLevel());
    }
    List<String> description = new ArrayList<>();
    description.add("Score : " + certificate.pixScore() + " pix");
    if (certificate.globalLevel() != null) {
      description.add("Niveau global : " + certificate.globalLevel());
    }
    if (certificate.maxReachableLevel() != null) {
      description.add(
          "Niveau maximal atteignable à la date de la certification : "
              + certificate.maxReachableLevel());
    }
    if (certificate.certificationCenter() != null) {
      description.add("Centre de certification : " + certificate.certificationCenter());
    }
    description.add("Code de vérification : " + code);
    return new ParsedCredential(
        FORMAT,
        code.value(),
        title.toString(),
        String.join(". ", description) + ".",
        issuer(),
        certificate.date(),
        null,
        null,
        holder(certificate),
        skills(certificate));
  }

  private static List<Skill> skills(PixCertificate certificate) {
    List<Skill> skills = new ArrayList<>();
    for (PixCertificate.Area area : certificate.areas()) {
      String areaName = area.name();
      for (PixCertificate.Competence c : area.competences()) {
        skills.add(
            new Skill(
                c.index() + " " + c.name() + " (domaine " + areaName + ")",
                FRAMEWORK,
                c.id() != null ? c.id() : c.index(),
                c.level() >= 1 ? Integer.toString(c.level()) : "non certifiée"));
      }
    }
    boolean clea = false;
    if (certificate.cleaStatus() != null) {
      skills.add(new Skill(CLEA_NAME, CLEA_FRAMEWORK, CLEA_CODE, certificate.cleaStatus()));
      clea = true;
    }
    for (String label : certificate.complementary()) {
      boolean isClea = label.toLowerCase(Locale.ROOT).contains("cléa");
      if (isClea && !clea) {
        skills.add(new Skill(CLEA_NAME, CLEA_FRAMEWORK, CLEA_CODE, "acquired"));
      } else if (!isClea) {
        skills.add(
            new Skill(label, FRAMEWORK + " (certification complémentaire)", null, "acquired"));
      }
    }
    return skills;
  }

  private ParsedCredential.Issuer issuer() {
    return new ParsedCredential.Issuer(endpoint.toString(), ISSUER_NAME, ISSUER_URL);
  }
}
