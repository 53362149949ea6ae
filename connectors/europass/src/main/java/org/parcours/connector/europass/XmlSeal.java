package org.parcours.connector.europass;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XML-DSig (XAdES) seal of an ELM 2 credential, checked with the JDK's own XML signature
 * implementation, secure validation on. Only an enveloped signature over the whole document ({@code
 * URI=""}) is accepted, so that everything the connector reads is covered by it.
 */
final class XmlSeal {

  static final String XADES_NS = "http://uri.etsi.org/01903/v1.3.2#";

  /**
   * Transforms that keep the whole document signed: enveloped signature and canonicalizations (and
   * see {@link #removesSignatureOnly}).
   */
  private static final Set<String> TRANSFORMS =
      Set.of(
          Transform.ENVELOPED,
          CanonicalizationMethod.EXCLUSIVE,
          CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
          CanonicalizationMethod.INCLUSIVE,
          CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
          "http://www.w3.org/2006/12/xml-c14n11",
          "http://www.w3.org/2006/12/xml-c14n11#WithComments");

  private XmlSeal() {}

  static Seal verify(Document document) {
    NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
    if (signatures.getLength() == 0) {
      return Seal.without(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.missing",
              "The credential carries no seal: nothing proves who issued it or that it was not"
                  + " changed."));
    }
    if (signatures.getLength() > 1) {
      return Seal.without(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.unsupported",
              "The document carries "
                  + signatures.getLength()
                  + " XML signatures; only a document with one seal is checked."));
    }
    Element signature = (Element) signatures.item(0);
    if (!registerIds(document)) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.malformed",
              "Two elements of the document share one signature Id: what the seal covers would be"
                  + " ambiguous."));
    }
    List<X509Certificate> certificates;
    try {
      certificates = certificates(signature);
    } catch (CertificateException | IllegalArgumentException e) {
      return Seal.without(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.malformed",
              "A certificate of the seal cannot be read: " + e.getMessage()));
    }
    if (certificates.isEmpty()) {
      return Seal.without(
          Checks.unknown(
              Aspect.SIGNATURE,
              "signature.unsupported",
              "The seal does not carry its certificate (X509Certificate); finding it otherwise is"
                  + " not supported."));
    }
    X509Certificate signer = certificates.get(0);
    Instant claimed = signingTime(signature);
    boolean timestamped =
        signature.getElementsByTagNameNS(XADES_NS, "SignatureTimeStamp").getLength() > 0;
    if (signer.getPublicKey() instanceof RSAPublicKey rsa
        && rsa.getModulus().bitLength() < Jades.MIN_RSA_BITS) {
      return new Seal(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.weak-key",
              "The seal's RSA key has "
                  + rsa.getModulus().bitLength()
                  + " bits, fewer than the "
                  + Jades.MIN_RSA_BITS
                  + " required."),
          certificates,
          claimed,
          timestamped);
    }
    try {
      DOMValidateContext context = new DOMValidateContext(signer.getPublicKey(), signature);
      context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
      XMLSignature xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
      boolean wholeDocument = false;
      for (Object item : xml.getSignedInfo().getReferences()) {
        Reference reference = (Reference) item;
        for (Object t : reference.getTransforms()) {
          String algorithm = ((Transform) t).getAlgorithm();
          if (!TRANSFORMS.contains(algorithm) && !removesSignatureOnly((Transform) t)) {
            return new Seal(
                Checks.unknown(
                    Aspect.SIGNATURE,
                    "signature.unsupported",
                    "The seal uses the transform "
                        + algorithm
                        + ", which could leave parts of the document unsigned."),
                certificates,
                claimed,
                timestamped);
          }
        }
        if ("".equals(reference.getURI())) {
          wholeDocument = true;
        }
      }
      if (!wholeDocument) {
        return new Seal(
            Checks.unknown(
                Aspect.SIGNATURE,
                "signature.unsupported",
                "The seal does not cover the whole document (no reference URI=\"\")."),
            certificates,
            claimed,
            timestamped);
      }
      if (!xml.validate(context)) {
        return new Seal(
            Checks.failed(
                Aspect.SIGNATURE,
                "signature.invalid",
                "The XML seal does not match the document: it was changed after it was sealed, or"
                    + " sealed with another key."),
            certificates,
            claimed,
            timestamped);
      }
    } catch (MarshalException | XMLSignatureException | RuntimeException e) {
      return new Seal(
          Checks.failed(
              Aspect.SIGNATURE,
              "signature.invalid",
              "The XML seal cannot be checked: " + e.getMessage()),
          certificates,
          claimed,
          timestamped);
    }
    return new Seal(
        Checks.passed(
            Aspect.SIGNATURE,
            "signature.valid",
            "The XML seal (XAdES) over the whole document verifies with the key of the certificate"
                + " it carries: "
                + signer.getSubjectX500Principal().getName()
                + "."),
        certificates,
        claimed,
        timestamped);
  }

  /**
   * The enveloped transform as DSS writes it: XPath Filter 2.0 subtracting {@code
   * /descendant::ds:Signature}. Nothing else is removed, and nothing the connector reads is called
   * {@code Signature}.
   */
  private static boolean removesSignatureOnly(Transform transform) {
    if (!Transform.XPATH2.equals(transform.getAlgorithm())
        || !(transform.getParameterSpec() instanceof XPathFilter2ParameterSpec spec)) {
      return false;
    }
    for (Object item : spec.getXPathList()) {
      XPathType xpath = (XPathType) item;
      if (xpath.getFilter() != XPathType.Filter.SUBTRACT
          || !xpath.getExpression().strip().equals("/descendant::ds:Signature")) {
        return false;
      }
    }
    return !spec.getXPathList().isEmpty();
  }

  /** Marks {@code Id} attributes as XML IDs, refusing duplicates (signature wrapping). */
  private static boolean registerIds(Document document) {
    Set<String> seen = new HashSet<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttributeNS(null, "Id")) {
        if (!seen.add(element.getAttributeNS(null, "Id"))) {
          return false;
        }
        element.setIdAttributeNS(null, "Id", true);
      }
    }
    return true;
  }

  private static List<X509Certificate> certificates(Element signature) throws CertificateException {
    List<X509Certificate> certificates = new ArrayList<>();
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    NodeList encoded = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "X509Certificate");
    for (int i = 0; i < encoded.getLength(); i++) {
      byte[] der = Base64.getMimeDecoder().decode(encoded.item(i).getTextContent().strip());
      certificates.add(
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
    }
    return certificates;
  }

  private static Instant signingTime(Element signature) {
    NodeList times = signature.getElementsByTagNameNS(XADES_NS, "SigningTime");
    return times.getLength() == 0 ? null : Dates.parse(times.item(0).getTextContent());
  }
}
