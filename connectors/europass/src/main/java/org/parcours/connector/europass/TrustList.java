package org.parcours.connector.europass;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;

/**
 * The certificates an administrator trusts for EDC seals (roots of a trust service provider, or a
 * seal certificate pinned as it is), and the {@code ISSUER} check made with them: who sealed, the
 * validity of the certificate, and whether its chain reaches the list. Chains are built with the
 * JDK's PKIX implementation; revocation of certificates is not checked (the connector works
 * offline), and neither are the seal's timestamp tokens.
 */
final class TrustList {

  /** The organizationIdentifier attribute (ETSI EN 319 412-1), e.g. {@code VATES-A00000000}. */
  static final String ORGANIZATION_IDENTIFIER = "2.5.4.97";

  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> certificates;
  private final String source;

  private TrustList(List<X509Certificate> certificates, String source) {
    this.certificates = List.copyOf(certificates);
    Set<TrustAnchor> set = new HashSet<>();
    for (X509Certificate certificate : certificates) {
      set.add(new TrustAnchor(certificate, null));
    }
    this.anchors = Set.copyOf(set);
    this.source = source;
  }

  /** No trust list: every chain stays unvalidated. */
  static TrustList none() {
    return new TrustList(List.of(), null);
  }

  /**
   * Reads the trusted certificates from a PEM bundle, or from every {@code .pem}, {@code .crt},
   * {@code .cer} and {@code .der} file of a folder (PEM or DER).
   *
   * @param path a file or a folder
   * @return the trust list
   * @throws IllegalStateException naming the path when it cannot be read or holds no certificate
   */
  static TrustList load(Path path) {
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path file : files.sorted().toList()) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(file)
                && (name.endsWith(".pem")
                    || name.endsWith(".crt")
                    || name.endsWith(".cer")
                    || name.endsWith(".der"))) {
              certificates.addAll(read(file));
            }
          }
        }
      } else {
        certificates.addAll(read(path));
      }
    } catch (IOException e) {
      throw new IllegalStateException("trust-list: cannot read " + path + ": " + e, e);
    } catch (CertificateException e) {
      throw new IllegalStateException(
          "trust-list: " + path + " holds something that is not an X.509 certificate: " + e, e);
    }
    if (certificates.isEmpty()) {
      throw new IllegalStateException("trust-list: " + path + " holds no certificate");
    }
    return new TrustList(certificates, path.toString());
  }

  private static Collection<X509Certificate> read(Path file)
      throws IOException, CertificateException {
    byte[] bytes = Files.readAllBytes(file);
    List<X509Certificate> found = new ArrayList<>();
    for (Certificate certificate :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(bytes))) {
      found.add((X509Certificate) certificate);
    }
    return found;
  }

  boolean configured() {
    return !certificates.isEmpty();
  }

  int size() {
    return certificates.size();
  }

  /**
   * The {@code ISSUER} check of a seal whose signature verified.
   *
   * @param seal the seal, with its certificates
   * @param sealHolderIds the identifiers the credential gives for whoever seals it
   * @param issuerName the issuer the credential names
   * @param now the context's time
   * @return the check
   */
  Check check(Seal seal, List<String> sealHolderIds, String issuerName, Instant now) {
    X509Certificate signer = seal.signer();
    String who = describe(signer);
    String organizationId = attribute(signer.getSubjectX500Principal(), ORGANIZATION_IDENTIFIER);
    if (!sealHolderIds.isEmpty()
        && organizationId != null
        && !matches(organizationId, sealHolderIds)) {
      return Checks.failed(
          Aspect.ISSUER,
          "issuer.seal-mismatch",
          "The credential names "
              + issuerName
              + " (eIDAS identifier "
              + String.join(", ", sealHolderIds)
              + ") but is sealed by "
              + who
              + ", organisation identifier "
              + organizationId
              + ".");
    }
    Instant notBefore = signer.getNotBefore().toInstant();
    Instant notAfter = signer.getNotAfter().toInstant();
    Instant claimed = seal.claimedSigningTime();
    if (now.isBefore(notBefore)) {
      return Checks.failed(
          Aspect.ISSUER,
          "issuer.certificate-not-yet-valid",
          "Sealed by " + who + "; the certificate is not valid before " + notBefore + ".");
    }
    if (claimed != null && (claimed.isBefore(notBefore) || claimed.isAfter(notAfter))) {
      return Checks.failed(
          Aspect.ISSUER,
          "issuer.certificate-invalid",
          "Sealed by "
              + who
              + "; the seal states it was made on "
              + claimed
              + ", when the certificate was not valid.");
    }
    boolean expired = now.isAfter(notAfter);
    String timestamps =
        seal.timestamped()
            ? " The seal's timestamp tokens are not checked by this connector."
            : " The seal carries no timestamp token.";
    if (!configured()) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.no-trust-list",
          "Sealed by "
              + who
              + (expired ? " (expired)" : "")
              + "; chain not validated: no trust list configured.");
    }
    Instant at = expired ? claimed : now;
    if (at == null) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.certificate-expired",
          "Sealed by "
              + who
              + "; the certificate has expired and the seal states no signing time, so nothing"
              + " shows it was made while the certificate was valid.");
    }
    X509Certificate anchor = anchorFor(seal.certificates(), at);
    if (anchor == null) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.untrusted",
          "Sealed by "
              + who
              + "; its certificate does not chain to any certificate of the configured trust list"
              + " ("
              + size()
              + " certificates).");
    }
    String reaches =
        anchor.equals(signer)
            ? "which is itself in the configured trust list"
            : "which chains to "
                + anchor.getSubjectX500Principal().getName()
                + " of the trust list";
    if (expired) {
      return Checks.unknown(
          Aspect.ISSUER,
          "issuer.certificate-expired",
          "Sealed by "
              + who
              + ", "
              + reaches
              + "; the certificate expired on "
              + notAfter
              + ". It was valid on "
              + claimed
              + ", the signing time the seal states, but nothing this connector checks proves that"
              + " time."
              + timestamps);
    }
    return Checks.passed(
        Aspect.ISSUER,
        "issuer.trusted",
        "Sealed by "
            + who
            + ", "
            + reaches
            + ". Revocation of the certificate is not checked (the connector works offline).");
  }

  /** The trust list certificate the seal's chain ends at, valid at a time, or {@code null}. */
  private X509Certificate anchorFor(List<X509Certificate> chain, Instant at) {
    X509Certificate signer = chain.get(0);
    for (X509Certificate trusted : certificates) {
      if (trusted.equals(signer)) {
        return trusted;
      }
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(signer);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
      PKIXCertPathBuilderResult result =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
      return result.getTrustAnchor().getTrustedCert();
    } catch (CertPathBuilderException e) {
      return null;
    } catch (InvalidAlgorithmParameterException e) {
      throw new IllegalStateException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PKIX is not available", e);
    }
  }

  /** ETSI writes it as type (3 letters), country (2) and '-' before the registration number. */
  static boolean matches(String organizationId, List<String> sealHolderIds) {
    String id = organizationId.strip();
    for (String expected : sealHolderIds) {
      String e = expected.strip();
      if (id.equalsIgnoreCase(e)
          || (id.length() > 6 && id.charAt(5) == '-' && id.substring(6).equalsIgnoreCase(e))) {
        return true;
      }
    }
    return false;
  }

  /** "CN=..., O=... (certificate issued by ..., valid from ... to ...)". */
  static String describe(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName()
        + " (certificate issued by "
        + certificate.getIssuerX500Principal().getName()
        + ", valid from "
        + certificate.getNotBefore().toInstant()
        + " to "
        + certificate.getNotAfter().toInstant()
        + ")";
  }

  /** The string value of one attribute of a name, by OID, or {@code null}. */
  static String attribute(X500Principal name, String oid) {
    Map<String, String> keywords = new HashMap<>();
    keywords.put(oid, "X");
    String rfc2253 = name.getName(X500Principal.RFC2253, keywords);
    for (String part : rfc2253.split("(?<!\\\\),")) {
      if (part.startsWith("X=")) {
        return part.substring(2).replace("\\", "");
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return source == null ? "no trust list" : source + " (" + size() + " certificates)";
  }
}
