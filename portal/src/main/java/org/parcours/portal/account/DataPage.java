package org.parcours.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.parcours.portal.credential.CredentialImport;
import org.parcours.portal.security.SignOut;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.archive.ImportReport;
import org.parcours.portfolio.archive.PortfolioArchive;
import org.parcours.portfolio.erasure.ErasureService;
import org.parcours.portfolio.shared.InvalidInputException;

/** "Mes données": download everything, import an export, erase the account. */
@Named
@RequestScoped
public class DataPage {

  @Inject PortfolioArchive archive;
  @Inject ErasureService erasure;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;
  @Inject CredentialImport credentials;
  @Inject SignOut signOut;

  private Part file;
  private boolean confirmed;

  public String importArchive() throws IOException {
    if (file == null || file.getSize() == 0) {
      Feedback.notice("data.import.missing");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      ImportReport report =
          archive.importInto(
              worker.id(),
              in,
              credentials.restorer(emails.verified(), Feedback.messages().locale()));
      Feedback.flash("data.import.done", report.entries());
      if (report.linksDropped() > 0) {
        Feedback.flash("data.import.linksDropped", report.linksDropped());
      }
      return "/portfolio/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Feedback.show("import", e);
      return null;
    }
  }

  /** Erases, then signs out here and at the provider; the home page says it is done. */
  public void erase() throws IOException {
    if (!confirmed) {
      Feedback.error("erase:confirm", "data.erase.unconfirmed");
      return;
    }
    erasure.erase(worker.id());
    signOut.signOut("/?erased");
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
