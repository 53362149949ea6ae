package org.parcours.portal.evidence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;

/**
 * "Pièces justificatives" of one entry ({@code ?entry=}): its files, each deleted with one button,
 * and the upload form. On their own page so that "Mon portfolio" carries no form per entry.
 */
@Named
@ViewScoped
public class EntryFilesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "upload";

  @Inject EntryService entries;
  @Inject EvidenceService evidence;
  @Inject SignedInWorker worker;

  private String entry;
  private transient Part file;
  private transient Entry current;
  private transient List<EvidenceFile> files;

  public Entry getEntry() {
    if (current == null) {
      current = entries.get(worker.id(), entryId());
    }
    return current;
  }

  public List<EvidenceFile> getFiles() {
    if (files == null) {
      files = evidence.ofEntry(worker.id(), getEntry().entryId());
    }
    return files;
  }

  public String upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Feedback.error(FORM + ":file", "files.missing");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      evidence.attach(worker.id(), entryId(), file.getSubmittedFileName(), in);
    } catch (InvalidInputException e) {
      Feedback.show(FORM, e);
      return null;
    }
    Feedback.flash("files.added", file.getSubmittedFileName());
    return here();
  }

  public String delete(String fileId, String name) {
    evidence.delete(worker.id(), UUID.fromString(fileId));
    Feedback.flash("files.deleted", name);
    return here();
  }

  /** "1,2 Mo" or "34 ko". */
  public String size(long bytes) {
    return FileSizes.text(bytes, Feedback.messages().locale());
  }

  private String here() {
    return "/portfolio/files.xhtml?faces-redirect=true&entry=" + entryId();
  }

  private EntryId entryId() {
    return EntryId.parse(entry).orElseThrow(() -> new NotFoundException("entry"));
  }

  public String getEntryParam() {
    return entry;
  }

  public void setEntryParam(String entry) {
    this.entry = entry;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
