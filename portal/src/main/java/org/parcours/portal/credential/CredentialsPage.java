package org.parcours.portal.credential;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parcours.portal.plugin.CallerBusy;
import org.parcours.portal.plugin.PluginUnavailable;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.Feedback;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.CredentialService;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.ErrorCode;
import org.parcours.portfolio.shared.InvalidInputException;

/** Backs "Mes certificats": import by file, text or address, and the reports. */
@Named
@RequestScoped
public class CredentialsPage {

  private static final String SELF = "/portfolio/credentials.xhtml?faces-redirect=true";

  @Inject CredentialImport imports;
  @Inject CredentialService credentials;
  @Inject CredentialViews views;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;

  private Part file;
  private String text;
  private String url;
  private List<CredentialView> list;

  public List<CredentialView> getCredentials() {
    if (list == null) {
      list = views.of(credentials.ofWorker(worker.id()), locale());
    }
    return list;
  }

  public String importFile() throws IOException {
    if (file == null || file.getSize() == 0) {
      Feedback.error("file:file", "violation.credential.empty");
      return null;
    }
    if (file.getSize() > CredentialImport.MAX_BYTES) {
      Feedback.error("file:file", "violation.credential.too-large");
      return null;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(CredentialImport.MAX_BYTES + 1);
    }
    return run(
        "file:file",
        () ->
            imports.fromBytes(
                worker.id(),
                emails.verified(),
                bytes,
                file.getContentType(),
                file.getSubmittedFileName(),
                locale()));
  }

  public String importText() {
    if (text == null || text.isBlank()) {
      Feedback.error("text:text", "violation.credential.empty");
      return null;
    }
    return run(
        "text:text",
        () ->
            imports.fromBytes(
                worker.id(),
                emails.verified(),
                text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null,
                null,
                locale()));
  }

  public String importUrl() {
    if (url == null || url.isBlank()) {
      Feedback.error("url:url", "violation.credential.url.required");
      return null;
    }
    return run("url:url", () -> imports.fromUrl(worker.id(), emails.verified(), url, locale()));
  }

  public String delete(String id, String title) {
    credentials.delete(worker.id(), PathIds.uuid(id, "credential"));
    Feedback.flash("credentials.deleted", title);
    return SELF;
  }

  public String when(OffsetDateTime at) {
    return at == null
        ? ""
        : at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
  }

  private String run(String field, Supplier<Credential> importing) {
    try {
      Credential credential = importing.get();
      Feedback.flash(
          "credentials.imported",
          credential.title(),
          Feedback.messages()
              .get("credentials.verdict." + credential.verdict().name().toLowerCase(Locale.ROOT)));
      return SELF;
    } catch (CredentialUnreadable e) {
      Feedback.errorText(field, e.getMessage());
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> Feedback.error(field, "violation." + v.rule()));
    } catch (DomainException e) {
      if (e.code() != ErrorCode.DUPLICATE) {
        throw e;
      }
      Feedback.error(field, "problem.duplicate.detail");
    } catch (PluginUnavailable e) {
      Feedback.errorText(
          field,
          Feedback.messages().get("problem." + e.problemKind() + ".detail", e.detailArguments()));
    } catch (CallerBusy e) {
      Feedback.errorText(field, Feedback.messages().get("problem.caller-busy.detail", e.limit()));
    }
    return null;
  }

  private static Locale locale() {
    return Feedback.messages().locale();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
