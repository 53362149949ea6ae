package org.parcours.portal.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.credential.CredentialUnreadable;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.security.WorkerEmails;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.inbox.InboxItem;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.InvalidInputException;

/** "Certificats reçus": what partners pushed, to accept or decline; the alias to give them. */
@Named
@RequestScoped
public class InboxPage {

  @Inject InboxService inbox;
  @Inject InboxAcceptance acceptance;
  @Inject SignedInWorker worker;
  @Inject WorkerEmails emails;

  private List<InboxItem> items;

  public List<InboxItem> getItems() {
    if (items == null) {
      items = inbox.inbox(worker.id());
    }
    return items;
  }

  public String partner(InboxItem item) {
    return inbox.partnerName(item.partnerId());
  }

  public void accept(String id) {
    try {
      acceptance.accept(
          worker.id(), emails.verified(), UUID.fromString(id), Feedback.messages().locale());
      Feedback.notice("inbox.accepted");
    } catch (CredentialUnreadable e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    } catch (InvalidInputException e) {
      Feedback.show("inbox", e);
    }
    items = null;
  }

  public void decline(String id) {
    try {
      inbox.decline(worker.id(), UUID.fromString(id));
      Feedback.notice("inbox.declined");
    } catch (DomainException e) {
      Feedback.notice("inbox.gone");
    }
    items = null;
  }

  public void block(String partnerId) {
    inbox.block(worker.id(), UUID.fromString(partnerId));
    Feedback.notice("inbox.blocked");
    items = null;
  }

  public String getAlias() {
    return inbox.alias(worker.id()).alias();
  }

  public void renewAlias() {
    inbox.renewAlias(worker.id());
    Feedback.notice("inbox.alias.renewed");
  }

  public boolean pending(InboxItem item) {
    return item.status() == InboxItem.Status.PENDING;
  }

  public String when(OffsetDateTime at) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Feedback.messages().locale())
        .format(at);
  }
}
