package org.parcours.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.parcours.portal.i18n.Messages;

/** The language of the pages for this visitor: French until they choose English. */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Messages.FRENCH;

  public Locale getLocale() {
    return locale;
  }

  /** The BCP 47 tag for the {@code lang} attribute of pages. */
  public String getTag() {
    return locale.toLanguageTag();
  }

  public boolean is(String tag) {
    return locale.toLanguageTag().equals(tag);
  }

  /** Switches language and stays on the same page. */
  public void switchTo(String tag) {
    locale = Messages.supported(Locale.forLanguageTag(tag));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
