package org.parcours.portfolio.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;

/**
 * What a partner pushes: for whom (an e-mail address or the alias the worker gave them), with which
 * idempotency key, and the certificate itself.
 *
 * @param recipientEmail the worker's address, as their identity provider verifies it
 * @param recipientAlias the alias the worker made in Parcours and gave the partner
 * @param idempotencyKey the partner's key: a retry with the same key is the same push
 * @param title what the worker reads in their inbox before opening it
 * @param mediaType the content's type as the partner declares it, or null
 */
public record Push(
    String recipientEmail,
    String recipientAlias,
    String idempotencyKey,
    InboxItem.Kind kind,
    String title,
    String mediaType,
    byte[] content) {

  public static final int CONTENT_MAX = 256 * 1024;
  public static final int TITLE_MAX = 300;
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /** Every rule at once, with the field it concerns (indexed for a bulk push). */
  public List<Violation> violations(String prefix) {
    List<Violation> violations = new ArrayList<>();
    boolean email = Texts.strip(recipientEmail) != null;
    boolean alias = Texts.strip(recipientAlias) != null;
    if (email == alias) {
      violations.add(new Violation(prefix + "recipient", "push.recipient.oneOf"));
    } else if (email && (recipientEmail.length() > 320 || !recipientEmail.contains("@"))) {
      violations.add(new Violation(prefix + "recipientEmail", "push.recipient.email"));
    }
    if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
      violations.add(new Violation(prefix + "idempotencyKey", "push.idempotencyKey"));
    }
    if (kind == null) {
      violations.add(new Violation(prefix + "kind", "push.kind"));
    }
    if (Texts.strip(title) == null || title.length() > TITLE_MAX) {
      violations.add(new Violation(prefix + "title", "push.title"));
    }
    if (content == null || content.length == 0) {
      violations.add(new Violation(prefix + "content", "push.content.empty"));
    } else if (content.length > CONTENT_MAX) {
      violations.add(new Violation(prefix + "content", "push.content.tooLarge"));
    }
    return violations;
  }

  void check() {
    List<Violation> violations = violations("");
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /** How the item names its recipient: {@code alias:<alias>} or {@code email:<SHA-256>}. */
  static String recipientKey(Push push) {
    return Texts.strip(push.recipientAlias()) != null
        ? "alias:" + push.recipientAlias().strip().toUpperCase(Locale.ROOT)
        : emailKey(push.recipientEmail());
  }

  static String emailKey(String email) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "email:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
