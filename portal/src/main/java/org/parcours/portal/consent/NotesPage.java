package org.parcours.portal.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.sharing.AdviserNote;
import org.parcours.portfolio.sharing.ConsentService;

/** The notes and recommendations advisers left in the signed-in worker's portfolio. */
@Named
@RequestScoped
public class NotesPage {

  @Inject ConsentService consents;
  @Inject SignedInWorker worker;

  private List<AdviserNote> notes;

  public List<AdviserNote> getNotes() {
    if (notes == null) {
      notes = consents.notesOf(worker.id());
    }
    return notes;
  }

  public String when(OffsetDateTime at) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Feedback.messages().locale())
        .format(at);
  }
}
