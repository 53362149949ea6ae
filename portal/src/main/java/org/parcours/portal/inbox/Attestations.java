package org.parcours.portal.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.parcours.portal.inbox.PushViews.AttestationInput;
import org.parcours.portal.issuer.InstanceSigner;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Texts;
import org.parcours.portfolio.shared.Violation;

/**
 * Employer attestations: checked when pushed, kept as canonical JSON, and signed by this instance
 * as an Open Badges 3.0 credential when the worker accepts, naming the employer as the
 * achievement's creator and the worker by a salted hash of their verified address.
 */
@ApplicationScoped
public class Attestations {

  static final int ROLE_MAX = 200;
  static final int TASKS_MAX = 4_000;
  @Inject InstanceSigner signer;
  @Inject Clock clock;

  /** The attestation as stored, or every broken rule at once. */
  static byte[] canonical(AttestationInput input, String prefix) {
    List<Violation> violations = new ArrayList<>();
    if (input == null) {
      throw new InvalidInputException(
          List.of(new Violation(prefix + "attestation", "push.attestation.required")));
    }
    String role = Texts.strip(input.role());
    if (role == null || role.length() > ROLE_MAX) {
      violations.add(new Violation(prefix + "attestation.role", "push.attestation.role"));
    }
    if (input.startDate() == null) {
      violations.add(new Violation(prefix + "attestation.startDate", "push.attestation.startDate"));
    } else if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
      violations.add(new Violation(prefix + "attestation.endDate", "push.attestation.endDate"));
    }
    String tasks = Texts.strip(input.tasks());
    if (tasks != null && tasks.length() > TASKS_MAX) {
      violations.add(new Violation(prefix + "attestation.tasks", "push.attestation.tasks"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("role", role).add("startDate", input.startDate().toString());
    if (input.endDate() != null) {
      json.add("endDate", input.endDate().toString());
    }
    if (tasks != null) {
      json.add("tasks", tasks);
    }
    return json.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The signed credential of a stored attestation, for the worker who accepts it. */
  byte[] sign(byte[] stored, String employer, Set<String> workerEmails) {
    JsonObject attestation =
        Json.createReader(new StringReader(new String(stored, StandardCharsets.UTF_8)))
            .readObject();
    String role = attestation.getString("role");
    LocalDate start = LocalDate.parse(attestation.getString("startDate"));
    String end = attestation.getString("endDate", null);
    String period = "du " + start + (end == null ? " à ce jour" : " au " + end);
    JsonObjectBuilder achievement =
        Json.createObjectBuilder()
            .add("id", "urn:uuid:" + UUID.randomUUID())
            .add("type", Json.createArrayBuilder().add("Achievement"))
            .add("name", role)
            .add(
                "description",
                "Attestation d’emploi délivrée par "
                    + employer
                    + " : "
                    + role
                    + ", "
                    + period
                    + ".")
            .add(
                "criteria",
                Json.createObjectBuilder()
                    .add(
                        "narrative",
                        attestation.getString("tasks", "Emploi attesté par l’employeur.")))
            .add(
                "creator",
                Json.createObjectBuilder()
                    .add(
                        "id",
                        "urn:uuid:"
                            + UUID.nameUUIDFromBytes(employer.getBytes(StandardCharsets.UTF_8)))
                    .add("type", Json.createArrayBuilder().add("Profile"))
                    .add("name", employer));
    JsonObjectBuilder subject =
        Json.createObjectBuilder()
            .add("type", Json.createArrayBuilder().add("AchievementSubject"))
            .add("achievement", achievement);
    workerEmails.stream()
        .findFirst()
        .ifPresent(e ->
            subject.add(
                "identifier", Json.createArrayBuilder().add(InstanceSigner.emailIdentifier(e))));
    JsonObject credential =
        Json.createObjectBuilder()
            .add(
                "@context",
                Json.createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/v2")
                    .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
            .add("id", "urn:uuid:" + UUID.randomUUID())
            .add(
                "type",
                Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
            .add(
                "issuer",
                Json.createObjectBuilder()
                    .add("id", signer.did())
                    .add("type", Json.createArrayBuilder().add("Profile"))
                    .add("name", "Parcours, pour " + employer))
            .add("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
            .add("name", role + " — " + employer)
            .add("credentialSubject", subject)
            .build();
    return signer.sign(credential);
  }
}
