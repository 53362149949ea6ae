package org.parcours.portal.issuer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.portal.credential.CredentialUnreadable;
import org.parcours.portal.plugin.HostedIssuer;
import org.parcours.portal.plugin.PluginHost;

/**
 * Credentials Parcours issues in its own name (VAE dossiers, employer attestations): signed with
 * the instance's key by the issuer plugin, {@code eddsa-rdfc-2022}.
 */
@ApplicationScoped
public class InstanceSigner {

  private static final String FORMAT = "eddsa-rdfc-2022";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PluginHost plugins;
  @Inject InstanceIdentity identity;
  @Inject Clock clock;

  /** The instance's {@code did:web}, to name as the credential's issuer. */
  public String did() {
    return identity.did();
  }

  /** The credential with its proof; one this instance will not sign is refused with its reason. */
  public byte[] sign(JsonObject credential) {
    HostedIssuer issuer = plugins.requireIssuer();
    try {
      return issuer.issue(
          credential.toString().getBytes(StandardCharsets.UTF_8),
          FORMAT,
          identity.signer(),
          clock.instant());
    } catch (CredentialRejected e) {
      throw new CredentialUnreadable(e.code(), e.getMessage());
    }
  }

  /**
   * An Open Badges 3.0 {@code IdentityObject} naming a person by a salted SHA-256 of their e-mail
   * address, as verifiers match it against the address they know.
   */
  public static JsonObject emailIdentifier(String email) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String saltText = HexFormat.of().formatHex(salt);
    try {
      String hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest((email + saltText).getBytes(StandardCharsets.UTF_8)));
      return Json.createObjectBuilder()
          .add("type", "IdentityObject")
          .add("identityHash", "sha256$" + hash)
          .add("identityType", "emailAddress")
          .add("hashed", true)
          .add("salt", saltText)
          .build();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
