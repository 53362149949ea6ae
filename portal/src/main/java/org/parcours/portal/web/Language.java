package org.parcours.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.parcours.portal.i18n.Messages;

/**
 * The language of the pages for this visitor: French until they choose English. The choice is kept
 * in a cookie so that it outlives the session (signing out must not switch languages).
 */
@Named
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String COOKIE = "parcours-lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private Locale locale = Messages.FRENCH;

  @PostConstruct
  void rememberChoice() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null
        && faces.getExternalContext().getRequestCookieMap().get(COOKIE)
            instanceof jakarta.servlet.http.Cookie cookie) {
      locale = Messages.supported(Locale.forLanguageTag(cookie.getValue()));
    }
  }

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
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    external.addResponseCookie(
        COOKIE,
        locale.toLanguageTag(),
        Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", true, "SameSite", "Lax"));
  }
}
