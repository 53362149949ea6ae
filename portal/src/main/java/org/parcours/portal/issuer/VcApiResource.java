package org.parcours.portal.issuer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.plugin.connector.CredentialInput;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.Recipient;
import org.parcours.plugin.connector.VerificationReport;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;
import org.parcours.portal.credential.CredentialUnreadable;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.plugin.HostedConnector;
import org.parcours.portal.plugin.HostedIssuer;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portal.security.Roles;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/**
 * The W3C VC-API: issue (partners and administrators) and verify (anyone). Verification is the one
 * the portfolio uses; only the checks that need a recipient are left out.
 */
@Path("/vc/credentials")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VcApiResource {

  private static final String DEFAULT_FORMAT = "eddsa-rdfc-2022";
  static final String JWT_PREFIX = "data:application/vc+jwt,";

  @Inject PluginHost plugins;
  @Inject InstanceIdentity identity;
  @Inject Clock clock;
  @Inject HttpHeaders headers;
  @Context HttpServletRequest client;

  @POST
  @Path("issue")
  @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
  @Operation(summary = "Issue a credential signed with this portal's key (did:web)")
  @APIResponse(responseCode = "201", description = "{verifiableCredential}")
  @APIResponse(responseCode = "422", description = "A credential this portal will not sign")
  public Response issue(JsonObject request) {
    JsonObject credential = object(request, "credential");
    JsonObject options = request.getJsonObject("options");
    String format =
        options == null ? DEFAULT_FORMAT : options.getString("proofFormat", DEFAULT_FORMAT);
    HostedIssuer issuer = plugins.requireIssuer();
    byte[] issued;
    try {
      issued =
          issuer.issue(
              credential.toString().getBytes(StandardCharsets.UTF_8),
              format,
              identity.signer(),
              clock.instant());
    } catch (CredentialRejected e) {
      throw new CredentialUnreadable(e.code(), issuer.describe(e.code(), locale(), e.getMessage()));
    }
    String text = new String(issued, StandardCharsets.UTF_8);
    JsonValue secured =
        text.startsWith("{")
            ? Json.createReader(new StringReader(text)).readObject()
            : Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/credentials/v2")
                .add("type", "EnvelopedVerifiableCredential")
                .add("id", JWT_PREFIX + text)
                .build();
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("verifiableCredential", secured).build())
        .build();
  }

  @POST
  @Path("verify")
  @PermitAll
  @Operation(summary = "Verify a credential (signature, dates, status, issuer, schema)")
  @APIResponse(responseCode = "200", description = "{verified: true, checks, warnings}")
  @APIResponse(
      responseCode = "400",
      description =
          "{verified: false, errors}; or a problem: the body is not {verifiableCredential,"
              + " options?}, or the credential is unreadable (duplicate keys, nesting) as in an"
              + " import")
  @APIResponse(responseCode = "413", description = "A credential over 256 KiB")
  @APIResponse(
      responseCode = "429",
      description = "This address already has as many verifications in flight as one may have")
  public Response verify(InputStream request) {
    VcEnvelope envelope = VcEnvelope.read(read(request));
    CredentialInput input = envelope.input();
    HostedConnector connector =
        plugins
            .connectorFor(input)
            .orElseThrow(() ->
                new CredentialUnreadable(
                    "credential.unrecognized",
                    Messages.in(locale()).get("credential.unrecognized"),
                    400));
    try {
      // As an import does: the connector reads the text as sent, refusing duplicate keys and
      // excessive nesting with its reason.
      connector.parse(input);
    } catch (CredentialRejected e) {
      throw new CredentialUnreadable(
          e.code(), connector.describe(e.code(), locale(), e.getMessage()), 400);
    }
    // Anyone may call this: each client address gets its share of the connector's calls.
    VerificationReport report =
        plugins
            .shares()
            .run(
                "address:" + client.getRemoteAddr(),
                () -> connector.verify(input, new Recipient(Set.of(), Set.of())));
    JsonArrayBuilder checks = Json.createArrayBuilder();
    JsonArrayBuilder warnings = Json.createArrayBuilder();
    JsonArrayBuilder errors = Json.createArrayBuilder();
    boolean verified =
        report.check(Aspect.SIGNATURE).map(c -> c.outcome() == Outcome.PASSED).orElse(false);
    for (Check check : report.checks()) {
      if (check.aspect() == Aspect.RECIPIENT) {
        continue; // nobody is named to a VC-API verifier
      }
      JsonObject entry =
          Json.createObjectBuilder()
              .add("check", check.aspect().name().toLowerCase(Locale.ROOT))
              .add("code", check.code())
              .add("message", connector.describe(check.code(), locale(), check.detail()))
              .build();
      boolean decisive =
          check.aspect() == Aspect.SIGNATURE
              || check.aspect() == Aspect.DATES
              || check.aspect() == Aspect.STATUS;
      switch (check.outcome()) {
        case PASSED -> checks.add(name(check.aspect()));
        case NOT_APPLICABLE -> {}
        case FAILED, UNKNOWN -> {
          if (decisive) {
            verified = false;
            errors.add(entry);
          } else {
            warnings.add(entry);
          }
        }
      }
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("verified", verified)
            .add("checks", checks)
            .add("warnings", warnings)
            .add("errors", errors)
            .build();
    return Response.status(verified ? 200 : 400).entity(body).build();
  }

  /** VC-API names the signature check "proof". */
  private static String name(Aspect aspect) {
    return aspect == Aspect.SIGNATURE ? "proof" : aspect.name().toLowerCase(Locale.ROOT);
  }

  private static byte[] read(InputStream body) {
    try {
      return body.readNBytes(VcEnvelope.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String type(JsonObject credential) {
    JsonValue type = credential.get("type");
    return type instanceof JsonString s ? s.getString() : "";
  }

  private static JsonObject object(JsonObject request, String name) {
    JsonValue value = request == null ? null : request.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInputException(List.of(new Violation(name, "vc." + name + ".required")));
    }
    return value.asJsonObject();
  }

  private Locale locale() {
    return Messages.firstSupported(headers.getAcceptableLanguages()).locale();
  }
}
