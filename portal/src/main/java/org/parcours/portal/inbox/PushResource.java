package org.parcours.portal.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.inbox.PushViews.BulkInput;
import org.parcours.portal.inbox.PushViews.PushInput;
import org.parcours.portal.inbox.PushViews.ReceiptList;
import org.parcours.portal.inbox.PushViews.ReceiptView;
import org.parcours.portal.security.Roles;
import org.parcours.portfolio.inbox.InboxItem;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.inbox.Push;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * Vetted partners push certificates to workers, with a user token or the client-credentials token
 * of an API client an administrator bound to their organisation. A push never tells whether the
 * recipient has an account.
 */
@Path("/partner/pushes")
@RequestScoped
@RolesAllowed(Roles.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

  @Inject InboxService inbox;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Push one certificate to a worker's inbox (idempotent by idempotencyKey)")
  @APIResponse(responseCode = "201", description = "Received")
  @APIResponse(responseCode = "200", description = "Already received under this key: same receipt")
  @APIResponse(responseCode = "409", description = "This key was used for a different push")
  public Response push(PushInput input) {
    InboxService.Receipt receipt = inbox.push(subject(), push(input, ""));
    return Response.status(receipt.duplicate() ? 200 : 201)
        .entity(ReceiptView.of(receipt.item(), receipt.duplicate()))
        .build();
  }

  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Push up to 1,000 certificates at once: all are received, or none")
  @APIResponse(responseCode = "200", description = "One receipt per push, in order")
  public ReceiptList pushAll(BulkInput input) {
    List<PushInput> items = input == null || input.items() == null ? List.of() : input.items();
    List<Push> pushes = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        pushes.add(push(items.get(i), "items[" + i + "]."));
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ReceiptList(
        inbox.pushAll(subject(), pushes).stream()
            .map(r -> ReceiptView.of(r.item(), r.duplicate()))
            .toList());
  }

  @GET
  @Operation(summary = "What my organisation pushed and whether each was accepted (newest 500)")
  public ReceiptList pushes() {
    return new ReceiptList(
        inbox.pushesOf(subject()).stream().map(i -> ReceiptView.of(i, false)).toList());
  }

  // The body as the domain takes it: the credential's bytes, or the attestation's canonical JSON.
  private static Push push(PushInput input, String prefix) {
    if (input == null) {
      throw new InvalidInputException(List.of(new Violation(prefix + "kind", "push.kind")));
    }
    List<Violation> violations = new ArrayList<>();
    InboxItem.Kind kind = null;
    try {
      kind = kind(input.kind(), prefix);
    } catch (InvalidInputException e) {
      violations.addAll(e.violations());
    }
    byte[] content = new byte[0];
    String mediaType = null;
    if (kind == InboxItem.Kind.ATTESTATION) {
      try {
        content = Attestations.canonical(input.attestation(), prefix);
        mediaType = "application/vnd.parcours.attestation+json";
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
        // Only the attestation's own rules: the push's other rules are checked below.
        content = new byte[] {'{', '}'};
      }
    } else if (kind == InboxItem.Kind.CREDENTIAL) {
      JsonValue credential = input.credential();
      if (credential instanceof JsonString text) {
        content = text.getString().getBytes(StandardCharsets.UTF_8);
        mediaType = "text/plain";
      } else if (credential != null && credential.getValueType() != JsonValue.ValueType.NULL) {
        content = credential.toString().getBytes(StandardCharsets.UTF_8);
        mediaType = "application/json";
      }
    }
    Push push =
        new Push(
            input.recipientEmail(),
            input.recipientAlias(),
            input.idempotencyKey(),
            kind,
            input.title(),
            mediaType,
            content);
    violations.addAll(
        push.violations(prefix).stream().filter(v -> !v.rule().equals("push.kind")).toList());
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return push;
  }

  private static InboxItem.Kind kind(String kind, String prefix) {
    for (InboxItem.Kind known : InboxItem.Kind.values()) {
      if (known.name().equalsIgnoreCase(kind)) {
        return known;
      }
    }
    throw new InvalidInputException(List.of(new Violation(prefix + "kind", "push.kind")));
  }

  private String subject() {
    return request.getUserPrincipal().getName();
  }
}
