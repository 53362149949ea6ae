package org.parcours.portal.credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.parcours.portal.i18n.Messages;
import org.parcours.portal.security.Roles;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.Attachment;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialOriginal;
import org.parcours.portfolio.credential.CredentialService;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/** The signed-in worker's credentials: import, read with their reports, original, delete. */
@Path("/me/credentials")
@RequestScoped
@RolesAllowed(Roles.WORKER)
public class CredentialResource {

  @Inject CredentialImport imports;
  @Inject CredentialService credentials;
  @Inject CredentialViews views;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;
  @Inject HttpHeaders headers;

  /**
   * An import by address.
   *
   * @param url the http(s) address of a hosted credential
   */
  public record ByUrl(String url) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a credential: the raw body is the file or the pasted text")
  @APIResponse(responseCode = "201", description = "Kept, with its verification report")
  @APIResponse(responseCode = "409", description = "Already in my portfolio")
  @APIResponse(responseCode = "413", description = "Over 256 KiB")
  @APIResponse(responseCode = "422", description = "Not a credential any connector reads")
  public Response importRaw(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("name") String name,
      InputStream body) {
    Credential credential =
        imports.fromBytes(worker.id(), emails.verified(), read(body), contentType, name, locale());
    return created(credential);
  }

  @POST
  @Path("by-url")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a hosted credential by its address (public http(s) only)")
  @APIResponse(responseCode = "201", description = "Kept, with its verification report")
  @APIResponse(
      responseCode = "422",
      description = "Unreachable, refused address, or not a credential")
  public Response importUrl(ByUrl request) {
    if (request == null || request.url() == null || request.url().isBlank()) {
      throw new InvalidInputException(List.of(new Violation("url", "credential.url.required")));
    }
    return created(imports.fromUrl(worker.id(), emails.verified(), request.url(), locale()));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "My credentials with their verification reports, newest first")
  public CredentialView.CredentialList list() {
    return new CredentialView.CredentialList(views.of(credentials.ofWorker(worker.id()), locale()));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One of my credentials with its verification report")
  public CredentialView get(@PathParam("id") String id) {
    return views.of(credentials.get(worker.id(), PathIds.uuid(id, "credential")), locale());
  }

  @GET
  @Path("{id}/original")
  @Operation(summary = "The credential exactly as I gave it")
  public Response original(@PathParam("id") String id) {
    CredentialOriginal original = credentials.original(worker.id(), PathIds.uuid(id, "credential"));
    // Opaque bytes, as from the pages: an SVG or JSON original must never run in this origin.
    return Attachment.on(
            Response.ok(original.bytes(), MediaType.APPLICATION_OCTET_STREAM_TYPE),
            "credential-" + PathIds.uuid(id, "credential"))
        .header("X-Original-Media-Type", original.mediaType())
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove one of my credentials")
  public Response delete(@PathParam("id") String id) {
    credentials.delete(worker.id(), PathIds.uuid(id, "credential"));
    return Response.noContent().build();
  }

  private Response created(Credential credential) {
    return Response.status(Response.Status.CREATED).entity(views.of(credential, locale())).build();
  }

  private Locale locale() {
    return Messages.firstSupported(headers.getAcceptableLanguages()).locale();
  }

  private static byte[] read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(CredentialImport.MAX_BYTES + 1);
      if (bytes.length > CredentialImport.MAX_BYTES) {
        throw new InvalidInputException(
            ErrorCode.TOO_LARGE, List.of(new Violation("credential", "credential.too-large")));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
