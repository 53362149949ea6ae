/**
 * The Pix connector: a worker enters the verification code of a Pix certificate ({@code
 * P-XXXXXXXX}); the connector checks its format offline and asks the configured Pix-compatible
 * endpoint for the certificate shared under that code: score, global level, the level of each of
 * the 16 competences in their 5 areas, date, certification centre and complementary certifications,
 * CléA Numérique among them.
 *
 * <p><b>Lookup path.</b> Pix's own API shares a certificate with {@code POST
 * /api/shared-certifications} and the code in a JSON body; the plugin API's fetcher (API 1.0) only
 * does {@code GET}. The connector therefore reads {@code GET <endpoint><lookup-path>}, with {@code
 * {code}} in the path replaced by the code (default {@value
 * org.parcours.connector.pix.PixConnectorFactory#DEFAULT_LOOKUP_PATH}), and expects the same
 * JSON:API answer as Pix's resource (type {@code certifications}, included competence tree). A
 * gateway that forwards this GET to Pix, or a later API version with POST, connects it to Pix
 * itself; see the module's README.
 */
package org.parcours.connector.pix;
