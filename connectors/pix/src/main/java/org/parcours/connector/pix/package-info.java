/**
 * The Pix connector: a worker enters the verification code of a Pix certificate ({@code
 * P-XXXXXXXX}); the connector checks its format offline and asks the configured Pix-compatible
 * endpoint for the certificate shared under that code: score, global level, the level of each of
 * the 16 competences in their 5 areas, date, certification centre and complementary certifications,
 * CléA Numérique among them.
 *
 * <p><b>Lookup.</b> Pix's own API shares a certificate with {@code POST /api/shared-certifications}
 * and the code in a JSON body ({@code {"verificationCode": "P-…"}}): with the endpoint {@code
 * https://api.pix.fr/api} and the lookup path {@code /shared-certifications} (no {@code {code}}),
 * the connector asks Pix itself that way. A path with {@code {code}} (default {@value
 * org.parcours.connector.pix.PixConnectorFactory#DEFAULT_LOOKUP_PATH}) is read with {@code GET}
 * instead, for gateways and test servers. Either way the answer is Pix's JSON:API document (type
 * {@code certifications}, included competence tree).
 */
package org.parcours.connector.pix;
