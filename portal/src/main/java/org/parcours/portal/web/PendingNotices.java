package org.parcours.portal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Notices waiting in the session for the next full page the person sees (registered in
 * faces-config.xml). Resource and Ajax requests leave them waiting.
 */
public class PendingNotices implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = PendingNotices.class.getName();

  static void add(FacesContext context, String text) {
    Map<String, Object> session = context.getExternalContext().getSessionMap();
    @SuppressWarnings("unchecked")
    List<String> pending =
        (List<String>) session.computeIfAbsent(ATTRIBUTE, k -> new CopyOnWriteArrayList<String>());
    pending.add(text);
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    if (context.getExternalContext().getSession(false) == null) {
      return;
    }
    Object pending = context.getExternalContext().getSessionMap().remove(ATTRIBUTE);
    if (pending instanceof List<?> texts) {
      for (Object text : texts) {
        context.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.toString(), text.toString()));
      }
    }
  }
}
