package org.parcours.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.parcours.portal.i18n.Messages;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;

/** What pages tell the person after an action, in the page's language. */
public final class Feedback {
  private Feedback() {}

  public static Messages messages() {
    return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** Each broken rule shown beside its field of form {@code formId}, which is marked invalid. */
  public static void show(String formId, InvalidInputException e) {
    Messages messages = messages();
    FacesContext context = FacesContext.getCurrentInstance();
    for (Violation v : e.violations()) {
      String text = messages.get("violation." + v.rule());
      String clientId = formId + ":" + v.field();
      if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
        input.setValid(false);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      } else {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
    }
    context.validationFailed();
  }

  /** An error shown beside field {@code clientId}, which is marked invalid. */
  public static void error(String clientId, String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = messages().get(key);
    if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      input.setValid(false);
    }
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    context.validationFailed();
  }

  /** A text already in the reader's language (a plugin's reason) shown beside a field. */
  public static void errorText(String clientId, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      input.setValid(false);
    }
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    context.validationFailed();
  }

  /** A notice shown on the page the action renders. */
  public static void notice(String key, Object... arguments) {
    String text = messages().get(key, arguments);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * A notice shown on the next page, after a redirect. It waits in the session rather than in the
   * Faces flash: the flash is spent by whatever request comes next, and a notice was seen lost when
   * another request of the session slipped in before the redirected page.
   */
  public static void flash(String key, Object... arguments) {
    PendingNotices.add(FacesContext.getCurrentInstance(), messages().get(key, arguments));
  }
}
