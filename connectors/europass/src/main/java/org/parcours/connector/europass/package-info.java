/**
 * The Europass connector: European Digital Credentials for Learning (EDC), the EU's credentials
 * built on the European Learning Model (ELM).
 *
 * <p>It reads ELM 3 credentials in JSON-LD (unsigned, in the EDC issuer's upload form, or sealed
 * with JAdES: a JWS in JSON serialization, unencoded payload, x5c certificate chain) and ELM 2
 * credentials in XML (sealed with XML-DSig/XAdES). The credential's kind and achievements, issuer,
 * awarding bodies, dates, holder and learning outcomes become the portal's normalized record; ESCO
 * skills keep their concept URI, so they feed the worker's skills.
 *
 * <p>Verification is offline. The seal's signature is checked (nimbus-jose-jwt for JAdES, the JDK's
 * XML signature for XML-DSig); its certificate is reported (subject, issuer, validity) and its
 * chain is validated (JDK PKIX) against the trust list an administrator configures, else the {@code
 * ISSUER} check stays unknown. Not checked, and said so: timestamp tokens, certificate revocation,
 * the EU trusted lists, revocation lists of credentials, and the SHACL shapes.
 *
 * <p>Why not the EU's DSS library: it resolves (dss-jades 6.4) but brings some forty jars (its own
 * two dozen modules, a JAXB runtime, Bouncy Castle, jose4j, a JSON Schema validator with the Kotlin
 * runtime) to a plugin whose checks are a JWS signature and a PKIX chain, which nimbus-jose-jwt and
 * the JDK do with three jars. What DSS would add, timestamp tokens, qualified status from the EU
 * trusted lists and revocation, needs the network or the trusted lists, which this offline plugin
 * does not have; when those are wanted, a DSS-based check belongs in a plugin with the network
 * permission.
 *
 * <p>XML is parsed with DTDs refused outright (no external entity, no entity expansion), and every
 * input is capped in size and depth before it is parsed.
 */
package org.parcours.connector.europass;
